from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_completion_sources_item import SearchCompletionSourcesItem
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

T = TypeVar("T", bound="SearchCompletion")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("sources", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class SearchCompletion(LazyModel):
    """
    Attributes:
        id (str | Unset): [read-only]
        name (str | Unset): [read-only]
        alternate_name (str | Unset): [read-only]
        address (str | Unset): [read-only]
        postal_code (str | Unset): [read-only]
        postal_area (str | Unset): [read-only]
        latitude (float | Unset): [read-only]
        longitude (float | Unset): [read-only]
        category (str | Unset): [read-only]
        score (int | Unset): [read-only]
        sources (list[SearchCompletionSourcesItem] | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        alternate_name = self.alternate_name

        address = self.address

        postal_code = self.postal_code

        postal_area = self.postal_area

        latitude = self.latitude

        longitude = self.longitude

        category = self.category

        score = self.score

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.value
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if alternate_name is not UNSET and not _in_request:
            field_dict["alternateName"] = alternate_name
        if address is not UNSET and not _in_request:
            field_dict["address"] = address
        if postal_code is not UNSET and not _in_request:
            field_dict["postalCode"] = postal_code
        if postal_area is not UNSET and not _in_request:
            field_dict["postalArea"] = postal_area
        if latitude is not UNSET and not _in_request:
            field_dict["latitude"] = latitude
        if longitude is not UNSET and not _in_request:
            field_dict["longitude"] = longitude
        if category is not UNSET and not _in_request:
            field_dict["category"] = category
        if score is not UNSET and not _in_request:
            field_dict["score"] = score
        if sources is not UNSET and not _in_request:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SearchCompletion from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_sources(_tx_v: Any) -> list[SearchCompletionSourcesItem] | Unset:
            _sources = _tx_v
            sources: list[SearchCompletionSourcesItem] | Unset = UNSET
            if _sources is not UNSET:
                sources = []
                for sources_item_data in _sources:
                    if sources_item_data is None:
                        continue
                    sources_item = SearchCompletionSourcesItem(sources_item_data)

                    sources.append(sources_item)

            return sources

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "alternate_name": ("alternateName", None),
            "address": ("address", None),
            "postal_code": ("postalCode", None),
            "postal_area": ("postalArea", None),
            "latitude": ("latitude", None),
            "longitude": ("longitude", None),
            "category": ("category", None),
            "score": ("score", None),
            "sources": ("sources", _p_sources),
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
