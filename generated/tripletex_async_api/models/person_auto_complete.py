from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_auto_complete_sources_item import PersonAutoCompleteSourcesItem
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

T = TypeVar("T", bound="PersonAutoComplete")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("sources", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class PersonAutoComplete(LazyModel):
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
        sources (list[PersonAutoCompleteSourcesItem] | Unset): [read-only]
        firstname (str | Unset): [read-only]
        lastname (str | Unset): [read-only]
        phone_number (str | Unset): [read-only]
        phone_number_mobile (str | Unset): [read-only]
        email (str | Unset): [read-only]
        url (str | Unset): [read-only]
        country_id (int | Unset): [read-only]
        reserved (bool | Unset): [read-only]
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
    sources: list[PersonAutoCompleteSourcesItem] | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    email: str | Unset = UNSET
    url: str | Unset = UNSET
    country_id: int | Unset = UNSET
    reserved: bool | Unset = UNSET
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

        firstname = self.firstname

        lastname = self.lastname

        phone_number = self.phone_number

        phone_number_mobile = self.phone_number_mobile

        email = self.email

        url = self.url

        country_id = self.country_id

        reserved = self.reserved

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
        if firstname is not UNSET and not _in_request:
            field_dict["firstname"] = firstname
        if lastname is not UNSET and not _in_request:
            field_dict["lastname"] = lastname
        if phone_number is not UNSET and not _in_request:
            field_dict["phoneNumber"] = phone_number
        if phone_number_mobile is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if country_id is not UNSET and not _in_request:
            field_dict["countryId"] = country_id
        if reserved is not UNSET and not _in_request:
            field_dict["reserved"] = reserved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PersonAutoComplete from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_sources(_tx_v: Any) -> list[PersonAutoCompleteSourcesItem] | Unset:
            _sources = _tx_v
            sources: list[PersonAutoCompleteSourcesItem] | Unset = UNSET
            if _sources is not UNSET:
                sources = []
                for sources_item_data in _sources:
                    if sources_item_data is None:
                        continue
                    sources_item = PersonAutoCompleteSourcesItem(sources_item_data)

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
                "firstname",
                "lastname",
                "phoneNumber",
                "phoneNumberMobile",
                "email",
                "url",
                "countryId",
                "reserved",
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
            "firstname": ("firstname", None),
            "lastname": ("lastname", None),
            "phone_number": ("phoneNumber", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "email": ("email", None),
            "url": ("url", None),
            "country_id": ("countryId", None),
            "reserved": ("reserved", None),
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
