from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company_representative import CompanyRepresentative


T = TypeVar("T", bound="SignatureCombination")


@_attrs_define
class SignatureCombination:
    """
    Attributes:
        signature_combination_description (str | Unset): [read-only]
        unique_key (str | Unset): [read-only]
        company_representative_dto_list (list[CompanyRepresentative] | Unset): [read-only]
    """

    signature_combination_description: str | Unset = UNSET
    unique_key: str | Unset = UNSET
    company_representative_dto_list: list[CompanyRepresentative] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        signature_combination_description = self.signature_combination_description

        unique_key = self.unique_key

        company_representative_dto_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_representative_dto_list, Unset):
            company_representative_dto_list = []
            for company_representative_dto_list_item_data in self.company_representative_dto_list:
                company_representative_dto_list_item = company_representative_dto_list_item_data.to_dict()
                company_representative_dto_list.append(company_representative_dto_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature_combination_description is not UNSET and not _in_request:
            field_dict["signatureCombinationDescription"] = signature_combination_description
        if unique_key is not UNSET and not _in_request:
            field_dict["uniqueKey"] = unique_key
        if company_representative_dto_list is not UNSET and not _in_request:
            field_dict["companyRepresentativeDTOList"] = company_representative_dto_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.company_representative import CompanyRepresentative  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        signature_combination_description = d.pop("signatureCombinationDescription", UNSET)

        unique_key = d.pop("uniqueKey", UNSET)

        _company_representative_dto_list = d.pop("companyRepresentativeDTOList", UNSET)
        company_representative_dto_list: list[CompanyRepresentative] | Unset = UNSET
        if _company_representative_dto_list is not UNSET:
            company_representative_dto_list = []
            for company_representative_dto_list_item_data in _company_representative_dto_list:
                if company_representative_dto_list_item_data is None:
                    continue
                company_representative_dto_list_item = CompanyRepresentative.from_dict(
                    company_representative_dto_list_item_data
                )

                company_representative_dto_list.append(company_representative_dto_list_item)

        _obj = cls(
            signature_combination_description=signature_combination_description,
            unique_key=unique_key,
            company_representative_dto_list=company_representative_dto_list,
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
