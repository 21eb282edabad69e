from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="LastVendorInvoice")


@_attrs_define
class LastVendorInvoice:
    """
    Attributes:
        currency_id (int | Unset): [read-only]
        description (str | Unset):
        vat_type_id (int | Unset): [read-only]
        account_id (int | Unset): [read-only]
        project_id (int | Unset): [read-only]
        product_id (int | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        department_id (int | Unset): [read-only]
        free_dimension_1_id (int | Unset): [read-only]
        free_dimension_2_id (int | Unset): [read-only]
        free_dimension_3_id (int | Unset): [read-only]
    """

    currency_id: int | Unset = UNSET
    description: str | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    department_id: int | Unset = UNSET
    free_dimension_1_id: int | Unset = UNSET
    free_dimension_2_id: int | Unset = UNSET
    free_dimension_3_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        currency_id = self.currency_id

        description = self.description

        vat_type_id = self.vat_type_id

        account_id = self.account_id

        project_id = self.project_id

        product_id = self.product_id

        employee_id = self.employee_id

        department_id = self.department_id

        free_dimension_1_id = self.free_dimension_1_id

        free_dimension_2_id = self.free_dimension_2_id

        free_dimension_3_id = self.free_dimension_3_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if description is not UNSET:
            field_dict["description"] = description
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if project_id is not UNSET and not _in_request:
            field_dict["projectId"] = project_id
        if product_id is not UNSET and not _in_request:
            field_dict["productId"] = product_id
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if department_id is not UNSET and not _in_request:
            field_dict["departmentId"] = department_id
        if free_dimension_1_id is not UNSET and not _in_request:
            field_dict["freeDimension1Id"] = free_dimension_1_id
        if free_dimension_2_id is not UNSET and not _in_request:
            field_dict["freeDimension2Id"] = free_dimension_2_id
        if free_dimension_3_id is not UNSET and not _in_request:
            field_dict["freeDimension3Id"] = free_dimension_3_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        currency_id = d.pop("currencyId", UNSET)

        description = d.pop("description", UNSET)

        vat_type_id = d.pop("vatTypeId", UNSET)

        account_id = d.pop("accountId", UNSET)

        project_id = d.pop("projectId", UNSET)

        product_id = d.pop("productId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        department_id = d.pop("departmentId", UNSET)

        free_dimension_1_id = d.pop("freeDimension1Id", UNSET)

        free_dimension_2_id = d.pop("freeDimension2Id", UNSET)

        free_dimension_3_id = d.pop("freeDimension3Id", UNSET)

        _obj = cls(
            currency_id=currency_id,
            description=description,
            vat_type_id=vat_type_id,
            account_id=account_id,
            project_id=project_id,
            product_id=product_id,
            employee_id=employee_id,
            department_id=department_id,
            free_dimension_1_id=free_dimension_1_id,
            free_dimension_2_id=free_dimension_2_id,
            free_dimension_3_id=free_dimension_3_id,
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
