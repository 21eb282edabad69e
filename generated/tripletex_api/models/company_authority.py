from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_authority_has_company_authority import CompanyAuthorityHasCompanyAuthority
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CompanyAuthority")


@_attrs_define
class CompanyAuthority:
    """
    Attributes:
        has_company_authority (CompanyAuthorityHasCompanyAuthority | Unset):
    """

    has_company_authority: CompanyAuthorityHasCompanyAuthority | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        has_company_authority: str | Unset = UNSET
        if not isinstance(self.has_company_authority, Unset):
            has_company_authority = self.has_company_authority.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_company_authority is not UNSET:
            field_dict["hasCompanyAuthority"] = has_company_authority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _has_company_authority = d.pop("hasCompanyAuthority", UNSET)
        has_company_authority: CompanyAuthorityHasCompanyAuthority | Unset
        if isinstance(_has_company_authority, Unset):
            has_company_authority = UNSET
        else:
            has_company_authority = CompanyAuthorityHasCompanyAuthority(_has_company_authority)

        _obj = cls(
            has_company_authority=has_company_authority,
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
