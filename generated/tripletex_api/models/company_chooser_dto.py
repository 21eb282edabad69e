from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company_chooser_company import CompanyChooserCompany


T = TypeVar("T", bound="CompanyChooserDTO")


@_attrs_define
class CompanyChooserDTO:
    """
    Attributes:
        current_company (CompanyChooserCompany | Unset):
        has_access_to_multiple_companies (bool | Unset): [read-only]
    """

    current_company: CompanyChooserCompany | Unset = UNSET
    has_access_to_multiple_companies: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        current_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_company, Unset):
            current_company = self.current_company.to_dict()

        has_access_to_multiple_companies = self.has_access_to_multiple_companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_company is not UNSET:
            field_dict["currentCompany"] = current_company
        if has_access_to_multiple_companies is not UNSET and not _in_request:
            field_dict["hasAccessToMultipleCompanies"] = has_access_to_multiple_companies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.company_chooser_company import CompanyChooserCompany  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _current_company = d.pop("currentCompany", UNSET)
        current_company: CompanyChooserCompany | Unset
        if isinstance(_current_company, Unset):
            current_company = UNSET
        else:
            current_company = CompanyChooserCompany.from_dict(_current_company)

        has_access_to_multiple_companies = d.pop("hasAccessToMultipleCompanies", UNSET)

        _obj = cls(
            current_company=current_company,
            has_access_to_multiple_companies=has_access_to_multiple_companies,
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
