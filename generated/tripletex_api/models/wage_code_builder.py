from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="WageCodeBuilder")


@_attrs_define
class WageCodeBuilder:
    """
    Attributes:
        company_id (int | Unset):
        number (str | Unset):
        name (str | Unset):
        description (str | Unset):
        inactive (bool | Unset):
        hourlist_restrict_access (bool | Unset):
        show_in_hourlist (bool | Unset):
        force_tax_percentage_deduction (bool | Unset):
    """

    company_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    inactive: bool | Unset = UNSET
    hourlist_restrict_access: bool | Unset = UNSET
    show_in_hourlist: bool | Unset = UNSET
    force_tax_percentage_deduction: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        number = self.number

        name = self.name

        description = self.description

        inactive = self.inactive

        hourlist_restrict_access = self.hourlist_restrict_access

        show_in_hourlist = self.show_in_hourlist

        force_tax_percentage_deduction = self.force_tax_percentage_deduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if hourlist_restrict_access is not UNSET:
            field_dict["hourlistRestrictAccess"] = hourlist_restrict_access
        if show_in_hourlist is not UNSET:
            field_dict["showInHourlist"] = show_in_hourlist
        if force_tax_percentage_deduction is not UNSET:
            field_dict["forceTaxPercentageDeduction"] = force_tax_percentage_deduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        inactive = d.pop("inactive", UNSET)

        hourlist_restrict_access = d.pop("hourlistRestrictAccess", UNSET)

        show_in_hourlist = d.pop("showInHourlist", UNSET)

        force_tax_percentage_deduction = d.pop("forceTaxPercentageDeduction", UNSET)

        _obj = cls(
            company_id=company_id,
            number=number,
            name=name,
            description=description,
            inactive=inactive,
            hourlist_restrict_access=hourlist_restrict_access,
            show_in_hourlist=show_in_hourlist,
            force_tax_percentage_deduction=force_tax_percentage_deduction,
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
