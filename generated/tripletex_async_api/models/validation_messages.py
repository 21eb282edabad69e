from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ValidationMessages")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("invalidShareholderNumbers", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ValidationMessages(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        share_class_display_name (str | Unset): [read-only]
        is_valid_opening_balance_share_capital (bool | Unset): [read-only]
        is_valid_closing_balance_share_capital (bool | Unset): [read-only]
        is_valid_disbributed_opening_balance_share_capital (bool | Unset): [read-only]
        is_valid_disbributed_closing_balance_share_capital (bool | Unset): [read-only]
        is_duplicated_timestamp (bool | Unset): [read-only]
        is_event_before_foundation (bool | Unset): [read-only]
        invalid_shareholder_numbers (list[str] | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    is_valid_opening_balance_share_capital: bool | Unset = UNSET
    is_valid_closing_balance_share_capital: bool | Unset = UNSET
    is_valid_disbributed_opening_balance_share_capital: bool | Unset = UNSET
    is_valid_disbributed_closing_balance_share_capital: bool | Unset = UNSET
    is_duplicated_timestamp: bool | Unset = UNSET
    is_event_before_foundation: bool | Unset = UNSET
    invalid_shareholder_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        share_class_display_name = self.share_class_display_name

        is_valid_opening_balance_share_capital = self.is_valid_opening_balance_share_capital

        is_valid_closing_balance_share_capital = self.is_valid_closing_balance_share_capital

        is_valid_disbributed_opening_balance_share_capital = self.is_valid_disbributed_opening_balance_share_capital

        is_valid_disbributed_closing_balance_share_capital = self.is_valid_disbributed_closing_balance_share_capital

        is_duplicated_timestamp = self.is_duplicated_timestamp

        is_event_before_foundation = self.is_event_before_foundation

        invalid_shareholder_numbers: list[str] | Unset = UNSET
        if not isinstance(self.invalid_shareholder_numbers, Unset):
            invalid_shareholder_numbers = self.invalid_shareholder_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if is_valid_opening_balance_share_capital is not UNSET and not _in_request:
            field_dict["isValidOpeningBalanceShareCapital"] = is_valid_opening_balance_share_capital
        if is_valid_closing_balance_share_capital is not UNSET and not _in_request:
            field_dict["isValidClosingBalanceShareCapital"] = is_valid_closing_balance_share_capital
        if is_valid_disbributed_opening_balance_share_capital is not UNSET and not _in_request:
            field_dict["isValidDisbributedOpeningBalanceShareCapital"] = (
                is_valid_disbributed_opening_balance_share_capital
            )
        if is_valid_disbributed_closing_balance_share_capital is not UNSET and not _in_request:
            field_dict["isValidDisbributedClosingBalanceShareCapital"] = (
                is_valid_disbributed_closing_balance_share_capital
            )
        if is_duplicated_timestamp is not UNSET and not _in_request:
            field_dict["isDuplicatedTimestamp"] = is_duplicated_timestamp
        if is_event_before_foundation is not UNSET and not _in_request:
            field_dict["isEventBeforeFoundation"] = is_event_before_foundation
        if invalid_shareholder_numbers is not UNSET and not _in_request:
            field_dict["invalidShareholderNumbers"] = invalid_shareholder_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationMessages from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_invalid_shareholder_numbers(_tx_v: Any) -> list[str] | Unset:
            invalid_shareholder_numbers = cast(list[str], _tx_v)

            return invalid_shareholder_numbers

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "shareClassDisplayName",
                "isValidOpeningBalanceShareCapital",
                "isValidClosingBalanceShareCapital",
                "isValidDisbributedOpeningBalanceShareCapital",
                "isValidDisbributedClosingBalanceShareCapital",
                "isDuplicatedTimestamp",
                "isEventBeforeFoundation",
                "invalidShareholderNumbers",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "share_class_display_name": ("shareClassDisplayName", None),
            "is_valid_opening_balance_share_capital": ("isValidOpeningBalanceShareCapital", None),
            "is_valid_closing_balance_share_capital": ("isValidClosingBalanceShareCapital", None),
            "is_valid_disbributed_opening_balance_share_capital": (
                "isValidDisbributedOpeningBalanceShareCapital",
                None,
            ),
            "is_valid_disbributed_closing_balance_share_capital": (
                "isValidDisbributedClosingBalanceShareCapital",
                None,
            ),
            "is_duplicated_timestamp": ("isDuplicatedTimestamp", None),
            "is_event_before_foundation": ("isEventBeforeFoundation", None),
            "invalid_shareholder_numbers": ("invalidShareholderNumbers", _p_invalid_shareholder_numbers),
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
