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
)

if TYPE_CHECKING:
    from ..models.report_singular_filter import ReportSingularFilter


T = TypeVar("T", bound="ReportProjectCategoryFilter")


@_attrs_define
class ReportProjectCategoryFilter(Model):
    """
    Attributes:
        filters (list[ReportSingularFilter] | Unset):
        complement (bool | Unset):
        exclude_empty_element (bool | Unset):
        version (int | Unset):
    """

    filters: list[ReportSingularFilter] | Unset = UNSET
    complement: bool | Unset = UNSET
    exclude_empty_element: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.filters
        if _v is not UNSET:
            field_dict["filters"] = [_e.to_dict() for _e in _v]
        _v = self.complement
        if _v is not UNSET:
            field_dict["complement"] = _v
        _v = self.exclude_empty_element
        if _v is not UNSET:
            field_dict["excludeEmptyElement"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportProjectCategoryFilter from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportProjectCategoryFilter.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_singular_filter import ReportSingularFilter  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "filters",
                "complement",
                "excludeEmptyElement",
                "version",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "filters"
                v = g("filters")
                if v is None:
                    o.filters = u
                    if "filters" not in d:
                        m += 1
                else:
                    o.filters = (
                        ([ReportSingularFilter._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("complement")
                if v is None:
                    o.complement = u
                    if "complement" not in d:
                        m += 1
                else:
                    o.complement = v
                v = g("excludeEmptyElement")
                if v is None:
                    o.exclude_empty_element = u
                    if "excludeEmptyElement" not in d:
                        m += 1
                else:
                    o.exclude_empty_element = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("filters", "filters"),
            ("complement", "complement"),
            ("exclude_empty_element", "excludeEmptyElement"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.filters
            o.filters = (
                u
                if v is None or v is u
                else ([ReportSingularFilter._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.complement
            o.complement = u if v is None else v
            v = s.exclude_empty_element
            o.exclude_empty_element = u if v is None else v
            v = s.version
            o.version = u if v is None else v
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
