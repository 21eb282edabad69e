from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_auth_authorized_types_item import AttestationAuthAuthorizedTypesItem
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

T = TypeVar("T", bound="AttestationAuth")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("authorizedTypes", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AttestationAuth(LazyModel):
    """
    Attributes:
        has_attestation_pro (bool | Unset): [read-only]
        authorized_types (list[AttestationAuthAuthorizedTypesItem] | Unset): [read-only]
    """

    has_attestation_pro: bool | Unset = UNSET
    authorized_types: list[AttestationAuthAuthorizedTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        has_attestation_pro = self.has_attestation_pro

        authorized_types: list[str] | Unset = UNSET
        if not isinstance(self.authorized_types, Unset):
            authorized_types = []
            for authorized_types_item_data in self.authorized_types:
                authorized_types_item = authorized_types_item_data.value
                authorized_types.append(authorized_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_attestation_pro is not UNSET and not _in_request:
            field_dict["hasAttestationPro"] = has_attestation_pro
        if authorized_types is not UNSET and not _in_request:
            field_dict["authorizedTypes"] = authorized_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationAuth from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_authorized_types(_tx_v: Any) -> list[AttestationAuthAuthorizedTypesItem] | Unset:
            _authorized_types = _tx_v
            authorized_types: list[AttestationAuthAuthorizedTypesItem] | Unset = UNSET
            if _authorized_types is not UNSET:
                authorized_types = []
                for authorized_types_item_data in _authorized_types:
                    if authorized_types_item_data is None:
                        continue
                    authorized_types_item = AttestationAuthAuthorizedTypesItem(authorized_types_item_data)

                    authorized_types.append(authorized_types_item)

            return authorized_types

        _tx_known: frozenset[str] = frozenset(
            (
                "hasAttestationPro",
                "authorizedTypes",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "has_attestation_pro": ("hasAttestationPro", None),
            "authorized_types": ("authorizedTypes", _p_authorized_types),
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
