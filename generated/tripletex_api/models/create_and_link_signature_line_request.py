from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CreateAndLinkSignatureLineRequest")


@_attrs_define
class CreateAndLinkSignatureLineRequest:
    """Request for creating and linking a signature line

    Attributes:
        document_id (int | Unset):
        role (str | Unset):
        signer_id (int | Unset):
        year (int | Unset):
    """

    document_id: int | Unset = UNSET
    role: str | Unset = UNSET
    signer_id: int | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        document_id = self.document_id

        role = self.role

        signer_id = self.signer_id

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if role is not UNSET:
            field_dict["role"] = role
        if signer_id is not UNSET:
            field_dict["signerId"] = signer_id
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        document_id = d.pop("documentId", UNSET)

        role = d.pop("role", UNSET)

        signer_id = d.pop("signerId", UNSET)

        year = d.pop("year", UNSET)

        _obj = cls(
            document_id=document_id,
            role=role,
            signer_id=signer_id,
            year=year,
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
