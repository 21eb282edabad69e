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
    from ..models.timesheet_entry import TimesheetEntry


T = TypeVar("T", bound="TimesheetEntrySearchResponse")


@_attrs_define
class TimesheetEntrySearchResponse(Model):
    """
    Attributes:
        full_result_size (int | Unset): Indicates whether there are more values available. Note: The value is not exact
        from_ (int | Unset):
        count (int | Unset):
        version_digest (str | Unset): Used to know if the paginated list has changed.
        values (list[TimesheetEntry] | Unset):
        sum_all_hours (float | Unset):
    """

    full_result_size: int | Unset = UNSET
    from_: int | Unset = UNSET
    count: int | Unset = UNSET
    version_digest: str | Unset = UNSET
    values: list[TimesheetEntry] | Unset = UNSET
    sum_all_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.full_result_size
        if _v is not UNSET and not _in_request:
            field_dict["fullResultSize"] = _v
        _v = self.from_
        if _v is not UNSET and not _in_request:
            field_dict["from"] = _v
        _v = self.count
        if _v is not UNSET and not _in_request:
            field_dict["count"] = _v
        _v = self.version_digest
        if _v is not UNSET and not _in_request:
            field_dict["versionDigest"] = _v
        _v = self.values
        if _v is not UNSET and not _in_request:
            field_dict["values"] = [_e.to_dict() for _e in _v]
        _v = self.sum_all_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumAllHours"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimesheetEntrySearchResponse from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimesheetEntrySearchResponse.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.timesheet_entry import TimesheetEntry  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "fullResultSize",
                "from",
                "count",
                "versionDigest",
                "values",
                "sumAllHours",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("fullResultSize")
                if v is None:
                    o.full_result_size = u
                    if "fullResultSize" not in d:
                        m += 1
                else:
                    o.full_result_size = v
                v = g("from")
                if v is None:
                    o.from_ = u
                    if "from" not in d:
                        m += 1
                else:
                    o.from_ = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("versionDigest")
                if v is None:
                    o.version_digest = u
                    if "versionDigest" not in d:
                        m += 1
                else:
                    o.version_digest = v
                k = "values"
                v = g("values")
                if v is None:
                    o.values = u
                    if "values" not in d:
                        m += 1
                else:
                    o.values = (
                        ([TimesheetEntry._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumAllHours")
                if v is None:
                    o.sum_all_hours = u
                    if "sumAllHours" not in d:
                        m += 1
                else:
                    o.sum_all_hours = v
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
            ("full_result_size", "fullResultSize"),
            ("from_", "from"),
            ("count", "count"),
            ("version_digest", "versionDigest"),
            ("values", "values"),
            ("sum_all_hours", "sumAllHours"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.full_result_size
            o.full_result_size = u if v is None else v
            v = s.from_
            o.from_ = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.version_digest
            o.version_digest = u if v is None else v
            v = s.values
            o.values = (
                u
                if v is None or v is u
                else ([TimesheetEntry._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_all_hours
            o.sum_all_hours = u if v is None else v
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
