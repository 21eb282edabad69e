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
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant(Model):
    """Information about the participant

    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        name (str | Unset):
        number (str | Unset):
        ownership (float | Unset):
        ownership_at_beginning_of_year (float | Unset):
        share_of_result (float | Unset):
        share_of_wealth (float | Unset):
        posts (list[GenericData] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    ownership: float | Unset = UNSET
    ownership_at_beginning_of_year: float | Unset = UNSET
    share_of_result: float | Unset = UNSET
    share_of_wealth: float | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.ownership
        if _v is not UNSET and not _in_request:
            field_dict["ownership"] = _v
        _v = self.ownership_at_beginning_of_year
        if _v is not UNSET and not _in_request:
            field_dict["ownershipAtBeginningOfYear"] = _v
        _v = self.share_of_result
        if _v is not UNSET and not _in_request:
            field_dict["shareOfResult"] = _v
        _v = self.share_of_wealth
        if _v is not UNSET and not _in_request:
            field_dict["shareOfWealth"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Participant from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Participant.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "name",
                "number",
                "ownership",
                "ownershipAtBeginningOfYear",
                "shareOfResult",
                "shareOfWealth",
                "posts",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "name": "name",
            "number": "number",
            "ownership": "ownership",
            "ownershipAtBeginningOfYear": "ownership_at_beginning_of_year",
            "shareOfResult": "share_of_result",
            "shareOfWealth": "share_of_wealth",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.name = o.number = o.ownership = (
                        o.ownership_at_beginning_of_year
                    ) = o.share_of_result = o.share_of_wealth = o.posts = UNSET
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
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("ownership")
                if v is None:
                    o.ownership = u
                    if "ownership" not in d:
                        m += 1
                else:
                    o.ownership = v
                v = g("ownershipAtBeginningOfYear")
                if v is None:
                    o.ownership_at_beginning_of_year = u
                    if "ownershipAtBeginningOfYear" not in d:
                        m += 1
                else:
                    o.ownership_at_beginning_of_year = v
                v = g("shareOfResult")
                if v is None:
                    o.share_of_result = u
                    if "shareOfResult" not in d:
                        m += 1
                else:
                    o.share_of_result = v
                v = g("shareOfWealth")
                if v is None:
                    o.share_of_wealth = u
                    if "shareOfWealth" not in d:
                        m += 1
                else:
                    o.share_of_wealth = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("group_id", "groupId"),
            ("name", "name"),
            ("number", "number"),
            ("ownership", "ownership"),
            ("ownership_at_beginning_of_year", "ownershipAtBeginningOfYear"),
            ("share_of_result", "shareOfResult"),
            ("share_of_wealth", "shareOfWealth"),
            ("posts", "posts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.ownership
            o.ownership = u if v is None else v
            v = s.ownership_at_beginning_of_year
            o.ownership_at_beginning_of_year = u if v is None else v
            v = s.share_of_result
            o.share_of_result = u if v is None else v
            v = s.share_of_wealth
            o.share_of_wealth = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
