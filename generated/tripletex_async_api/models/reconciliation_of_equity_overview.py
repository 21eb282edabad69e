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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change_of_equity import ChangeOfEquity
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ReconciliationOfEquityOverview")


@_attrs_define
class ReconciliationOfEquityOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        change_of_equities (list[ChangeOfEquity] | Unset):
        opening_equity (float | Unset):
        closing_equity (float | Unset):
        calculated_closing_equity (float | Unset):
        closing_equity_diff (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    change_of_equities: list[ChangeOfEquity] | Unset = UNSET
    opening_equity: float | Unset = UNSET
    closing_equity: float | Unset = UNSET
    calculated_closing_equity: float | Unset = UNSET
    closing_equity_diff: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.change_of_equities
        if _v is not UNSET:
            field_dict["changeOfEquities"] = [_e.to_dict() for _e in _v]
        _v = self.opening_equity
        if _v is not UNSET and not _in_request:
            field_dict["openingEquity"] = _v
        _v = self.closing_equity
        if _v is not UNSET and not _in_request:
            field_dict["closingEquity"] = _v
        _v = self.calculated_closing_equity
        if _v is not UNSET and not _in_request:
            field_dict["calculatedClosingEquity"] = _v
        _v = self.closing_equity_diff
        if _v is not UNSET and not _in_request:
            field_dict["closingEquityDiff"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationOfEquityOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationOfEquityOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change_of_equity import ChangeOfEquity  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "changeOfEquities",
                "openingEquity",
                "closingEquity",
                "calculatedClosingEquity",
                "closingEquityDiff",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                k = "changeOfEquities"
                v = g("changeOfEquities")
                if v is None:
                    o.change_of_equities = u
                    if "changeOfEquities" not in d:
                        m += 1
                else:
                    o.change_of_equities = (
                        ([ChangeOfEquity._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("openingEquity")
                if v is None:
                    o.opening_equity = u
                    if "openingEquity" not in d:
                        m += 1
                else:
                    o.opening_equity = v
                v = g("closingEquity")
                if v is None:
                    o.closing_equity = u
                    if "closingEquity" not in d:
                        m += 1
                else:
                    o.closing_equity = v
                v = g("calculatedClosingEquity")
                if v is None:
                    o.calculated_closing_equity = u
                    if "calculatedClosingEquity" not in d:
                        m += 1
                else:
                    o.calculated_closing_equity = v
                v = g("closingEquityDiff")
                if v is None:
                    o.closing_equity_diff = u
                    if "closingEquityDiff" not in d:
                        m += 1
                else:
                    o.closing_equity_diff = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("change_of_equities", "changeOfEquities"),
            ("opening_equity", "openingEquity"),
            ("closing_equity", "closingEquity"),
            ("calculated_closing_equity", "calculatedClosingEquity"),
            ("closing_equity_diff", "closingEquityDiff"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.change_of_equities
            o.change_of_equities = (
                u
                if v is None or v is u
                else ([ChangeOfEquity._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.opening_equity
            o.opening_equity = u if v is None else v
            v = s.closing_equity
            o.closing_equity = u if v is None else v
            v = s.calculated_closing_equity
            o.calculated_closing_equity = u if v is None else v
            v = s.closing_equity_diff
            o.closing_equity_diff = u if v is None else v
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
