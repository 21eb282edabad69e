from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permanent_differences_post_type import PermanentDifferencesPostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="PermanentDifferences")


@_attrs_define
class PermanentDifferences(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (str | Unset):
        grouping (str | Unset):
        negate (bool | Unset):
        read_only (bool | Unset):
        source (str | Unset):
        post_type (PermanentDifferencesPostType | Unset):
        post_value (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    name: str | Unset = UNSET
    grouping: str | Unset = UNSET
    negate: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    source: str | Unset = UNSET
    post_type: PermanentDifferencesPostType | Unset = UNSET
    post_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.grouping
        if _v is not UNSET and not _in_request:
            field_dict["grouping"] = _v
        _v = self.negate
        if _v is not UNSET and not _in_request:
            field_dict["negate"] = _v
        _v = self.read_only
        if _v is not UNSET and not _in_request:
            field_dict["readOnly"] = _v
        _v = self.source
        if _v is not UNSET and not _in_request:
            field_dict["source"] = _v
        _v = self.post_type
        if _v is not UNSET and not _in_request:
            field_dict["postType"] = _v._value_
        _v = self.post_value
        if _v is not UNSET and not _in_request:
            field_dict["postValue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PermanentDifferences from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PermanentDifferences.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_post_type: dict[Any, Any] = enum_members(PermanentDifferencesPostType)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "grouping",
                "negate",
                "readOnly",
                "source",
                "postType",
                "postValue",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "grouping": "grouping",
            "negate": "negate",
            "readOnly": "read_only",
            "source": "source",
            "postValue": "post_value",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.name = o.grouping = o.negate = o.read_only = o.source = o.post_type = (
                        o.post_value
                    ) = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("grouping")
                if v is None:
                    o.grouping = u
                    if "grouping" not in d:
                        m += 1
                else:
                    o.grouping = v
                v = g("negate")
                if v is None:
                    o.negate = u
                    if "negate" not in d:
                        m += 1
                else:
                    o.negate = v
                v = g("readOnly")
                if v is None:
                    o.read_only = u
                    if "readOnly" not in d:
                        m += 1
                else:
                    o.read_only = v
                v = g("source")
                if v is None:
                    o.source = u
                    if "source" not in d:
                        m += 1
                else:
                    o.source = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = (
                        e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(PermanentDifferencesPostType, v)
                    )
                v = g("postValue")
                if v is None:
                    o.post_value = u
                    if "postValue" not in d:
                        m += 1
                else:
                    o.post_value = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("name", "name"),
            ("grouping", "grouping"),
            ("negate", "negate"),
            ("read_only", "readOnly"),
            ("source", "source"),
            ("post_type", "postType"),
            ("post_value", "postValue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.name
            o.name = u if v is None else v
            v = s.grouping
            o.grouping = u if v is None else v
            v = s.negate
            o.negate = u if v is None else v
            v = s.read_only
            o.read_only = u if v is None else v
            v = s.source
            o.source = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(PermanentDifferencesPostType, v)
            )
            v = s.post_value
            o.post_value = u if v is None else v
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
