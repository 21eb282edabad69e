from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_completion_sources_item import SearchCompletionSourcesItem
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="SearchCompletion")


@_attrs_define
class SearchCompletion(Model):
    """
    Attributes:
        id (str | Unset):
        name (str | Unset):
        alternate_name (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        postal_area (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        category (str | Unset):
        score (int | Unset):
        sources (list[SearchCompletionSourcesItem] | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    alternate_name: str | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    postal_area: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    category: str | Unset = UNSET
    score: int | Unset = UNSET
    sources: list[SearchCompletionSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.alternate_name
        if _v is not UNSET and not _in_request:
            field_dict["alternateName"] = _v
        _v = self.address
        if _v is not UNSET and not _in_request:
            field_dict["address"] = _v
        _v = self.postal_code
        if _v is not UNSET and not _in_request:
            field_dict["postalCode"] = _v
        _v = self.postal_area
        if _v is not UNSET and not _in_request:
            field_dict["postalArea"] = _v
        _v = self.latitude
        if _v is not UNSET and not _in_request:
            field_dict["latitude"] = _v
        _v = self.longitude
        if _v is not UNSET and not _in_request:
            field_dict["longitude"] = _v
        _v = self.category
        if _v is not UNSET and not _in_request:
            field_dict["category"] = _v
        _v = self.score
        if _v is not UNSET and not _in_request:
            field_dict["score"] = _v
        _v = self.sources
        if _v is not UNSET and not _in_request:
            field_dict["sources"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SearchCompletion from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SearchCompletion.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_sources: dict[Any, Any] = enum_members(SearchCompletionSourcesItem)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "alternateName",
                "address",
                "postalCode",
                "postalArea",
                "latitude",
                "longitude",
                "category",
                "score",
                "sources",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "name": "name",
            "alternateName": "alternate_name",
            "address": "address",
            "postalCode": "postal_code",
            "postalArea": "postal_area",
            "latitude": "latitude",
            "longitude": "longitude",
            "category": "category",
            "score": "score",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.name = o.alternate_name = o.address = o.postal_code = o.postal_area = o.latitude = (
                        o.longitude
                    ) = o.category = o.score = o.sources = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("alternateName")
                if v is None:
                    o.alternate_name = u
                    if "alternateName" not in d:
                        m += 1
                else:
                    o.alternate_name = v
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("postalArea")
                if v is None:
                    o.postal_area = u
                    if "postalArea" not in d:
                        m += 1
                else:
                    o.postal_area = v
                v = g("latitude")
                if v is None:
                    o.latitude = u
                    if "latitude" not in d:
                        m += 1
                else:
                    o.latitude = v
                v = g("longitude")
                if v is None:
                    o.longitude = u
                    if "longitude" not in d:
                        m += 1
                else:
                    o.longitude = v
                v = g("category")
                if v is None:
                    o.category = u
                    if "category" not in d:
                        m += 1
                else:
                    o.category = v
                v = g("score")
                if v is None:
                    o.score = u
                    if "score" not in d:
                        m += 1
                else:
                    o.score = v
                k = "sources"
                v = g("sources")
                if v is None:
                    o.sources = u
                    if "sources" not in d:
                        m += 1
                else:
                    o.sources = (
                        (
                            [
                                e_
                                if (e_ := _e_sources.get(e)) is not None
                                else enum_value(SearchCompletionSourcesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name", "name"),
            ("alternate_name", "alternateName"),
            ("address", "address"),
            ("postal_code", "postalCode"),
            ("postal_area", "postalArea"),
            ("latitude", "latitude"),
            ("longitude", "longitude"),
            ("category", "category"),
            ("score", "score"),
            ("sources", "sources"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.alternate_name
            o.alternate_name = u if v is None else v
            v = s.address
            o.address = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.postal_area
            o.postal_area = u if v is None else v
            v = s.latitude
            o.latitude = u if v is None else v
            v = s.longitude
            o.longitude = u if v is None else v
            v = s.category
            o.category = u if v is None else v
            v = s.score
            o.score = u if v is None else v
            v = s.sources
            o.sources = (
                u
                if v is None or v is u
                else (
                    [
                        e_ if (e_ := _e_sources.get(e)) is not None else enum_value(SearchCompletionSourcesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
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
