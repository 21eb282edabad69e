from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_auth_authorized_types_item import AttestationAuthAuthorizedTypesItem
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

T = TypeVar("T", bound="AttestationAuth")


@_attrs_define
class AttestationAuth(Model):
    """
    Attributes:
        has_attestation_pro (bool | Unset):
        authorized_types (list[AttestationAuthAuthorizedTypesItem] | Unset):
    """

    has_attestation_pro: bool | Unset = UNSET
    authorized_types: list[AttestationAuthAuthorizedTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.has_attestation_pro
        if _v is not UNSET and not _in_request:
            field_dict["hasAttestationPro"] = _v
        _v = self.authorized_types
        if _v is not UNSET and not _in_request:
            field_dict["authorizedTypes"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationAuth from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AttestationAuth.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_authorized_types: dict[Any, Any] = enum_members(AttestationAuthAuthorizedTypesItem)
        _known: frozenset[str] = frozenset(
            (
                "hasAttestationPro",
                "authorizedTypes",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hasAttestationPro")
                if v is None:
                    o.has_attestation_pro = u
                    if "hasAttestationPro" not in d:
                        m += 1
                else:
                    o.has_attestation_pro = v
                k = "authorizedTypes"
                v = g("authorizedTypes")
                if v is None:
                    o.authorized_types = u
                    if "authorizedTypes" not in d:
                        m += 1
                else:
                    o.authorized_types = (
                        (
                            [
                                e_
                                if (e_ := _e_authorized_types.get(e)) is not None
                                else enum_value(AttestationAuthAuthorizedTypesItem, e)
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
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("has_attestation_pro", "hasAttestationPro"),
            ("authorized_types", "authorizedTypes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.has_attestation_pro
            o.has_attestation_pro = u if v is None else v
            v = s.authorized_types
            o.authorized_types = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_authorized_types.get(e)) is not None
                        else enum_value(AttestationAuthAuthorizedTypesItem, e)
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
