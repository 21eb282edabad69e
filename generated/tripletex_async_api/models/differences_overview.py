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
    from ..models.permanent_differences import PermanentDifferences
    from ..models.temporary_differences import TemporaryDifferences
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="DifferencesOverview")


@_attrs_define
class DifferencesOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        permanent_differences_additions (list[PermanentDifferences] | Unset):
        permanent_differences_deductions (list[PermanentDifferences] | Unset):
        temporary_differences (list[TemporaryDifferences] | Unset):
        sum_additions (float | Unset):
        sum_deductions (float | Unset):
        sum_changes (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    permanent_differences_additions: list[PermanentDifferences] | Unset = UNSET
    permanent_differences_deductions: list[PermanentDifferences] | Unset = UNSET
    temporary_differences: list[TemporaryDifferences] | Unset = UNSET
    sum_additions: float | Unset = UNSET
    sum_deductions: float | Unset = UNSET
    sum_changes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.permanent_differences_additions
        if _v is not UNSET:
            field_dict["permanentDifferencesAdditions"] = [_e.to_dict() for _e in _v]
        _v = self.permanent_differences_deductions
        if _v is not UNSET:
            field_dict["permanentDifferencesDeductions"] = [_e.to_dict() for _e in _v]
        _v = self.temporary_differences
        if _v is not UNSET:
            field_dict["temporaryDifferences"] = [_e.to_dict() for _e in _v]
        _v = self.sum_additions
        if _v is not UNSET and not _in_request:
            field_dict["sumAdditions"] = _v
        _v = self.sum_deductions
        if _v is not UNSET and not _in_request:
            field_dict["sumDeductions"] = _v
        _v = self.sum_changes
        if _v is not UNSET and not _in_request:
            field_dict["sumChanges"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DifferencesOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DifferencesOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.permanent_differences import PermanentDifferences  # noqa: PLC0415
        from ..models.temporary_differences import TemporaryDifferences  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "permanentDifferencesAdditions",
                "permanentDifferencesDeductions",
                "temporaryDifferences",
                "sumAdditions",
                "sumDeductions",
                "sumChanges",
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
                k = "permanentDifferencesAdditions"
                v = g("permanentDifferencesAdditions")
                if v is None:
                    o.permanent_differences_additions = u
                    if "permanentDifferencesAdditions" not in d:
                        m += 1
                else:
                    o.permanent_differences_additions = (
                        ([PermanentDifferences._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "permanentDifferencesDeductions"
                v = g("permanentDifferencesDeductions")
                if v is None:
                    o.permanent_differences_deductions = u
                    if "permanentDifferencesDeductions" not in d:
                        m += 1
                else:
                    o.permanent_differences_deductions = (
                        ([PermanentDifferences._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "temporaryDifferences"
                v = g("temporaryDifferences")
                if v is None:
                    o.temporary_differences = u
                    if "temporaryDifferences" not in d:
                        m += 1
                else:
                    o.temporary_differences = (
                        ([TemporaryDifferences._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumAdditions")
                if v is None:
                    o.sum_additions = u
                    if "sumAdditions" not in d:
                        m += 1
                else:
                    o.sum_additions = v
                v = g("sumDeductions")
                if v is None:
                    o.sum_deductions = u
                    if "sumDeductions" not in d:
                        m += 1
                else:
                    o.sum_deductions = v
                v = g("sumChanges")
                if v is None:
                    o.sum_changes = u
                    if "sumChanges" not in d:
                        m += 1
                else:
                    o.sum_changes = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("permanent_differences_additions", "permanentDifferencesAdditions"),
            ("permanent_differences_deductions", "permanentDifferencesDeductions"),
            ("temporary_differences", "temporaryDifferences"),
            ("sum_additions", "sumAdditions"),
            ("sum_deductions", "sumDeductions"),
            ("sum_changes", "sumChanges"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.permanent_differences_additions
            o.permanent_differences_additions = (
                u
                if v is None or v is u
                else ([PermanentDifferences._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.permanent_differences_deductions
            o.permanent_differences_deductions = (
                u
                if v is None or v is u
                else ([PermanentDifferences._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.temporary_differences
            o.temporary_differences = (
                u
                if v is None or v is u
                else ([TemporaryDifferences._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_additions
            o.sum_additions = u if v is None else v
            v = s.sum_deductions
            o.sum_deductions = u if v is None else v
            v = s.sum_changes
            o.sum_changes = u if v is None else v
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
