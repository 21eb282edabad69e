from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="IncomingOrderLineExternalRead")


@_attrs_define
class IncomingOrderLineExternalRead(Model):
    """The invoice order lines.

    Attributes:
        external_id (str | Unset): Client UUID.
        row (int | Unset): Row number of the order line.
        description (str | Unset): Description of the order line.
        account_id (int | Unset): ID of the account.
        account_is_automated (bool | Unset): Flag indicating if the account is automated.
        count (float | Unset): Count of the order line.
        unit_price (float | Unset): Unit price of the order line.
        amount_incl_vat (float | Unset): Amount including VAT.
        amount_is_automated (bool | Unset): Flag indicating if the amount is automated.
        amount_excl_vat (float | Unset): Amount excluding VAT.
        amount_vat (float | Unset): Total VAT amount.
        vat_type_id (int | Unset): ID of the VAT type.
        vat_type_is_automated (bool | Unset): Flag indicating if the VAT type is automated.
        department_id (int | Unset): ID of the department.
        department_is_automated (bool | Unset): Flag indicating if the department is automated.
        project_id (int | Unset): ID of the project.
        project_is_automated (bool | Unset): Flag indicating if the project is automated.
        employee_id (int | Unset): ID of the employee.
        product_id (int | Unset): ID of the product.
        asset_id (int | Unset): ID of the asset.
        customer_id (int | Unset): ID of the customer.
        vendor_id (int | Unset): ID of the vendor.
        tax_transaction_type_id (int | Unset): Type of tax transaction.
        quantity_amount_1 (float | Unset): Quantity amount 1.
        product_unit_id_1 (int | Unset): ID of the product unit 1.
        quantity_amount_2 (float | Unset): Quantity amount 2.
        product_unit_id_2 (int | Unset): ID of the product unit 2.
        re_invoice_on_project (bool | Unset): Re-invoice on project flag.
        periodization_account_id (int | Unset): Periodization Account ID.
        periodization_start_month (int | Unset): Periodization Start Month.
        periodization_start_year (int | Unset): Periodization Start Year.
        periodization_periods_count (int | Unset): Number of Periodization Periods.
        budget_order_line_id (int | Unset): ID of order line used as budget item.
        free_dimension_1_id (int | Unset): Free dimension 1 value id.
        free_dimension_2_id (int | Unset): Free dimension 2 value id.
        free_dimension_3_id (int | Unset): Free dimension 3 value id.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.external_id
        if _v is not UNSET and not _in_request:
            field_dict["externalId"] = _v
        _v = self.row
        if _v is not UNSET and not _in_request:
            field_dict["row"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.account_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["accountIsAutomated"] = _v
        _v = self.count
        if _v is not UNSET and not _in_request:
            field_dict["count"] = _v
        _v = self.unit_price
        if _v is not UNSET and not _in_request:
            field_dict["unitPrice"] = _v
        _v = self.amount_incl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountInclVat"] = _v
        _v = self.amount_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["amountIsAutomated"] = _v
        _v = self.amount_excl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountExclVat"] = _v
        _v = self.amount_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountVat"] = _v
        _v = self.vat_type_id
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeId"] = _v
        _v = self.vat_type_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeIsAutomated"] = _v
        _v = self.department_id
        if _v is not UNSET and not _in_request:
            field_dict["departmentId"] = _v
        _v = self.department_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["departmentIsAutomated"] = _v
        _v = self.project_id
        if _v is not UNSET and not _in_request:
            field_dict["projectId"] = _v
        _v = self.project_is_automated
        if _v is not UNSET and not _in_request:
            field_dict["projectIsAutomated"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.product_id
        if _v is not UNSET and not _in_request:
            field_dict["productId"] = _v
        _v = self.asset_id
        if _v is not UNSET and not _in_request:
            field_dict["assetId"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.vendor_id
        if _v is not UNSET and not _in_request:
            field_dict["vendorId"] = _v
        _v = self.tax_transaction_type_id
        if _v is not UNSET and not _in_request:
            field_dict["taxTransactionTypeId"] = _v
        _v = self.quantity_amount_1
        if _v is not UNSET and not _in_request:
            field_dict["quantityAmount1"] = _v
        _v = self.product_unit_id_1
        if _v is not UNSET and not _in_request:
            field_dict["productUnitId1"] = _v
        _v = self.quantity_amount_2
        if _v is not UNSET and not _in_request:
            field_dict["quantityAmount2"] = _v
        _v = self.product_unit_id_2
        if _v is not UNSET and not _in_request:
            field_dict["productUnitId2"] = _v
        _v = self.re_invoice_on_project
        if _v is not UNSET and not _in_request:
            field_dict["reInvoiceOnProject"] = _v
        _v = self.periodization_account_id
        if _v is not UNSET and not _in_request:
            field_dict["periodizationAccountId"] = _v
        _v = self.periodization_start_month
        if _v is not UNSET and not _in_request:
            field_dict["periodizationStartMonth"] = _v
        _v = self.periodization_start_year
        if _v is not UNSET and not _in_request:
            field_dict["periodizationStartYear"] = _v
        _v = self.periodization_periods_count
        if _v is not UNSET and not _in_request:
            field_dict["periodizationPeriodsCount"] = _v
        _v = self.budget_order_line_id
        if _v is not UNSET and not _in_request:
            field_dict["budgetOrderLineId"] = _v
        _v = self.free_dimension_1_id
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Id"] = _v
        _v = self.free_dimension_2_id
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Id"] = _v
        _v = self.free_dimension_3_id
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Id"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingOrderLineExternalRead from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingOrderLineExternalRead.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "externalId": "external_id",
            "row": "row",
            "description": "description",
            "accountId": "account_id",
            "accountIsAutomated": "account_is_automated",
            "count": "count",
            "unitPrice": "unit_price",
            "amountInclVat": "amount_incl_vat",
            "amountIsAutomated": "amount_is_automated",
            "amountExclVat": "amount_excl_vat",
            "amountVat": "amount_vat",
            "vatTypeId": "vat_type_id",
            "vatTypeIsAutomated": "vat_type_is_automated",
            "departmentId": "department_id",
            "departmentIsAutomated": "department_is_automated",
            "projectId": "project_id",
            "projectIsAutomated": "project_is_automated",
            "employeeId": "employee_id",
            "productId": "product_id",
            "assetId": "asset_id",
            "customerId": "customer_id",
            "vendorId": "vendor_id",
            "taxTransactionTypeId": "tax_transaction_type_id",
            "quantityAmount1": "quantity_amount_1",
            "productUnitId1": "product_unit_id_1",
            "quantityAmount2": "quantity_amount_2",
            "productUnitId2": "product_unit_id_2",
            "reInvoiceOnProject": "re_invoice_on_project",
            "periodizationAccountId": "periodization_account_id",
            "periodizationStartMonth": "periodization_start_month",
            "periodizationStartYear": "periodization_start_year",
            "periodizationPeriodsCount": "periodization_periods_count",
            "budgetOrderLineId": "budget_order_line_id",
            "freeDimension1Id": "free_dimension_1_id",
            "freeDimension2Id": "free_dimension_2_id",
            "freeDimension3Id": "free_dimension_3_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 12 and _sparse_keys.issuperset(d):
                    o.external_id = o.row = o.description = o.account_id = o.account_is_automated = o.count = (
                        o.unit_price
                    ) = o.amount_incl_vat = o.amount_is_automated = o.amount_excl_vat = o.amount_vat = o.vat_type_id = (
                        o.vat_type_is_automated
                    ) = o.department_id = o.department_is_automated = o.project_id = o.project_is_automated = (
                        o.employee_id
                    ) = o.product_id = o.asset_id = o.customer_id = o.vendor_id = o.tax_transaction_type_id = (
                        o.quantity_amount_1
                    ) = o.product_unit_id_1 = o.quantity_amount_2 = o.product_unit_id_2 = o.re_invoice_on_project = (
                        o.periodization_account_id
                    ) = o.periodization_start_month = o.periodization_start_year = o.periodization_periods_count = (
                        o.budget_order_line_id
                    ) = o.free_dimension_1_id = o.free_dimension_2_id = o.free_dimension_3_id = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("externalId")
                if v is None:
                    o.external_id = u
                    if "externalId" not in d:
                        m += 1
                else:
                    o.external_id = v
                v = g("row")
                if v is None:
                    o.row = u
                    if "row" not in d:
                        m += 1
                else:
                    o.row = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("accountIsAutomated")
                if v is None:
                    o.account_is_automated = u
                    if "accountIsAutomated" not in d:
                        m += 1
                else:
                    o.account_is_automated = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("unitPrice")
                if v is None:
                    o.unit_price = u
                    if "unitPrice" not in d:
                        m += 1
                else:
                    o.unit_price = v
                v = g("amountInclVat")
                if v is None:
                    o.amount_incl_vat = u
                    if "amountInclVat" not in d:
                        m += 1
                else:
                    o.amount_incl_vat = v
                v = g("amountIsAutomated")
                if v is None:
                    o.amount_is_automated = u
                    if "amountIsAutomated" not in d:
                        m += 1
                else:
                    o.amount_is_automated = v
                v = g("amountExclVat")
                if v is None:
                    o.amount_excl_vat = u
                    if "amountExclVat" not in d:
                        m += 1
                else:
                    o.amount_excl_vat = v
                v = g("amountVat")
                if v is None:
                    o.amount_vat = u
                    if "amountVat" not in d:
                        m += 1
                else:
                    o.amount_vat = v
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("vatTypeIsAutomated")
                if v is None:
                    o.vat_type_is_automated = u
                    if "vatTypeIsAutomated" not in d:
                        m += 1
                else:
                    o.vat_type_is_automated = v
                v = g("departmentId")
                if v is None:
                    o.department_id = u
                    if "departmentId" not in d:
                        m += 1
                else:
                    o.department_id = v
                v = g("departmentIsAutomated")
                if v is None:
                    o.department_is_automated = u
                    if "departmentIsAutomated" not in d:
                        m += 1
                else:
                    o.department_is_automated = v
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("projectIsAutomated")
                if v is None:
                    o.project_is_automated = u
                    if "projectIsAutomated" not in d:
                        m += 1
                else:
                    o.project_is_automated = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("productId")
                if v is None:
                    o.product_id = u
                    if "productId" not in d:
                        m += 1
                else:
                    o.product_id = v
                v = g("assetId")
                if v is None:
                    o.asset_id = u
                    if "assetId" not in d:
                        m += 1
                else:
                    o.asset_id = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("taxTransactionTypeId")
                if v is None:
                    o.tax_transaction_type_id = u
                    if "taxTransactionTypeId" not in d:
                        m += 1
                else:
                    o.tax_transaction_type_id = v
                v = g("quantityAmount1")
                if v is None:
                    o.quantity_amount_1 = u
                    if "quantityAmount1" not in d:
                        m += 1
                else:
                    o.quantity_amount_1 = v
                v = g("productUnitId1")
                if v is None:
                    o.product_unit_id_1 = u
                    if "productUnitId1" not in d:
                        m += 1
                else:
                    o.product_unit_id_1 = v
                v = g("quantityAmount2")
                if v is None:
                    o.quantity_amount_2 = u
                    if "quantityAmount2" not in d:
                        m += 1
                else:
                    o.quantity_amount_2 = v
                v = g("productUnitId2")
                if v is None:
                    o.product_unit_id_2 = u
                    if "productUnitId2" not in d:
                        m += 1
                else:
                    o.product_unit_id_2 = v
                v = g("reInvoiceOnProject")
                if v is None:
                    o.re_invoice_on_project = u
                    if "reInvoiceOnProject" not in d:
                        m += 1
                else:
                    o.re_invoice_on_project = v
                v = g("periodizationAccountId")
                if v is None:
                    o.periodization_account_id = u
                    if "periodizationAccountId" not in d:
                        m += 1
                else:
                    o.periodization_account_id = v
                v = g("periodizationStartMonth")
                if v is None:
                    o.periodization_start_month = u
                    if "periodizationStartMonth" not in d:
                        m += 1
                else:
                    o.periodization_start_month = v
                v = g("periodizationStartYear")
                if v is None:
                    o.periodization_start_year = u
                    if "periodizationStartYear" not in d:
                        m += 1
                else:
                    o.periodization_start_year = v
                v = g("periodizationPeriodsCount")
                if v is None:
                    o.periodization_periods_count = u
                    if "periodizationPeriodsCount" not in d:
                        m += 1
                else:
                    o.periodization_periods_count = v
                v = g("budgetOrderLineId")
                if v is None:
                    o.budget_order_line_id = u
                    if "budgetOrderLineId" not in d:
                        m += 1
                else:
                    o.budget_order_line_id = v
                v = g("freeDimension1Id")
                if v is None:
                    o.free_dimension_1_id = u
                    if "freeDimension1Id" not in d:
                        m += 1
                else:
                    o.free_dimension_1_id = v
                v = g("freeDimension2Id")
                if v is None:
                    o.free_dimension_2_id = u
                    if "freeDimension2Id" not in d:
                        m += 1
                else:
                    o.free_dimension_2_id = v
                v = g("freeDimension3Id")
                if v is None:
                    o.free_dimension_3_id = u
                    if "freeDimension3Id" not in d:
                        m += 1
                else:
                    o.free_dimension_3_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 36 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("external_id", "externalId"),
            ("row", "row"),
            ("description", "description"),
            ("account_id", "accountId"),
            ("account_is_automated", "accountIsAutomated"),
            ("count", "count"),
            ("unit_price", "unitPrice"),
            ("amount_incl_vat", "amountInclVat"),
            ("amount_is_automated", "amountIsAutomated"),
            ("amount_excl_vat", "amountExclVat"),
            ("amount_vat", "amountVat"),
            ("vat_type_id", "vatTypeId"),
            ("vat_type_is_automated", "vatTypeIsAutomated"),
            ("department_id", "departmentId"),
            ("department_is_automated", "departmentIsAutomated"),
            ("project_id", "projectId"),
            ("project_is_automated", "projectIsAutomated"),
            ("employee_id", "employeeId"),
            ("product_id", "productId"),
            ("asset_id", "assetId"),
            ("customer_id", "customerId"),
            ("vendor_id", "vendorId"),
            ("tax_transaction_type_id", "taxTransactionTypeId"),
            ("quantity_amount_1", "quantityAmount1"),
            ("product_unit_id_1", "productUnitId1"),
            ("quantity_amount_2", "quantityAmount2"),
            ("product_unit_id_2", "productUnitId2"),
            ("re_invoice_on_project", "reInvoiceOnProject"),
            ("periodization_account_id", "periodizationAccountId"),
            ("periodization_start_month", "periodizationStartMonth"),
            ("periodization_start_year", "periodizationStartYear"),
            ("periodization_periods_count", "periodizationPeriodsCount"),
            ("budget_order_line_id", "budgetOrderLineId"),
            ("free_dimension_1_id", "freeDimension1Id"),
            ("free_dimension_2_id", "freeDimension2Id"),
            ("free_dimension_3_id", "freeDimension3Id"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.external_id
            o.external_id = u if v is None else v
            v = s.row
            o.row = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.account_is_automated
            o.account_is_automated = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.unit_price
            o.unit_price = u if v is None else v
            v = s.amount_incl_vat
            o.amount_incl_vat = u if v is None else v
            v = s.amount_is_automated
            o.amount_is_automated = u if v is None else v
            v = s.amount_excl_vat
            o.amount_excl_vat = u if v is None else v
            v = s.amount_vat
            o.amount_vat = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.vat_type_is_automated
            o.vat_type_is_automated = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.department_is_automated
            o.department_is_automated = u if v is None else v
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.project_is_automated
            o.project_is_automated = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.product_id
            o.product_id = u if v is None else v
            v = s.asset_id
            o.asset_id = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.tax_transaction_type_id
            o.tax_transaction_type_id = u if v is None else v
            v = s.quantity_amount_1
            o.quantity_amount_1 = u if v is None else v
            v = s.product_unit_id_1
            o.product_unit_id_1 = u if v is None else v
            v = s.quantity_amount_2
            o.quantity_amount_2 = u if v is None else v
            v = s.product_unit_id_2
            o.product_unit_id_2 = u if v is None else v
            v = s.re_invoice_on_project
            o.re_invoice_on_project = u if v is None else v
            v = s.periodization_account_id
            o.periodization_account_id = u if v is None else v
            v = s.periodization_start_month
            o.periodization_start_month = u if v is None else v
            v = s.periodization_start_year
            o.periodization_start_year = u if v is None else v
            v = s.periodization_periods_count
            o.periodization_periods_count = u if v is None else v
            v = s.budget_order_line_id
            o.budget_order_line_id = u if v is None else v
            v = s.free_dimension_1_id
            o.free_dimension_1_id = u if v is None else v
            v = s.free_dimension_2_id
            o.free_dimension_2_id = u if v is None else v
            v = s.free_dimension_3_id
            o.free_dimension_3_id = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
