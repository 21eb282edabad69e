from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProductBuilder")


@_attrs_define
class ProductBuilder:
    """
    Attributes:
        company_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        el_number (int | Unset):
        number (int | Unset):
        vat_type (int | Unset):
        product_unit_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    el_number: int | Unset = UNSET
    number: int | Unset = UNSET
    vat_type: int | Unset = UNSET
    product_unit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        name = self.name

        description = self.description

        el_number = self.el_number

        number = self.number

        vat_type = self.vat_type

        product_unit_id = self.product_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if el_number is not UNSET:
            field_dict["elNumber"] = el_number
        if number is not UNSET:
            field_dict["number"] = number
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if product_unit_id is not UNSET:
            field_dict["productUnitId"] = product_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        el_number = d.pop("elNumber", UNSET)

        number = d.pop("number", UNSET)

        vat_type = d.pop("vatType", UNSET)

        product_unit_id = d.pop("productUnitId", UNSET)

        _obj = cls(
            company_id=company_id,
            name=name,
            description=description,
            el_number=el_number,
            number=number,
            vat_type=vat_type,
            product_unit_id=product_unit_id,
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
