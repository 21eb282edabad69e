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

T = TypeVar("T", bound="IncomingOrderLineExternalRead")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingOrderLineExternalRead(LazyModel):
    """The invoice order lines.

    Attributes:
        external_id (str | Unset): [read-only] Client UUID.
        row (int | Unset): [read-only] Row number of the order line.
        description (str | Unset): [read-only] Description of the order line.
        account_id (int | Unset): [read-only] ID of the account.
        account_is_automated (bool | Unset): [read-only] Flag indicating if the account is automated.
        count (float | Unset): [read-only] Count of the order line.
        unit_price (float | Unset): [read-only] Unit price of the order line.
        amount_incl_vat (float | Unset): [read-only] Amount including VAT.
        amount_is_automated (bool | Unset): [read-only] Flag indicating if the amount is automated.
        amount_excl_vat (float | Unset): [read-only] Amount excluding VAT.
        amount_vat (float | Unset): [read-only] Total VAT amount.
        vat_type_id (int | Unset): [read-only] ID of the VAT type.
        vat_type_is_automated (bool | Unset): [read-only] Flag indicating if the VAT type is automated.
        department_id (int | Unset): [read-only] ID of the department.
        department_is_automated (bool | Unset): [read-only] Flag indicating if the department is automated.
        project_id (int | Unset): [read-only] ID of the project.
        project_is_automated (bool | Unset): [read-only] Flag indicating if the project is automated.
        employee_id (int | Unset): [read-only] ID of the employee.
        product_id (int | Unset): [read-only] ID of the product.
        asset_id (int | Unset): [read-only] ID of the asset.
        customer_id (int | Unset): [read-only] ID of the customer.
        vendor_id (int | Unset): [read-only] ID of the vendor.
        tax_transaction_type_id (int | Unset): [read-only] Type of tax transaction.
        quantity_amount_1 (float | Unset): [read-only] Quantity amount 1.
        product_unit_id_1 (int | Unset): [read-only] ID of the product unit 1.
        quantity_amount_2 (float | Unset): [read-only] Quantity amount 2.
        product_unit_id_2 (int | Unset): [read-only] ID of the product unit 2.
        re_invoice_on_project (bool | Unset): [read-only] Re-invoice on project flag.
        periodization_account_id (int | Unset): [read-only] Periodization Account ID.
        periodization_start_month (int | Unset): [read-only] Periodization Start Month.
        periodization_start_year (int | Unset): [read-only] Periodization Start Year.
        periodization_periods_count (int | Unset): [read-only] Number of Periodization Periods.
        budget_order_line_id (int | Unset): [read-only] ID of order line used as budget item.
        free_dimension_1_id (int | Unset): [read-only] Free dimension 1 value id.
        free_dimension_2_id (int | Unset): [read-only] Free dimension 2 value id.
        free_dimension_3_id (int | Unset): [read-only] Free dimension 3 value id.
    """

    external_id: str | Unset = UNSET
    row: int | Unset = UNSET
    description: str | Unset = UNSET
    account_id: int | Unset = UNSET
    account_is_automated: bool | Unset = UNSET
    count: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    amount_incl_vat: float | Unset = UNSET
    amount_is_automated: bool | Unset = UNSET
    amount_excl_vat: float | Unset = UNSET
    amount_vat: float | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    vat_type_is_automated: bool | Unset = UNSET
    department_id: int | Unset = UNSET
    department_is_automated: bool | Unset = UNSET
    project_id: int | Unset = UNSET
    project_is_automated: bool | Unset = UNSET
    employee_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    asset_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    tax_transaction_type_id: int | Unset = UNSET
    quantity_amount_1: float | Unset = UNSET
    product_unit_id_1: int | Unset = UNSET
    quantity_amount_2: float | Unset = UNSET
    product_unit_id_2: int | Unset = UNSET
    re_invoice_on_project: bool | Unset = UNSET
    periodization_account_id: int | Unset = UNSET
    periodization_start_month: int | Unset = UNSET
    periodization_start_year: int | Unset = UNSET
    periodization_periods_count: int | Unset = UNSET
    budget_order_line_id: int | Unset = UNSET
    free_dimension_1_id: int | Unset = UNSET
    free_dimension_2_id: int | Unset = UNSET
    free_dimension_3_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        external_id = self.external_id

        row = self.row

        description = self.description

        account_id = self.account_id

        account_is_automated = self.account_is_automated

        count = self.count

        unit_price = self.unit_price

        amount_incl_vat = self.amount_incl_vat

        amount_is_automated = self.amount_is_automated

        amount_excl_vat = self.amount_excl_vat

        amount_vat = self.amount_vat

        vat_type_id = self.vat_type_id

        vat_type_is_automated = self.vat_type_is_automated

        department_id = self.department_id

        department_is_automated = self.department_is_automated

        project_id = self.project_id

        project_is_automated = self.project_is_automated

        employee_id = self.employee_id

        product_id = self.product_id

        asset_id = self.asset_id

        customer_id = self.customer_id

        vendor_id = self.vendor_id

        tax_transaction_type_id = self.tax_transaction_type_id

        quantity_amount_1 = self.quantity_amount_1

        product_unit_id_1 = self.product_unit_id_1

        quantity_amount_2 = self.quantity_amount_2

        product_unit_id_2 = self.product_unit_id_2

        re_invoice_on_project = self.re_invoice_on_project

        periodization_account_id = self.periodization_account_id

        periodization_start_month = self.periodization_start_month

        periodization_start_year = self.periodization_start_year

        periodization_periods_count = self.periodization_periods_count

        budget_order_line_id = self.budget_order_line_id

        free_dimension_1_id = self.free_dimension_1_id

        free_dimension_2_id = self.free_dimension_2_id

        free_dimension_3_id = self.free_dimension_3_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET and not _in_request:
            field_dict["externalId"] = external_id
        if row is not UNSET and not _in_request:
            field_dict["row"] = row
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if account_is_automated is not UNSET and not _in_request:
            field_dict["accountIsAutomated"] = account_is_automated
        if count is not UNSET and not _in_request:
            field_dict["count"] = count
        if unit_price is not UNSET and not _in_request:
            field_dict["unitPrice"] = unit_price
        if amount_incl_vat is not UNSET and not _in_request:
            field_dict["amountInclVat"] = amount_incl_vat
        if amount_is_automated is not UNSET and not _in_request:
            field_dict["amountIsAutomated"] = amount_is_automated
        if amount_excl_vat is not UNSET and not _in_request:
            field_dict["amountExclVat"] = amount_excl_vat
        if amount_vat is not UNSET and not _in_request:
            field_dict["amountVat"] = amount_vat
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if vat_type_is_automated is not UNSET and not _in_request:
            field_dict["vatTypeIsAutomated"] = vat_type_is_automated
        if department_id is not UNSET and not _in_request:
            field_dict["departmentId"] = department_id
        if department_is_automated is not UNSET and not _in_request:
            field_dict["departmentIsAutomated"] = department_is_automated
        if project_id is not UNSET and not _in_request:
            field_dict["projectId"] = project_id
        if project_is_automated is not UNSET and not _in_request:
            field_dict["projectIsAutomated"] = project_is_automated
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if product_id is not UNSET and not _in_request:
            field_dict["productId"] = product_id
        if asset_id is not UNSET and not _in_request:
            field_dict["assetId"] = asset_id
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if vendor_id is not UNSET and not _in_request:
            field_dict["vendorId"] = vendor_id
        if tax_transaction_type_id is not UNSET and not _in_request:
            field_dict["taxTransactionTypeId"] = tax_transaction_type_id
        if quantity_amount_1 is not UNSET and not _in_request:
            field_dict["quantityAmount1"] = quantity_amount_1
        if product_unit_id_1 is not UNSET and not _in_request:
            field_dict["productUnitId1"] = product_unit_id_1
        if quantity_amount_2 is not UNSET and not _in_request:
            field_dict["quantityAmount2"] = quantity_amount_2
        if product_unit_id_2 is not UNSET and not _in_request:
            field_dict["productUnitId2"] = product_unit_id_2
        if re_invoice_on_project is not UNSET and not _in_request:
            field_dict["reInvoiceOnProject"] = re_invoice_on_project
        if periodization_account_id is not UNSET and not _in_request:
            field_dict["periodizationAccountId"] = periodization_account_id
        if periodization_start_month is not UNSET and not _in_request:
            field_dict["periodizationStartMonth"] = periodization_start_month
        if periodization_start_year is not UNSET and not _in_request:
            field_dict["periodizationStartYear"] = periodization_start_year
        if periodization_periods_count is not UNSET and not _in_request:
            field_dict["periodizationPeriodsCount"] = periodization_periods_count
        if budget_order_line_id is not UNSET and not _in_request:
            field_dict["budgetOrderLineId"] = budget_order_line_id
        if free_dimension_1_id is not UNSET and not _in_request:
            field_dict["freeDimension1Id"] = free_dimension_1_id
        if free_dimension_2_id is not UNSET and not _in_request:
            field_dict["freeDimension2Id"] = free_dimension_2_id
        if free_dimension_3_id is not UNSET and not _in_request:
            field_dict["freeDimension3Id"] = free_dimension_3_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingOrderLineExternalRead from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "externalId",
                "row",
                "description",
                "accountId",
                "accountIsAutomated",
                "count",
                "unitPrice",
                "amountInclVat",
                "amountIsAutomated",
                "amountExclVat",
                "amountVat",
                "vatTypeId",
                "vatTypeIsAutomated",
                "departmentId",
                "departmentIsAutomated",
                "projectId",
                "projectIsAutomated",
                "employeeId",
                "productId",
                "assetId",
                "customerId",
                "vendorId",
                "taxTransactionTypeId",
                "quantityAmount1",
                "productUnitId1",
                "quantityAmount2",
                "productUnitId2",
                "reInvoiceOnProject",
                "periodizationAccountId",
                "periodizationStartMonth",
                "periodizationStartYear",
                "periodizationPeriodsCount",
                "budgetOrderLineId",
                "freeDimension1Id",
                "freeDimension2Id",
                "freeDimension3Id",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "external_id": ("externalId", None),
            "row": ("row", None),
            "description": ("description", None),
            "account_id": ("accountId", None),
            "account_is_automated": ("accountIsAutomated", None),
            "count": ("count", None),
            "unit_price": ("unitPrice", None),
            "amount_incl_vat": ("amountInclVat", None),
            "amount_is_automated": ("amountIsAutomated", None),
            "amount_excl_vat": ("amountExclVat", None),
            "amount_vat": ("amountVat", None),
            "vat_type_id": ("vatTypeId", None),
            "vat_type_is_automated": ("vatTypeIsAutomated", None),
            "department_id": ("departmentId", None),
            "department_is_automated": ("departmentIsAutomated", None),
            "project_id": ("projectId", None),
            "project_is_automated": ("projectIsAutomated", None),
            "employee_id": ("employeeId", None),
            "product_id": ("productId", None),
            "asset_id": ("assetId", None),
            "customer_id": ("customerId", None),
            "vendor_id": ("vendorId", None),
            "tax_transaction_type_id": ("taxTransactionTypeId", None),
            "quantity_amount_1": ("quantityAmount1", None),
            "product_unit_id_1": ("productUnitId1", None),
            "quantity_amount_2": ("quantityAmount2", None),
            "product_unit_id_2": ("productUnitId2", None),
            "re_invoice_on_project": ("reInvoiceOnProject", None),
            "periodization_account_id": ("periodizationAccountId", None),
            "periodization_start_month": ("periodizationStartMonth", None),
            "periodization_start_year": ("periodizationStartYear", None),
            "periodization_periods_count": ("periodizationPeriodsCount", None),
            "budget_order_line_id": ("budgetOrderLineId", None),
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
