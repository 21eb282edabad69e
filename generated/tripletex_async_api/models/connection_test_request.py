from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_test_request_credential_type import ConnectionTestRequestCredentialType
from ..models.connection_test_request_type import ConnectionTestRequestType
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
)

T = TypeVar("T", bound="ConnectionTestRequest")


@_attrs_define
class ConnectionTestRequest(Model):
    """Connection test request

    Attributes:
        type_ (ConnectionTestRequestType | Unset): Type of connection to test: PRODUCT or CUSTOMER
        company_id (int | Unset): Company ID (required for CUSTOMER type, null for PRODUCT)
        wholesaler_company_id (int | Unset): Wholesaler company ID
        credential_type (ConnectionTestRequestCredentialType | Unset): Credential type to test: IMPORT or EXPORT (used
            for CUSTOMER type)
    """

    type_: ConnectionTestRequestType | Unset = UNSET
    company_id: int | Unset = UNSET
    wholesaler_company_id: int | Unset = UNSET
    credential_type: ConnectionTestRequestCredentialType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.wholesaler_company_id
        if _v is not UNSET:
            field_dict["wholesalerCompanyId"] = _v
        _v = self.credential_type
        if _v is not UNSET:
            field_dict["credentialType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ConnectionTestRequest from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ConnectionTestRequest.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ConnectionTestRequestType)
        _e_credential_type: dict[Any, Any] = enum_members(ConnectionTestRequestCredentialType)
        _known: frozenset[str] = frozenset(
            (
                "type",
                "companyId",
                "wholesalerCompanyId",
                "credentialType",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ConnectionTestRequestType, v)
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("wholesalerCompanyId")
                if v is None:
                    o.wholesaler_company_id = u
                    if "wholesalerCompanyId" not in d:
                        m += 1
                else:
                    o.wholesaler_company_id = v
                k = "credentialType"
                v = g("credentialType")
                if v is None:
                    o.credential_type = u
                    if "credentialType" not in d:
                        m += 1
                else:
                    o.credential_type = (
                        e_
                        if (e_ := _e_credential_type.get(v)) is not None
                        else enum_value(ConnectionTestRequestCredentialType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("type_", "type"),
            ("company_id", "companyId"),
            ("wholesaler_company_id", "wholesalerCompanyId"),
            ("credential_type", "credentialType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(ConnectionTestRequestType, v)
            )
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.wholesaler_company_id
            o.wholesaler_company_id = u if v is None else v
            v = s.credential_type
            o.credential_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_credential_type.get(v)) is not None
                else enum_value(ConnectionTestRequestCredentialType, v)
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
