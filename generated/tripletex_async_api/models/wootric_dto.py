from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

if TYPE_CHECKING:
    from ..models.wootric_properties_dto import WootricPropertiesDTO


T = TypeVar("T", bound="WootricDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("properties", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class WootricDTO(LazyModel):
    """
    Attributes:
        email (str | Unset): [read-only]
        external_id (str | Unset): [read-only]
        created_at (int | Unset): [read-only]
        product_name (str | Unset): [read-only]
        ces_token (str | Unset): [read-only]
        nps_token (str | Unset): [read-only]
        language (str | Unset): [read-only]
        properties (WootricPropertiesDTO | Unset):
        thank_you_message_main (str | Unset): [read-only]
        thank_you_message_setup (str | Unset): [read-only]
    """

    email: str | Unset = UNSET
    external_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    product_name: str | Unset = UNSET
    ces_token: str | Unset = UNSET
    nps_token: str | Unset = UNSET
    language: str | Unset = UNSET
    properties: WootricPropertiesDTO | Unset = UNSET
    thank_you_message_main: str | Unset = UNSET
    thank_you_message_setup: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        email = self.email

        external_id = self.external_id

        created_at = self.created_at

        product_name = self.product_name

        ces_token = self.ces_token

        nps_token = self.nps_token

        language = self.language

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        thank_you_message_main = self.thank_you_message_main

        thank_you_message_setup = self.thank_you_message_setup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if external_id is not UNSET and not _in_request:
            field_dict["external_id"] = external_id
        if created_at is not UNSET and not _in_request:
            field_dict["created_at"] = created_at
        if product_name is not UNSET and not _in_request:
            field_dict["product_name"] = product_name
        if ces_token is not UNSET and not _in_request:
            field_dict["cesToken"] = ces_token
        if nps_token is not UNSET and not _in_request:
            field_dict["npsToken"] = nps_token
        if language is not UNSET and not _in_request:
            field_dict["language"] = language
        if properties is not UNSET:
            field_dict["properties"] = properties
        if thank_you_message_main is not UNSET and not _in_request:
            field_dict["thankYouMessageMain"] = thank_you_message_main
        if thank_you_message_setup is not UNSET and not _in_request:
            field_dict["thankYouMessageSetup"] = thank_you_message_setup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WootricDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.wootric_properties_dto import WootricPropertiesDTO  # noqa: PLC0415

        def _p_properties(_tx_v: Any) -> WootricPropertiesDTO | Unset:
            _properties = _tx_v
            properties: WootricPropertiesDTO | Unset
            if isinstance(_properties, Unset):
                properties = UNSET
            else:
                properties = WootricPropertiesDTO._tx_from_json(_properties)

            return properties

        _tx_known: frozenset[str] = frozenset(
            (
                "email",
                "external_id",
                "created_at",
                "product_name",
                "cesToken",
                "npsToken",
                "language",
                "properties",
                "thankYouMessageMain",
                "thankYouMessageSetup",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "email": ("email", None),
            "external_id": ("external_id", None),
            "created_at": ("created_at", None),
            "product_name": ("product_name", None),
            "ces_token": ("cesToken", None),
            "nps_token": ("npsToken", None),
            "language": ("language", None),
            "properties": ("properties", _p_properties),
            "thank_you_message_main": ("thankYouMessageMain", None),
            "thank_you_message_setup": ("thankYouMessageSetup", None),
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
