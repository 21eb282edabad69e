from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_share_class import TransactionShareClass
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        transaction_group_id (int | Unset): [read-only]
        date (ShareholderRegisterData | Unset):
        time (ShareholderRegisterData | Unset):
        share_class (TransactionShareClass | Unset): [read-only]
        type_ (ShareholderRegisterData | Unset):
        seller (ShareholderRegisterData | Unset):
        buyer (ShareholderRegisterData | Unset):
        number_of_shares (ShareholderRegisterData | Unset):
        remuneration (ShareholderRegisterData | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    transaction_group_id: int | Unset = UNSET
    date: ShareholderRegisterData | Unset = UNSET
    time: ShareholderRegisterData | Unset = UNSET
    share_class: TransactionShareClass | Unset = UNSET
    type_: ShareholderRegisterData | Unset = UNSET
    seller: ShareholderRegisterData | Unset = UNSET
    buyer: ShareholderRegisterData | Unset = UNSET
    number_of_shares: ShareholderRegisterData | Unset = UNSET
    remuneration: ShareholderRegisterData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        transaction_group_id = self.transaction_group_id

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        number_of_shares: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_of_shares, Unset):
            number_of_shares = self.number_of_shares.to_dict()

        remuneration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remuneration, Unset):
            remuneration = self.remuneration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if transaction_group_id is not UNSET and not _in_request:
            field_dict["transactionGroupId"] = transaction_group_id
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if type_ is not UNSET:
            field_dict["type"] = type_
        if seller is not UNSET:
            field_dict["seller"] = seller
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if number_of_shares is not UNSET:
            field_dict["numberOfShares"] = number_of_shares
        if remuneration is not UNSET:
            field_dict["remuneration"] = remuneration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        transaction_group_id = d.pop("transactionGroupId", UNSET)

        _date = d.pop("date", UNSET)
        date: ShareholderRegisterData | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = ShareholderRegisterData.from_dict(_date)

        _time = d.pop("time", UNSET)
        time: ShareholderRegisterData | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = ShareholderRegisterData.from_dict(_time)

        _share_class = d.pop("shareClass", UNSET)
        share_class: TransactionShareClass | Unset
        if isinstance(_share_class, Unset):
            share_class = UNSET
        else:
            share_class = TransactionShareClass(_share_class)

        _type_ = d.pop("type", UNSET)
        type_: ShareholderRegisterData | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ShareholderRegisterData.from_dict(_type_)

        _seller = d.pop("seller", UNSET)
        seller: ShareholderRegisterData | Unset
        if isinstance(_seller, Unset):
            seller = UNSET
        else:
            seller = ShareholderRegisterData.from_dict(_seller)

        _buyer = d.pop("buyer", UNSET)
        buyer: ShareholderRegisterData | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = ShareholderRegisterData.from_dict(_buyer)

        _number_of_shares = d.pop("numberOfShares", UNSET)
        number_of_shares: ShareholderRegisterData | Unset
        if isinstance(_number_of_shares, Unset):
            number_of_shares = UNSET
        else:
            number_of_shares = ShareholderRegisterData.from_dict(_number_of_shares)

        _remuneration = d.pop("remuneration", UNSET)
        remuneration: ShareholderRegisterData | Unset
        if isinstance(_remuneration, Unset):
            remuneration = UNSET
        else:
            remuneration = ShareholderRegisterData.from_dict(_remuneration)

        _obj = cls(
            year_end_report=year_end_report,
            transaction_group_id=transaction_group_id,
            date=date,
            time=time,
            share_class=share_class,
            type_=type_,
            seller=seller,
            buyer=buyer,
            number_of_shares=number_of_shares,
            remuneration=remuneration,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
