from __future__ import annotations

import datetime
from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stored_public_key_algorithm import StoredPublicKeyAlgorithm
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

T = TypeVar("T", bound="StoredPublicKey")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("algorithm", str, False),
    ("expiresOn", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class StoredPublicKey(LazyModel):
    """
    Attributes:
        id (str | Unset): [read-only] Public key id used for Platform Agnostic
        public_key (str | Unset): [read-only] Public key value used for Platform Agnostic
        algorithm (StoredPublicKeyAlgorithm | Unset): [read-only] Signature algorithm used for Platform Agnostic
        expires_on (datetime.datetime | Unset): [read-only] Date when the key will expire
        private_key (str | Unset): [read-only] Private key value used for Platform Agnostic
    """

    id: str | Unset = UNSET
    public_key: str | Unset = UNSET
    algorithm: StoredPublicKeyAlgorithm | Unset = UNSET
    expires_on: datetime.datetime | Unset = UNSET
    private_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        public_key = self.public_key

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if public_key is not UNSET and not _in_request:
            field_dict["publicKey"] = public_key
        if algorithm is not UNSET and not _in_request:
            field_dict["algorithm"] = algorithm
        if expires_on is not UNSET and not _in_request:
            field_dict["expiresOn"] = expires_on
        if private_key is not UNSET and not _in_request:
            field_dict["privateKey"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A StoredPublicKey from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_algorithm(_tx_v: Any) -> StoredPublicKeyAlgorithm | Unset:
            _algorithm = _tx_v
            algorithm: StoredPublicKeyAlgorithm | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = StoredPublicKeyAlgorithm(_algorithm)

            return algorithm

        def _p_expires_on(_tx_v: Any) -> datetime.datetime | Unset:
            _expires_on = _tx_v
            expires_on: datetime.datetime | Unset
            if isinstance(_expires_on, Unset):
                expires_on = UNSET
            else:
                expires_on = datetime.datetime.fromisoformat(_expires_on)

            return expires_on

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "publicKey",
                "algorithm",
                "expiresOn",
                "privateKey",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "public_key": ("publicKey", None),
            "algorithm": ("algorithm", _p_algorithm),
            "expires_on": ("expiresOn", _p_expires_on),
            "private_key": ("privateKey", None),
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
