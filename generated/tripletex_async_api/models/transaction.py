from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_share_class import TransactionShareClass
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Transaction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("date", dict, False),
    ("time", dict, False),
    ("shareClass", str, False),
    ("type", dict, False),
    ("seller", dict, False),
    ("buyer", dict, False),
    ("numberOfShares", dict, False),
    ("remuneration", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Transaction(LazyModel):
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
        self._tx_load()
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
        """A Transaction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_date(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _date = _tx_v
            date: ShareholderRegisterData | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = ShareholderRegisterData._tx_from_json(_date)

            return date

        def _p_time(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _time = _tx_v
            time: ShareholderRegisterData | Unset
            if isinstance(_time, Unset):
                time = UNSET
            else:
                time = ShareholderRegisterData._tx_from_json(_time)

            return time

        def _p_share_class(_tx_v: Any) -> TransactionShareClass | Unset:
            _share_class = _tx_v
            share_class: TransactionShareClass | Unset
            if isinstance(_share_class, Unset):
                share_class = UNSET
            else:
                share_class = TransactionShareClass(_share_class)

            return share_class

        def _p_type_(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _type_ = _tx_v
            type_: ShareholderRegisterData | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ShareholderRegisterData._tx_from_json(_type_)

            return type_

        def _p_seller(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _seller = _tx_v
            seller: ShareholderRegisterData | Unset
            if isinstance(_seller, Unset):
                seller = UNSET
            else:
                seller = ShareholderRegisterData._tx_from_json(_seller)

            return seller

        def _p_buyer(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _buyer = _tx_v
            buyer: ShareholderRegisterData | Unset
            if isinstance(_buyer, Unset):
                buyer = UNSET
            else:
                buyer = ShareholderRegisterData._tx_from_json(_buyer)

            return buyer

        def _p_number_of_shares(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _number_of_shares = _tx_v
            number_of_shares: ShareholderRegisterData | Unset
            if isinstance(_number_of_shares, Unset):
                number_of_shares = UNSET
            else:
                number_of_shares = ShareholderRegisterData._tx_from_json(_number_of_shares)

            return number_of_shares

        def _p_remuneration(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _remuneration = _tx_v
            remuneration: ShareholderRegisterData | Unset
            if isinstance(_remuneration, Unset):
                remuneration = UNSET
            else:
                remuneration = ShareholderRegisterData._tx_from_json(_remuneration)

            return remuneration

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "transactionGroupId",
                "date",
                "time",
                "shareClass",
                "type",
                "seller",
                "buyer",
                "numberOfShares",
                "remuneration",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "transaction_group_id": ("transactionGroupId", None),
            "date": ("date", _p_date),
            "time": ("time", _p_time),
            "share_class": ("shareClass", _p_share_class),
            "type_": ("type", _p_type_),
            "seller": ("seller", _p_seller),
            "buyer": ("buyer", _p_buyer),
            "number_of_shares": ("numberOfShares", _p_number_of_shares),
            "remuneration": ("remuneration", _p_remuneration),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
