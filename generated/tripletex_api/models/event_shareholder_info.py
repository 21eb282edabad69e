from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.shareholder import Shareholder
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="EventShareholderInfo")


@_attrs_define
class EventShareholderInfo:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        event_shareholder_group_id (int | Unset): [read-only]
        shareholder (Shareholder | Unset):
        number_of_shares (ShareholderRegisterData | Unset):
        calculated_number_of_shares (float | Unset): [read-only]
        distributed_dividend (ShareholderRegisterData | Unset):
        calculated_distributed_dividend (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    event_shareholder_group_id: int | Unset = UNSET
    shareholder: Shareholder | Unset = UNSET
    number_of_shares: ShareholderRegisterData | Unset = UNSET
    calculated_number_of_shares: float | Unset = UNSET
    distributed_dividend: ShareholderRegisterData | Unset = UNSET
    calculated_distributed_dividend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        event_shareholder_group_id = self.event_shareholder_group_id

        shareholder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shareholder, Unset):
            shareholder = self.shareholder.to_dict()

        number_of_shares: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number_of_shares, Unset):
            number_of_shares = self.number_of_shares.to_dict()

        calculated_number_of_shares = self.calculated_number_of_shares

        distributed_dividend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distributed_dividend, Unset):
            distributed_dividend = self.distributed_dividend.to_dict()

        calculated_distributed_dividend = self.calculated_distributed_dividend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if event_shareholder_group_id is not UNSET and not _in_request:
            field_dict["eventShareholderGroupId"] = event_shareholder_group_id
        if shareholder is not UNSET:
            field_dict["shareholder"] = shareholder
        if number_of_shares is not UNSET:
            field_dict["numberOfShares"] = number_of_shares
        if calculated_number_of_shares is not UNSET and not _in_request:
            field_dict["calculatedNumberOfShares"] = calculated_number_of_shares
        if distributed_dividend is not UNSET:
            field_dict["distributedDividend"] = distributed_dividend
        if calculated_distributed_dividend is not UNSET and not _in_request:
            field_dict["calculatedDistributedDividend"] = calculated_distributed_dividend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.shareholder import Shareholder  # noqa: PLC0415
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

        event_shareholder_group_id = d.pop("eventShareholderGroupId", UNSET)

        _shareholder = d.pop("shareholder", UNSET)
        shareholder: Shareholder | Unset
        if isinstance(_shareholder, Unset):
            shareholder = UNSET
        else:
            shareholder = Shareholder.from_dict(_shareholder)

        _number_of_shares = d.pop("numberOfShares", UNSET)
        number_of_shares: ShareholderRegisterData | Unset
        if isinstance(_number_of_shares, Unset):
            number_of_shares = UNSET
        else:
            number_of_shares = ShareholderRegisterData.from_dict(_number_of_shares)

        calculated_number_of_shares = d.pop("calculatedNumberOfShares", UNSET)

        _distributed_dividend = d.pop("distributedDividend", UNSET)
        distributed_dividend: ShareholderRegisterData | Unset
        if isinstance(_distributed_dividend, Unset):
            distributed_dividend = UNSET
        else:
            distributed_dividend = ShareholderRegisterData.from_dict(_distributed_dividend)

        calculated_distributed_dividend = d.pop("calculatedDistributedDividend", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            event_shareholder_group_id=event_shareholder_group_id,
            shareholder=shareholder,
            number_of_shares=number_of_shares,
            calculated_number_of_shares=calculated_number_of_shares,
            distributed_dividend=distributed_dividend,
            calculated_distributed_dividend=calculated_distributed_dividend,
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
