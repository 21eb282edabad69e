from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="LastVendorInvoice")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class LastVendorInvoice(LazyModel):
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
        self._tx_load()
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
        """A LastVendorInvoice from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "currencyId",
                "description",
                "vatTypeId",
                "accountId",
                "projectId",
                "productId",
                "employeeId",
                "departmentId",
                "freeDimension1Id",
                "freeDimension2Id",
                "freeDimension3Id",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "currency_id": ("currencyId", None),
            "description": ("description", None),
            "vat_type_id": ("vatTypeId", None),
            "account_id": ("accountId", None),
            "project_id": ("projectId", None),
            "product_id": ("productId", None),
            "employee_id": ("employeeId", None),
            "department_id": ("departmentId", None),
            "free_dimension_1_id": ("freeDimension1Id", None),
            "free_dimension_2_id": ("freeDimension2Id", None),
            "free_dimension_3_id": ("freeDimension3Id", None),
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
