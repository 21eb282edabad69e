from __future__ import annotations

import datetime
from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stored_public_key_algorithm import StoredPublicKeyAlgorithm
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="StoredPublicKey")


@_attrs_define
class StoredPublicKey:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        public_key = d.pop("publicKey", UNSET)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: StoredPublicKeyAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = StoredPublicKeyAlgorithm(_algorithm)

        _expires_on = d.pop("expiresOn", UNSET)
        expires_on: datetime.datetime | Unset
        if isinstance(_expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = datetime.datetime.fromisoformat(_expires_on)

        private_key = d.pop("privateKey", UNSET)

        _obj = cls(
            id=id,
            public_key=public_key,
            algorithm=algorithm,
            expires_on=expires_on,
            private_key=private_key,
        )

        _obj.additional_properties = d
        return _obj

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
