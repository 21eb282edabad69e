from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_test_request_credential_type import ConnectionTestRequestCredentialType
from ..models.connection_test_request_type import ConnectionTestRequestType
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

T = TypeVar("T", bound="ConnectionTestRequest")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("type", str, False),
    ("credentialType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ConnectionTestRequest(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        company_id = self.company_id

        wholesaler_company_id = self.wholesaler_company_id

        credential_type: str | Unset = UNSET
        if not isinstance(self.credential_type, Unset):
            credential_type = self.credential_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if wholesaler_company_id is not UNSET:
            field_dict["wholesalerCompanyId"] = wholesaler_company_id
        if credential_type is not UNSET:
            field_dict["credentialType"] = credential_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ConnectionTestRequest from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_type_(_tx_v: Any) -> ConnectionTestRequestType | Unset:
            _type_ = _tx_v
            type_: ConnectionTestRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ConnectionTestRequestType(_type_)

            return type_

        def _p_credential_type(_tx_v: Any) -> ConnectionTestRequestCredentialType | Unset:
            _credential_type = _tx_v
            credential_type: ConnectionTestRequestCredentialType | Unset
            if isinstance(_credential_type, Unset):
                credential_type = UNSET
            else:
                credential_type = ConnectionTestRequestCredentialType(_credential_type)

            return credential_type

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "companyId",
                "wholesalerCompanyId",
                "credentialType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", _p_type_),
            "company_id": ("companyId", None),
            "wholesaler_company_id": ("wholesalerCompanyId", None),
            "credential_type": ("credentialType", _p_credential_type),
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
