from __future__ import annotations

import datetime
from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stored_public_key_algorithm import StoredPublicKeyAlgorithm
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
    secret_repr,
    serializing_request_body,
)

T = TypeVar("T", bound="StoredPublicKey")


@_attrs_define
class StoredPublicKey(Model):
    """
    Attributes:
        id (str | Unset): Public key id used for Platform Agnostic
        public_key (str | Unset): Public key value used for Platform Agnostic
        algorithm (StoredPublicKeyAlgorithm | Unset): Signature algorithm used for Platform Agnostic
        expires_on (datetime.datetime | Unset): Date when the key will expire
        private_key (str | Unset): Private key value used for Platform Agnostic
    """

    id: str | Unset = UNSET
    public_key: str | Unset = UNSET
    algorithm: StoredPublicKeyAlgorithm | Unset = UNSET
    expires_on: datetime.datetime | Unset = UNSET
    private_key: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.public_key
        if _v is not UNSET and not _in_request:
            field_dict["publicKey"] = _v
        _v = self.algorithm
        if _v is not UNSET and not _in_request:
            field_dict["algorithm"] = _v._value_
        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()
        if expires_on is not UNSET and not _in_request:
            field_dict["expiresOn"] = expires_on
        _v = self.private_key
        if _v is not UNSET and not _in_request:
            field_dict["privateKey"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A StoredPublicKey from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``StoredPublicKey.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_algorithm: dict[Any, Any] = enum_members(StoredPublicKeyAlgorithm)

        def _c_expires_on(_tx_v: Any) -> Any:
            _expires_on = _tx_v
            expires_on: datetime.datetime | Unset
            if isinstance(_expires_on, Unset):
                expires_on = UNSET
            else:
                expires_on = datetime.datetime.fromisoformat(_expires_on)

            return expires_on

        _known: frozenset[str] = frozenset(
            (
                "id",
                "publicKey",
                "algorithm",
                "expiresOn",
                "privateKey",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("publicKey")
                if v is None:
                    o.public_key = u
                    if "publicKey" not in d:
                        m += 1
                else:
                    o.public_key = v
                k = "algorithm"
                v = g("algorithm")
                if v is None:
                    o.algorithm = u
                    if "algorithm" not in d:
                        m += 1
                else:
                    o.algorithm = (
                        e_ if (e_ := _e_algorithm.get(v)) is not None else enum_value(StoredPublicKeyAlgorithm, v)
                    )
                k = "expiresOn"
                v = g("expiresOn")
                if v is None:
                    o.expires_on = u
                    if "expiresOn" not in d:
                        m += 1
                else:
                    o.expires_on = _c_expires_on(v)
                v = g("privateKey")
                if v is None:
                    o.private_key = u
                    if "privateKey" not in d:
                        m += 1
                else:
                    o.private_key = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("public_key", "publicKey"),
            ("algorithm", "algorithm"),
            ("expires_on", "expiresOn"),
            ("private_key", "privateKey"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.public_key
            o.public_key = u if v is None else v
            v = s.algorithm
            o.algorithm = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_algorithm.get(v)) is not None
                else enum_value(StoredPublicKeyAlgorithm, v)
            )
            v = s.expires_on
            o.expires_on = u if v is None or v is u else _c_expires_on(v)
            v = s.private_key
            o.private_key = u if v is None else v
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
