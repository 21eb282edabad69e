from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.shareholder import Shareholder
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="EventShareholderInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("shareholder", dict, False),
    ("numberOfShares", dict, False),
    ("distributedDividend", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class EventShareholderInfo(LazyModel):
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
        self._tx_load()
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
        """A EventShareholderInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.shareholder import Shareholder  # noqa: PLC0415
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

        def _p_shareholder(_tx_v: Any) -> Shareholder | Unset:
            _shareholder = _tx_v
            shareholder: Shareholder | Unset
            if isinstance(_shareholder, Unset):
                shareholder = UNSET
            else:
                shareholder = Shareholder._tx_from_json(_shareholder)

            return shareholder

        def _p_number_of_shares(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _number_of_shares = _tx_v
            number_of_shares: ShareholderRegisterData | Unset
            if isinstance(_number_of_shares, Unset):
                number_of_shares = UNSET
            else:
                number_of_shares = ShareholderRegisterData._tx_from_json(_number_of_shares)

            return number_of_shares

        def _p_distributed_dividend(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _distributed_dividend = _tx_v
            distributed_dividend: ShareholderRegisterData | Unset
            if isinstance(_distributed_dividend, Unset):
                distributed_dividend = UNSET
            else:
                distributed_dividend = ShareholderRegisterData._tx_from_json(_distributed_dividend)

            return distributed_dividend

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "eventShareholderGroupId",
                "shareholder",
                "numberOfShares",
                "calculatedNumberOfShares",
                "distributedDividend",
                "calculatedDistributedDividend",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "event_shareholder_group_id": ("eventShareholderGroupId", None),
            "shareholder": ("shareholder", _p_shareholder),
            "number_of_shares": ("numberOfShares", _p_number_of_shares),
            "calculated_number_of_shares": ("calculatedNumberOfShares", None),
            "distributed_dividend": ("distributedDividend", _p_distributed_dividend),
            "calculated_distributed_dividend": ("calculatedDistributedDividend", None),
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
