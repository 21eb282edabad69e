from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ValidationMessages")


@_attrs_define
class ValidationMessages(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        share_class_display_name (str | Unset):
        is_valid_opening_balance_share_capital (bool | Unset):
        is_valid_closing_balance_share_capital (bool | Unset):
        is_valid_disbributed_opening_balance_share_capital (bool | Unset):
        is_valid_disbributed_closing_balance_share_capital (bool | Unset):
        is_duplicated_timestamp (bool | Unset):
        is_event_before_foundation (bool | Unset):
        invalid_shareholder_numbers (list[str] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.share_class_display_name
        if _v is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = _v
        _v = self.is_valid_opening_balance_share_capital
        if _v is not UNSET and not _in_request:
            field_dict["isValidOpeningBalanceShareCapital"] = _v
        _v = self.is_valid_closing_balance_share_capital
        if _v is not UNSET and not _in_request:
            field_dict["isValidClosingBalanceShareCapital"] = _v
        _v = self.is_valid_disbributed_opening_balance_share_capital
        if _v is not UNSET and not _in_request:
            field_dict["isValidDisbributedOpeningBalanceShareCapital"] = _v
        _v = self.is_valid_disbributed_closing_balance_share_capital
        if _v is not UNSET and not _in_request:
            field_dict["isValidDisbributedClosingBalanceShareCapital"] = _v
        _v = self.is_duplicated_timestamp
        if _v is not UNSET and not _in_request:
            field_dict["isDuplicatedTimestamp"] = _v
        _v = self.is_event_before_foundation
        if _v is not UNSET and not _in_request:
            field_dict["isEventBeforeFoundation"] = _v
        _v = self.invalid_shareholder_numbers
        if _v is not UNSET and not _in_request:
            field_dict["invalidShareholderNumbers"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ValidationMessages from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ValidationMessages.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "shareClassDisplayName": "share_class_display_name",
            "isValidOpeningBalanceShareCapital": "is_valid_opening_balance_share_capital",
            "isValidClosingBalanceShareCapital": "is_valid_closing_balance_share_capital",
            "isValidDisbributedOpeningBalanceShareCapital": "is_valid_disbributed_opening_balance_share_capital",
            "isValidDisbributedClosingBalanceShareCapital": "is_valid_disbributed_closing_balance_share_capital",
            "isDuplicatedTimestamp": "is_duplicated_timestamp",
            "isEventBeforeFoundation": "is_event_before_foundation",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.share_class_display_name = o.is_valid_opening_balance_share_capital = (
                        o.is_valid_closing_balance_share_capital
                    ) = o.is_valid_disbributed_opening_balance_share_capital = (
                        o.is_valid_disbributed_closing_balance_share_capital
                    ) = o.is_duplicated_timestamp = o.is_event_before_foundation = o.invalid_shareholder_numbers = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("shareClassDisplayName")
                if v is None:
                    o.share_class_display_name = u
                    if "shareClassDisplayName" not in d:
                        m += 1
                else:
                    o.share_class_display_name = v
                v = g("isValidOpeningBalanceShareCapital")
                if v is None:
                    o.is_valid_opening_balance_share_capital = u
                    if "isValidOpeningBalanceShareCapital" not in d:
                        m += 1
                else:
                    o.is_valid_opening_balance_share_capital = v
                v = g("isValidClosingBalanceShareCapital")
                if v is None:
                    o.is_valid_closing_balance_share_capital = u
                    if "isValidClosingBalanceShareCapital" not in d:
                        m += 1
                else:
                    o.is_valid_closing_balance_share_capital = v
                v = g("isValidDisbributedOpeningBalanceShareCapital")
                if v is None:
                    o.is_valid_disbributed_opening_balance_share_capital = u
                    if "isValidDisbributedOpeningBalanceShareCapital" not in d:
                        m += 1
                else:
                    o.is_valid_disbributed_opening_balance_share_capital = v
                v = g("isValidDisbributedClosingBalanceShareCapital")
                if v is None:
                    o.is_valid_disbributed_closing_balance_share_capital = u
                    if "isValidDisbributedClosingBalanceShareCapital" not in d:
                        m += 1
                else:
                    o.is_valid_disbributed_closing_balance_share_capital = v
                v = g("isDuplicatedTimestamp")
                if v is None:
                    o.is_duplicated_timestamp = u
                    if "isDuplicatedTimestamp" not in d:
                        m += 1
                else:
                    o.is_duplicated_timestamp = v
                v = g("isEventBeforeFoundation")
                if v is None:
                    o.is_event_before_foundation = u
                    if "isEventBeforeFoundation" not in d:
                        m += 1
                else:
                    o.is_event_before_foundation = v
                k = "invalidShareholderNumbers"
                v = g("invalidShareholderNumbers")
                if v is None:
                    o.invalid_shareholder_numbers = u
                    if "invalidShareholderNumbers" not in d:
                        m += 1
                else:
                    o.invalid_shareholder_numbers = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("share_class_display_name", "shareClassDisplayName"),
            ("is_valid_opening_balance_share_capital", "isValidOpeningBalanceShareCapital"),
            ("is_valid_closing_balance_share_capital", "isValidClosingBalanceShareCapital"),
            ("is_valid_disbributed_opening_balance_share_capital", "isValidDisbributedOpeningBalanceShareCapital"),
            ("is_valid_disbributed_closing_balance_share_capital", "isValidDisbributedClosingBalanceShareCapital"),
            ("is_duplicated_timestamp", "isDuplicatedTimestamp"),
            ("is_event_before_foundation", "isEventBeforeFoundation"),
            ("invalid_shareholder_numbers", "invalidShareholderNumbers"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.share_class_display_name
            o.share_class_display_name = u if v is None else v
            v = s.is_valid_opening_balance_share_capital
            o.is_valid_opening_balance_share_capital = u if v is None else v
            v = s.is_valid_closing_balance_share_capital
            o.is_valid_closing_balance_share_capital = u if v is None else v
            v = s.is_valid_disbributed_opening_balance_share_capital
            o.is_valid_disbributed_opening_balance_share_capital = u if v is None else v
            v = s.is_valid_disbributed_closing_balance_share_capital
            o.is_valid_disbributed_closing_balance_share_capital = u if v is None else v
            v = s.is_duplicated_timestamp
            o.is_duplicated_timestamp = u if v is None else v
            v = s.is_event_before_foundation
            o.is_event_before_foundation = u if v is None else v
            v = s.invalid_shareholder_numbers
            o.invalid_shareholder_numbers = u if v is None or v is u else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
