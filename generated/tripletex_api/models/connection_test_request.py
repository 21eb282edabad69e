from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_test_request_credential_type import ConnectionTestRequestCredentialType
from ..models.connection_test_request_type import ConnectionTestRequestType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ConnectionTestRequest")


@_attrs_define
class ConnectionTestRequest:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type_ = d.pop("type", UNSET)
        type_: ConnectionTestRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConnectionTestRequestType(_type_)

        company_id = d.pop("companyId", UNSET)

        wholesaler_company_id = d.pop("wholesalerCompanyId", UNSET)

        _credential_type = d.pop("credentialType", UNSET)
        credential_type: ConnectionTestRequestCredentialType | Unset
        if isinstance(_credential_type, Unset):
            credential_type = UNSET
        else:
            credential_type = ConnectionTestRequestCredentialType(_credential_type)

        _obj = cls(
            type_=type_,
            company_id=company_id,
            wholesaler_company_id=wholesaler_company_id,
            credential_type=credential_type,
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
