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

T = TypeVar("T", bound="GeneralLedgerPosting")


@_attrs_define
class GeneralLedgerPosting(Model):
    """
    Attributes:
        posting_ids (list[int] | Unset):
        postings_key (str | Unset):
        voucher_id (int | Unset):
        voucher_number (str | Unset):
        voucher_url (str | Unset):
        posting_date (str | Unset):
        description (str | Unset):
        description_count (int | Unset):
        vat_type_id (int | Unset):
        vat_number (str | Unset):
        vat_type_name_short (str | Unset):
        vat_percentage (float | Unset):
        amount (float | Unset):
        currency (str | Unset):
        amount_currency (float | Unset):
        amount_vat (float | Unset):
        close_group_ids (list[int] | Unset):
        department_ids (list[int] | Unset):
        department_name (str | Unset):
        department_number (str | Unset):
        department_name_for_export (str | Unset):
        department_url (str | Unset):
        project_ids (list[int] | Unset):
        project_name (str | Unset):
        project_number (str | Unset):
        project_name_for_export (str | Unset):
        project_url (str | Unset):
        supplier_ids (list[int] | Unset):
        supplier_number (str | Unset):
        supplier_name (str | Unset):
        supplier_url (str | Unset):
        customer_ids (list[int] | Unset):
        customer_number (str | Unset):
        customer_name (str | Unset):
        customer_url (str | Unset):
        employee_ids (list[int] | Unset):
        employee_number (str | Unset):
        employee_name (str | Unset):
        employee_url (str | Unset):
        product_ids (list[int] | Unset):
        product_number (str | Unset):
        product_name (str | Unset):
        product_url (str | Unset):
        product_name_for_export (str | Unset):
        is_closed (bool | Unset):
        term_of_payment_date (str | Unset):
        invoice_number (str | Unset):
        has_attachment (bool | Unset):
        asset_ids (list[int] | Unset):
        asset_name (str | Unset):
        asset_url (str | Unset):
        tax_transaction_types (list[str] | Unset):
        tax_transaction_type_name (str | Unset):
        quantity_amount_1 (float | Unset):
        product_unit_id_1 (int | Unset):
        product_unit_1_name (str | Unset):
        quantity_amount_2 (float | Unset):
        product_unit_id_2 (int | Unset):
        product_unit_2_name (str | Unset):
        last_comment (str | Unset):
        free_dimension_1_ids (list[int] | Unset):
        free_dimension_1_number (str | Unset):
        free_dimension_1_name (str | Unset):
        free_dimension_1_name_for_export (str | Unset):
        free_dimension_1_url (str | Unset):
        free_dimension_2_ids (list[int] | Unset):
        free_dimension_2_number (str | Unset):
        free_dimension_2_name (str | Unset):
        free_dimension_2_name_for_export (str | Unset):
        free_dimension_2_url (str | Unset):
        free_dimension_3_ids (list[int] | Unset):
        free_dimension_3_number (str | Unset):
        free_dimension_3_name (str | Unset):
        free_dimension_3_name_for_export (str | Unset):
        free_dimension_3_url (str | Unset):
    """

    posting_ids: list[int] | Unset = UNSET
    postings_key: str | Unset = UNSET
    voucher_id: int | Unset = UNSET
    voucher_number: str | Unset = UNSET
    voucher_url: str | Unset = UNSET
    posting_date: str | Unset = UNSET
    description: str | Unset = UNSET
    description_count: int | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    vat_number: str | Unset = UNSET
    vat_type_name_short: str | Unset = UNSET
    vat_percentage: float | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    amount_vat: float | Unset = UNSET
    close_group_ids: list[int] | Unset = UNSET
    department_ids: list[int] | Unset = UNSET
    department_name: str | Unset = UNSET
    department_number: str | Unset = UNSET
    department_name_for_export: str | Unset = UNSET
    department_url: str | Unset = UNSET
    project_ids: list[int] | Unset = UNSET
    project_name: str | Unset = UNSET
    project_number: str | Unset = UNSET
    project_name_for_export: str | Unset = UNSET
    project_url: str | Unset = UNSET
    supplier_ids: list[int] | Unset = UNSET
    supplier_number: str | Unset = UNSET
    supplier_name: str | Unset = UNSET
    supplier_url: str | Unset = UNSET
    customer_ids: list[int] | Unset = UNSET
    customer_number: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_url: str | Unset = UNSET
    employee_ids: list[int] | Unset = UNSET
    employee_number: str | Unset = UNSET
    employee_name: str | Unset = UNSET
    employee_url: str | Unset = UNSET
    product_ids: list[int] | Unset = UNSET
    product_number: str | Unset = UNSET
    product_name: str | Unset = UNSET
    product_url: str | Unset = UNSET
    product_name_for_export: str | Unset = UNSET
    is_closed: bool | Unset = UNSET
    term_of_payment_date: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    asset_name: str | Unset = UNSET
    asset_url: str | Unset = UNSET
    tax_transaction_types: list[str] | Unset = UNSET
    tax_transaction_type_name: str | Unset = UNSET
    quantity_amount_1: float | Unset = UNSET
    product_unit_id_1: int | Unset = UNSET
    product_unit_1_name: str | Unset = UNSET
    quantity_amount_2: float | Unset = UNSET
    product_unit_id_2: int | Unset = UNSET
    product_unit_2_name: str | Unset = UNSET
    last_comment: str | Unset = UNSET
    free_dimension_1_ids: list[int] | Unset = UNSET
    free_dimension_1_number: str | Unset = UNSET
    free_dimension_1_name: str | Unset = UNSET
    free_dimension_1_name_for_export: str | Unset = UNSET
    free_dimension_1_url: str | Unset = UNSET
    free_dimension_2_ids: list[int] | Unset = UNSET
    free_dimension_2_number: str | Unset = UNSET
    free_dimension_2_name: str | Unset = UNSET
    free_dimension_2_name_for_export: str | Unset = UNSET
    free_dimension_2_url: str | Unset = UNSET
    free_dimension_3_ids: list[int] | Unset = UNSET
    free_dimension_3_number: str | Unset = UNSET
    free_dimension_3_name: str | Unset = UNSET
    free_dimension_3_name_for_export: str | Unset = UNSET
    free_dimension_3_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.posting_ids
        if _v is not UNSET and not _in_request:
            field_dict["postingIds"] = _v
        _v = self.postings_key
        if _v is not UNSET and not _in_request:
            field_dict["postingsKey"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.voucher_url
        if _v is not UNSET and not _in_request:
            field_dict["voucherUrl"] = _v
        _v = self.posting_date
        if _v is not UNSET and not _in_request:
            field_dict["postingDate"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.description_count
        if _v is not UNSET and not _in_request:
            field_dict["descriptionCount"] = _v
        _v = self.vat_type_id
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeId"] = _v
        _v = self.vat_number
        if _v is not UNSET and not _in_request:
            field_dict["vatNumber"] = _v
        _v = self.vat_type_name_short
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeNameShort"] = _v
        _v = self.vat_percentage
        if _v is not UNSET and not _in_request:
            field_dict["vatPercentage"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.currency
        if _v is not UNSET and not _in_request:
            field_dict["currency"] = _v
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.amount_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountVat"] = _v
        _v = self.close_group_ids
        if _v is not UNSET and not _in_request:
            field_dict["closeGroupIds"] = _v
        _v = self.department_ids
        if _v is not UNSET and not _in_request:
            field_dict["departmentIds"] = _v
        _v = self.department_name
        if _v is not UNSET and not _in_request:
            field_dict["departmentName"] = _v
        _v = self.department_number
        if _v is not UNSET and not _in_request:
            field_dict["departmentNumber"] = _v
        _v = self.department_name_for_export
        if _v is not UNSET:
            field_dict["departmentNameForExport"] = _v
        _v = self.department_url
        if _v is not UNSET and not _in_request:
            field_dict["departmentUrl"] = _v
        _v = self.project_ids
        if _v is not UNSET and not _in_request:
            field_dict["projectIds"] = _v
        _v = self.project_name
        if _v is not UNSET and not _in_request:
            field_dict["projectName"] = _v
        _v = self.project_number
        if _v is not UNSET and not _in_request:
            field_dict["projectNumber"] = _v
        _v = self.project_name_for_export
        if _v is not UNSET:
            field_dict["projectNameForExport"] = _v
        _v = self.project_url
        if _v is not UNSET and not _in_request:
            field_dict["projectUrl"] = _v
        _v = self.supplier_ids
        if _v is not UNSET and not _in_request:
            field_dict["supplierIds"] = _v
        _v = self.supplier_number
        if _v is not UNSET and not _in_request:
            field_dict["supplierNumber"] = _v
        _v = self.supplier_name
        if _v is not UNSET and not _in_request:
            field_dict["supplierName"] = _v
        _v = self.supplier_url
        if _v is not UNSET and not _in_request:
            field_dict["supplierUrl"] = _v
        _v = self.customer_ids
        if _v is not UNSET and not _in_request:
            field_dict["customerIds"] = _v
        _v = self.customer_number
        if _v is not UNSET and not _in_request:
            field_dict["customerNumber"] = _v
        _v = self.customer_name
        if _v is not UNSET and not _in_request:
            field_dict["customerName"] = _v
        _v = self.customer_url
        if _v is not UNSET and not _in_request:
            field_dict["customerUrl"] = _v
        _v = self.employee_ids
        if _v is not UNSET and not _in_request:
            field_dict["employeeIds"] = _v
        _v = self.employee_number
        if _v is not UNSET and not _in_request:
            field_dict["employeeNumber"] = _v
        _v = self.employee_name
        if _v is not UNSET and not _in_request:
            field_dict["employeeName"] = _v
        _v = self.employee_url
        if _v is not UNSET and not _in_request:
            field_dict["employeeUrl"] = _v
        _v = self.product_ids
        if _v is not UNSET and not _in_request:
            field_dict["productIds"] = _v
        _v = self.product_number
        if _v is not UNSET and not _in_request:
            field_dict["productNumber"] = _v
        _v = self.product_name
        if _v is not UNSET and not _in_request:
            field_dict["productName"] = _v
        _v = self.product_url
        if _v is not UNSET and not _in_request:
            field_dict["productUrl"] = _v
        _v = self.product_name_for_export
        if _v is not UNSET:
            field_dict["productNameForExport"] = _v
        _v = self.is_closed
        if _v is not UNSET and not _in_request:
            field_dict["isClosed"] = _v
        _v = self.term_of_payment_date
        if _v is not UNSET and not _in_request:
            field_dict["termOfPaymentDate"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.has_attachment
        if _v is not UNSET and not _in_request:
            field_dict["hasAttachment"] = _v
        _v = self.asset_ids
        if _v is not UNSET and not _in_request:
            field_dict["assetIds"] = _v
        _v = self.asset_name
        if _v is not UNSET and not _in_request:
            field_dict["assetName"] = _v
        _v = self.asset_url
        if _v is not UNSET and not _in_request:
            field_dict["assetUrl"] = _v
        _v = self.tax_transaction_types
        if _v is not UNSET and not _in_request:
            field_dict["taxTransactionTypes"] = _v
        _v = self.tax_transaction_type_name
        if _v is not UNSET and not _in_request:
            field_dict["taxTransactionTypeName"] = _v
        _v = self.quantity_amount_1
        if _v is not UNSET and not _in_request:
            field_dict["quantityAmount1"] = _v
        _v = self.product_unit_id_1
        if _v is not UNSET and not _in_request:
            field_dict["productUnitId1"] = _v
        _v = self.product_unit_1_name
        if _v is not UNSET and not _in_request:
            field_dict["productUnit1Name"] = _v
        _v = self.quantity_amount_2
        if _v is not UNSET and not _in_request:
            field_dict["quantityAmount2"] = _v
        _v = self.product_unit_id_2
        if _v is not UNSET and not _in_request:
            field_dict["productUnitId2"] = _v
        _v = self.product_unit_2_name
        if _v is not UNSET and not _in_request:
            field_dict["productUnit2Name"] = _v
        _v = self.last_comment
        if _v is not UNSET and not _in_request:
            field_dict["lastComment"] = _v
        _v = self.free_dimension_1_ids
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Ids"] = _v
        _v = self.free_dimension_1_number
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Number"] = _v
        _v = self.free_dimension_1_name
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Name"] = _v
        _v = self.free_dimension_1_name_for_export
        if _v is not UNSET:
            field_dict["freeDimension1NameForExport"] = _v
        _v = self.free_dimension_1_url
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Url"] = _v
        _v = self.free_dimension_2_ids
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Ids"] = _v
        _v = self.free_dimension_2_number
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Number"] = _v
        _v = self.free_dimension_2_name
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Name"] = _v
        _v = self.free_dimension_2_name_for_export
        if _v is not UNSET:
            field_dict["freeDimension2NameForExport"] = _v
        _v = self.free_dimension_2_url
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Url"] = _v
        _v = self.free_dimension_3_ids
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Ids"] = _v
        _v = self.free_dimension_3_number
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Number"] = _v
        _v = self.free_dimension_3_name
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Name"] = _v
        _v = self.free_dimension_3_name_for_export
        if _v is not UNSET:
            field_dict["freeDimension3NameForExport"] = _v
        _v = self.free_dimension_3_url
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerPosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GeneralLedgerPosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "postingIds",
                "postingsKey",
                "voucherId",
                "voucherNumber",
                "voucherUrl",
                "postingDate",
                "description",
                "descriptionCount",
                "vatTypeId",
                "vatNumber",
                "vatTypeNameShort",
                "vatPercentage",
                "amount",
                "currency",
                "amountCurrency",
                "amountVat",
                "closeGroupIds",
                "departmentIds",
                "departmentName",
                "departmentNumber",
                "departmentNameForExport",
                "departmentUrl",
                "projectIds",
                "projectName",
                "projectNumber",
                "projectNameForExport",
                "projectUrl",
                "supplierIds",
                "supplierNumber",
                "supplierName",
                "supplierUrl",
                "customerIds",
                "customerNumber",
                "customerName",
                "customerUrl",
                "employeeIds",
                "employeeNumber",
                "employeeName",
                "employeeUrl",
                "productIds",
                "productNumber",
                "productName",
                "productUrl",
                "productNameForExport",
                "isClosed",
                "termOfPaymentDate",
                "invoiceNumber",
                "hasAttachment",
                "assetIds",
                "assetName",
                "assetUrl",
                "taxTransactionTypes",
                "taxTransactionTypeName",
                "quantityAmount1",
                "productUnitId1",
                "productUnit1Name",
                "quantityAmount2",
                "productUnitId2",
                "productUnit2Name",
                "lastComment",
                "freeDimension1Ids",
                "freeDimension1Number",
                "freeDimension1Name",
                "freeDimension1NameForExport",
                "freeDimension1Url",
                "freeDimension2Ids",
                "freeDimension2Number",
                "freeDimension2Name",
                "freeDimension2NameForExport",
                "freeDimension2Url",
                "freeDimension3Ids",
                "freeDimension3Number",
                "freeDimension3Name",
                "freeDimension3NameForExport",
                "freeDimension3Url",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "postingsKey": "postings_key",
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "voucherUrl": "voucher_url",
            "postingDate": "posting_date",
            "description": "description",
            "descriptionCount": "description_count",
            "vatTypeId": "vat_type_id",
            "vatNumber": "vat_number",
            "vatTypeNameShort": "vat_type_name_short",
            "vatPercentage": "vat_percentage",
            "amount": "amount",
            "currency": "currency",
            "amountCurrency": "amount_currency",
            "amountVat": "amount_vat",
            "departmentName": "department_name",
            "departmentNumber": "department_number",
            "departmentNameForExport": "department_name_for_export",
            "departmentUrl": "department_url",
            "projectName": "project_name",
            "projectNumber": "project_number",
            "projectNameForExport": "project_name_for_export",
            "projectUrl": "project_url",
            "supplierNumber": "supplier_number",
            "supplierName": "supplier_name",
            "supplierUrl": "supplier_url",
            "customerNumber": "customer_number",
            "customerName": "customer_name",
            "customerUrl": "customer_url",
            "employeeNumber": "employee_number",
            "employeeName": "employee_name",
            "employeeUrl": "employee_url",
            "productNumber": "product_number",
            "productName": "product_name",
            "productUrl": "product_url",
            "productNameForExport": "product_name_for_export",
            "isClosed": "is_closed",
            "termOfPaymentDate": "term_of_payment_date",
            "invoiceNumber": "invoice_number",
            "hasAttachment": "has_attachment",
            "assetName": "asset_name",
            "assetUrl": "asset_url",
            "taxTransactionTypeName": "tax_transaction_type_name",
            "quantityAmount1": "quantity_amount_1",
            "productUnitId1": "product_unit_id_1",
            "productUnit1Name": "product_unit_1_name",
            "quantityAmount2": "quantity_amount_2",
            "productUnitId2": "product_unit_id_2",
            "productUnit2Name": "product_unit_2_name",
            "lastComment": "last_comment",
            "freeDimension1Number": "free_dimension_1_number",
            "freeDimension1Name": "free_dimension_1_name",
            "freeDimension1NameForExport": "free_dimension_1_name_for_export",
            "freeDimension1Url": "free_dimension_1_url",
            "freeDimension2Number": "free_dimension_2_number",
            "freeDimension2Name": "free_dimension_2_name",
            "freeDimension2NameForExport": "free_dimension_2_name_for_export",
            "freeDimension2Url": "free_dimension_2_url",
            "freeDimension3Number": "free_dimension_3_number",
            "freeDimension3Name": "free_dimension_3_name",
            "freeDimension3NameForExport": "free_dimension_3_name_for_export",
            "freeDimension3Url": "free_dimension_3_url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 25 and _sparse_keys.issuperset(d):
                    o.posting_ids = o.postings_key = o.voucher_id = o.voucher_number = o.voucher_url = (
                        o.posting_date
                    ) = o.description = o.description_count = o.vat_type_id = o.vat_number = o.vat_type_name_short = (
                        o.vat_percentage
                    ) = o.amount = o.currency = o.amount_currency = o.amount_vat = o.close_group_ids = (
                        o.department_ids
                    ) = o.department_name = o.department_number = o.department_name_for_export = o.department_url = (
                        o.project_ids
                    ) = o.project_name = o.project_number = o.project_name_for_export = o.project_url = (
                        o.supplier_ids
                    ) = o.supplier_number = o.supplier_name = o.supplier_url = o.customer_ids = o.customer_number = (
                        o.customer_name
                    ) = o.customer_url = o.employee_ids = o.employee_number = o.employee_name = o.employee_url = (
                        o.product_ids
                    ) = o.product_number = o.product_name = o.product_url = o.product_name_for_export = o.is_closed = (
                        o.term_of_payment_date
                    ) = o.invoice_number = o.has_attachment = o.asset_ids = o.asset_name = o.asset_url = (
                        o.tax_transaction_types
                    ) = o.tax_transaction_type_name = o.quantity_amount_1 = o.product_unit_id_1 = (
                        o.product_unit_1_name
                    ) = o.quantity_amount_2 = o.product_unit_id_2 = o.product_unit_2_name = o.last_comment = (
                        o.free_dimension_1_ids
                    ) = o.free_dimension_1_number = o.free_dimension_1_name = o.free_dimension_1_name_for_export = (
                        o.free_dimension_1_url
                    ) = o.free_dimension_2_ids = o.free_dimension_2_number = o.free_dimension_2_name = (
                        o.free_dimension_2_name_for_export
                    ) = o.free_dimension_2_url = o.free_dimension_3_ids = o.free_dimension_3_number = (
                        o.free_dimension_3_name
                    ) = o.free_dimension_3_name_for_export = o.free_dimension_3_url = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "postingIds"
                v = g("postingIds")
                if v is None:
                    o.posting_ids = u
                    if "postingIds" not in d:
                        m += 1
                else:
                    o.posting_ids = v
                v = g("postingsKey")
                if v is None:
                    o.postings_key = u
                    if "postingsKey" not in d:
                        m += 1
                else:
                    o.postings_key = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("voucherUrl")
                if v is None:
                    o.voucher_url = u
                    if "voucherUrl" not in d:
                        m += 1
                else:
                    o.voucher_url = v
                v = g("postingDate")
                if v is None:
                    o.posting_date = u
                    if "postingDate" not in d:
                        m += 1
                else:
                    o.posting_date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("descriptionCount")
                if v is None:
                    o.description_count = u
                    if "descriptionCount" not in d:
                        m += 1
                else:
                    o.description_count = v
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("vatNumber")
                if v is None:
                    o.vat_number = u
                    if "vatNumber" not in d:
                        m += 1
                else:
                    o.vat_number = v
                v = g("vatTypeNameShort")
                if v is None:
                    o.vat_type_name_short = u
                    if "vatTypeNameShort" not in d:
                        m += 1
                else:
                    o.vat_type_name_short = v
                v = g("vatPercentage")
                if v is None:
                    o.vat_percentage = u
                    if "vatPercentage" not in d:
                        m += 1
                else:
                    o.vat_percentage = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("amountVat")
                if v is None:
                    o.amount_vat = u
                    if "amountVat" not in d:
                        m += 1
                else:
                    o.amount_vat = v
                k = "closeGroupIds"
                v = g("closeGroupIds")
                if v is None:
                    o.close_group_ids = u
                    if "closeGroupIds" not in d:
                        m += 1
                else:
                    o.close_group_ids = v
                k = "departmentIds"
                v = g("departmentIds")
                if v is None:
                    o.department_ids = u
                    if "departmentIds" not in d:
                        m += 1
                else:
                    o.department_ids = v
                v = g("departmentName")
                if v is None:
                    o.department_name = u
                    if "departmentName" not in d:
                        m += 1
                else:
                    o.department_name = v
                v = g("departmentNumber")
                if v is None:
                    o.department_number = u
                    if "departmentNumber" not in d:
                        m += 1
                else:
                    o.department_number = v
                v = g("departmentNameForExport")
                if v is None:
                    o.department_name_for_export = u
                    if "departmentNameForExport" not in d:
                        m += 1
                else:
                    o.department_name_for_export = v
                v = g("departmentUrl")
                if v is None:
                    o.department_url = u
                    if "departmentUrl" not in d:
                        m += 1
                else:
                    o.department_url = v
                k = "projectIds"
                v = g("projectIds")
                if v is None:
                    o.project_ids = u
                    if "projectIds" not in d:
                        m += 1
                else:
                    o.project_ids = v
                v = g("projectName")
                if v is None:
                    o.project_name = u
                    if "projectName" not in d:
                        m += 1
                else:
                    o.project_name = v
                v = g("projectNumber")
                if v is None:
                    o.project_number = u
                    if "projectNumber" not in d:
                        m += 1
                else:
                    o.project_number = v
                v = g("projectNameForExport")
                if v is None:
                    o.project_name_for_export = u
                    if "projectNameForExport" not in d:
                        m += 1
                else:
                    o.project_name_for_export = v
                v = g("projectUrl")
                if v is None:
                    o.project_url = u
                    if "projectUrl" not in d:
                        m += 1
                else:
                    o.project_url = v
                k = "supplierIds"
                v = g("supplierIds")
                if v is None:
                    o.supplier_ids = u
                    if "supplierIds" not in d:
                        m += 1
                else:
                    o.supplier_ids = v
                v = g("supplierNumber")
                if v is None:
                    o.supplier_number = u
                    if "supplierNumber" not in d:
                        m += 1
                else:
                    o.supplier_number = v
                v = g("supplierName")
                if v is None:
                    o.supplier_name = u
                    if "supplierName" not in d:
                        m += 1
                else:
                    o.supplier_name = v
                v = g("supplierUrl")
                if v is None:
                    o.supplier_url = u
                    if "supplierUrl" not in d:
                        m += 1
                else:
                    o.supplier_url = v
                k = "customerIds"
                v = g("customerIds")
                if v is None:
                    o.customer_ids = u
                    if "customerIds" not in d:
                        m += 1
                else:
                    o.customer_ids = v
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("customerName")
                if v is None:
                    o.customer_name = u
                    if "customerName" not in d:
                        m += 1
                else:
                    o.customer_name = v
                v = g("customerUrl")
                if v is None:
                    o.customer_url = u
                    if "customerUrl" not in d:
                        m += 1
                else:
                    o.customer_url = v
                k = "employeeIds"
                v = g("employeeIds")
                if v is None:
                    o.employee_ids = u
                    if "employeeIds" not in d:
                        m += 1
                else:
                    o.employee_ids = v
                v = g("employeeNumber")
                if v is None:
                    o.employee_number = u
                    if "employeeNumber" not in d:
                        m += 1
                else:
                    o.employee_number = v
                v = g("employeeName")
                if v is None:
                    o.employee_name = u
                    if "employeeName" not in d:
                        m += 1
                else:
                    o.employee_name = v
                v = g("employeeUrl")
                if v is None:
                    o.employee_url = u
                    if "employeeUrl" not in d:
                        m += 1
                else:
                    o.employee_url = v
                k = "productIds"
                v = g("productIds")
                if v is None:
                    o.product_ids = u
                    if "productIds" not in d:
                        m += 1
                else:
                    o.product_ids = v
                v = g("productNumber")
                if v is None:
                    o.product_number = u
                    if "productNumber" not in d:
                        m += 1
                else:
                    o.product_number = v
                v = g("productName")
                if v is None:
                    o.product_name = u
                    if "productName" not in d:
                        m += 1
                else:
                    o.product_name = v
                v = g("productUrl")
                if v is None:
                    o.product_url = u
                    if "productUrl" not in d:
                        m += 1
                else:
                    o.product_url = v
                v = g("productNameForExport")
                if v is None:
                    o.product_name_for_export = u
                    if "productNameForExport" not in d:
                        m += 1
                else:
                    o.product_name_for_export = v
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                v = g("termOfPaymentDate")
                if v is None:
                    o.term_of_payment_date = u
                    if "termOfPaymentDate" not in d:
                        m += 1
                else:
                    o.term_of_payment_date = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("hasAttachment")
                if v is None:
                    o.has_attachment = u
                    if "hasAttachment" not in d:
                        m += 1
                else:
                    o.has_attachment = v
                k = "assetIds"
                v = g("assetIds")
                if v is None:
                    o.asset_ids = u
                    if "assetIds" not in d:
                        m += 1
                else:
                    o.asset_ids = v
                v = g("assetName")
                if v is None:
                    o.asset_name = u
                    if "assetName" not in d:
                        m += 1
                else:
                    o.asset_name = v
                v = g("assetUrl")
                if v is None:
                    o.asset_url = u
                    if "assetUrl" not in d:
                        m += 1
                else:
                    o.asset_url = v
                k = "taxTransactionTypes"
                v = g("taxTransactionTypes")
                if v is None:
                    o.tax_transaction_types = u
                    if "taxTransactionTypes" not in d:
                        m += 1
                else:
                    o.tax_transaction_types = v
                v = g("taxTransactionTypeName")
                if v is None:
                    o.tax_transaction_type_name = u
                    if "taxTransactionTypeName" not in d:
                        m += 1
                else:
                    o.tax_transaction_type_name = v
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
                v = g("productUnit1Name")
                if v is None:
                    o.product_unit_1_name = u
                    if "productUnit1Name" not in d:
                        m += 1
                else:
                    o.product_unit_1_name = v
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
                v = g("productUnit2Name")
                if v is None:
                    o.product_unit_2_name = u
                    if "productUnit2Name" not in d:
                        m += 1
                else:
                    o.product_unit_2_name = v
                v = g("lastComment")
                if v is None:
                    o.last_comment = u
                    if "lastComment" not in d:
                        m += 1
                else:
                    o.last_comment = v
                k = "freeDimension1Ids"
                v = g("freeDimension1Ids")
                if v is None:
                    o.free_dimension_1_ids = u
                    if "freeDimension1Ids" not in d:
                        m += 1
                else:
                    o.free_dimension_1_ids = v
                v = g("freeDimension1Number")
                if v is None:
                    o.free_dimension_1_number = u
                    if "freeDimension1Number" not in d:
                        m += 1
                else:
                    o.free_dimension_1_number = v
                v = g("freeDimension1Name")
                if v is None:
                    o.free_dimension_1_name = u
                    if "freeDimension1Name" not in d:
                        m += 1
                else:
                    o.free_dimension_1_name = v
                v = g("freeDimension1NameForExport")
                if v is None:
                    o.free_dimension_1_name_for_export = u
                    if "freeDimension1NameForExport" not in d:
                        m += 1
                else:
                    o.free_dimension_1_name_for_export = v
                v = g("freeDimension1Url")
                if v is None:
                    o.free_dimension_1_url = u
                    if "freeDimension1Url" not in d:
                        m += 1
                else:
                    o.free_dimension_1_url = v
                k = "freeDimension2Ids"
                v = g("freeDimension2Ids")
                if v is None:
                    o.free_dimension_2_ids = u
                    if "freeDimension2Ids" not in d:
                        m += 1
                else:
                    o.free_dimension_2_ids = v
                v = g("freeDimension2Number")
                if v is None:
                    o.free_dimension_2_number = u
                    if "freeDimension2Number" not in d:
                        m += 1
                else:
                    o.free_dimension_2_number = v
                v = g("freeDimension2Name")
                if v is None:
                    o.free_dimension_2_name = u
                    if "freeDimension2Name" not in d:
                        m += 1
                else:
                    o.free_dimension_2_name = v
                v = g("freeDimension2NameForExport")
                if v is None:
                    o.free_dimension_2_name_for_export = u
                    if "freeDimension2NameForExport" not in d:
                        m += 1
                else:
                    o.free_dimension_2_name_for_export = v
                v = g("freeDimension2Url")
                if v is None:
                    o.free_dimension_2_url = u
                    if "freeDimension2Url" not in d:
                        m += 1
                else:
                    o.free_dimension_2_url = v
                k = "freeDimension3Ids"
                v = g("freeDimension3Ids")
                if v is None:
                    o.free_dimension_3_ids = u
                    if "freeDimension3Ids" not in d:
                        m += 1
                else:
                    o.free_dimension_3_ids = v
                v = g("freeDimension3Number")
                if v is None:
                    o.free_dimension_3_number = u
                    if "freeDimension3Number" not in d:
                        m += 1
                else:
                    o.free_dimension_3_number = v
                v = g("freeDimension3Name")
                if v is None:
                    o.free_dimension_3_name = u
                    if "freeDimension3Name" not in d:
                        m += 1
                else:
                    o.free_dimension_3_name = v
                v = g("freeDimension3NameForExport")
                if v is None:
                    o.free_dimension_3_name_for_export = u
                    if "freeDimension3NameForExport" not in d:
                        m += 1
                else:
                    o.free_dimension_3_name_for_export = v
                v = g("freeDimension3Url")
                if v is None:
                    o.free_dimension_3_url = u
                    if "freeDimension3Url" not in d:
                        m += 1
                else:
                    o.free_dimension_3_url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 75 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("posting_ids", "postingIds"),
            ("postings_key", "postingsKey"),
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("voucher_url", "voucherUrl"),
            ("posting_date", "postingDate"),
            ("description", "description"),
            ("description_count", "descriptionCount"),
            ("vat_type_id", "vatTypeId"),
            ("vat_number", "vatNumber"),
            ("vat_type_name_short", "vatTypeNameShort"),
            ("vat_percentage", "vatPercentage"),
            ("amount", "amount"),
            ("currency", "currency"),
            ("amount_currency", "amountCurrency"),
            ("amount_vat", "amountVat"),
            ("close_group_ids", "closeGroupIds"),
            ("department_ids", "departmentIds"),
            ("department_name", "departmentName"),
            ("department_number", "departmentNumber"),
            ("department_name_for_export", "departmentNameForExport"),
            ("department_url", "departmentUrl"),
            ("project_ids", "projectIds"),
            ("project_name", "projectName"),
            ("project_number", "projectNumber"),
            ("project_name_for_export", "projectNameForExport"),
            ("project_url", "projectUrl"),
            ("supplier_ids", "supplierIds"),
            ("supplier_number", "supplierNumber"),
            ("supplier_name", "supplierName"),
            ("supplier_url", "supplierUrl"),
            ("customer_ids", "customerIds"),
            ("customer_number", "customerNumber"),
            ("customer_name", "customerName"),
            ("customer_url", "customerUrl"),
            ("employee_ids", "employeeIds"),
            ("employee_number", "employeeNumber"),
            ("employee_name", "employeeName"),
            ("employee_url", "employeeUrl"),
            ("product_ids", "productIds"),
            ("product_number", "productNumber"),
            ("product_name", "productName"),
            ("product_url", "productUrl"),
            ("product_name_for_export", "productNameForExport"),
            ("is_closed", "isClosed"),
            ("term_of_payment_date", "termOfPaymentDate"),
            ("invoice_number", "invoiceNumber"),
            ("has_attachment", "hasAttachment"),
            ("asset_ids", "assetIds"),
            ("asset_name", "assetName"),
            ("asset_url", "assetUrl"),
            ("tax_transaction_types", "taxTransactionTypes"),
            ("tax_transaction_type_name", "taxTransactionTypeName"),
            ("quantity_amount_1", "quantityAmount1"),
            ("product_unit_id_1", "productUnitId1"),
            ("product_unit_1_name", "productUnit1Name"),
            ("quantity_amount_2", "quantityAmount2"),
            ("product_unit_id_2", "productUnitId2"),
            ("product_unit_2_name", "productUnit2Name"),
            ("last_comment", "lastComment"),
            ("free_dimension_1_ids", "freeDimension1Ids"),
            ("free_dimension_1_number", "freeDimension1Number"),
            ("free_dimension_1_name", "freeDimension1Name"),
            ("free_dimension_1_name_for_export", "freeDimension1NameForExport"),
            ("free_dimension_1_url", "freeDimension1Url"),
            ("free_dimension_2_ids", "freeDimension2Ids"),
            ("free_dimension_2_number", "freeDimension2Number"),
            ("free_dimension_2_name", "freeDimension2Name"),
            ("free_dimension_2_name_for_export", "freeDimension2NameForExport"),
            ("free_dimension_2_url", "freeDimension2Url"),
            ("free_dimension_3_ids", "freeDimension3Ids"),
            ("free_dimension_3_number", "freeDimension3Number"),
            ("free_dimension_3_name", "freeDimension3Name"),
            ("free_dimension_3_name_for_export", "freeDimension3NameForExport"),
            ("free_dimension_3_url", "freeDimension3Url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.posting_ids
            o.posting_ids = u if v is None or v is u else v
            v = s.postings_key
            o.postings_key = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_url
            o.voucher_url = u if v is None else v
            v = s.posting_date
            o.posting_date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.description_count
            o.description_count = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.vat_number
            o.vat_number = u if v is None else v
            v = s.vat_type_name_short
            o.vat_type_name_short = u if v is None else v
            v = s.vat_percentage
            o.vat_percentage = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.currency
            o.currency = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.amount_vat
            o.amount_vat = u if v is None else v
            v = s.close_group_ids
            o.close_group_ids = u if v is None or v is u else v
            v = s.department_ids
            o.department_ids = u if v is None or v is u else v
            v = s.department_name
            o.department_name = u if v is None else v
            v = s.department_number
            o.department_number = u if v is None else v
            v = s.department_name_for_export
            o.department_name_for_export = u if v is None else v
            v = s.department_url
            o.department_url = u if v is None else v
            v = s.project_ids
            o.project_ids = u if v is None or v is u else v
            v = s.project_name
            o.project_name = u if v is None else v
            v = s.project_number
            o.project_number = u if v is None else v
            v = s.project_name_for_export
            o.project_name_for_export = u if v is None else v
            v = s.project_url
            o.project_url = u if v is None else v
            v = s.supplier_ids
            o.supplier_ids = u if v is None or v is u else v
            v = s.supplier_number
            o.supplier_number = u if v is None else v
            v = s.supplier_name
            o.supplier_name = u if v is None else v
            v = s.supplier_url
            o.supplier_url = u if v is None else v
            v = s.customer_ids
            o.customer_ids = u if v is None or v is u else v
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.customer_name
            o.customer_name = u if v is None else v
            v = s.customer_url
            o.customer_url = u if v is None else v
            v = s.employee_ids
            o.employee_ids = u if v is None or v is u else v
            v = s.employee_number
            o.employee_number = u if v is None else v
            v = s.employee_name
            o.employee_name = u if v is None else v
            v = s.employee_url
            o.employee_url = u if v is None else v
            v = s.product_ids
            o.product_ids = u if v is None or v is u else v
            v = s.product_number
            o.product_number = u if v is None else v
            v = s.product_name
            o.product_name = u if v is None else v
            v = s.product_url
            o.product_url = u if v is None else v
            v = s.product_name_for_export
            o.product_name_for_export = u if v is None else v
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.term_of_payment_date
            o.term_of_payment_date = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.has_attachment
            o.has_attachment = u if v is None else v
            v = s.asset_ids
            o.asset_ids = u if v is None or v is u else v
            v = s.asset_name
            o.asset_name = u if v is None else v
            v = s.asset_url
            o.asset_url = u if v is None else v
            v = s.tax_transaction_types
            o.tax_transaction_types = u if v is None or v is u else v
            v = s.tax_transaction_type_name
            o.tax_transaction_type_name = u if v is None else v
            v = s.quantity_amount_1
            o.quantity_amount_1 = u if v is None else v
            v = s.product_unit_id_1
            o.product_unit_id_1 = u if v is None else v
            v = s.product_unit_1_name
            o.product_unit_1_name = u if v is None else v
            v = s.quantity_amount_2
            o.quantity_amount_2 = u if v is None else v
            v = s.product_unit_id_2
            o.product_unit_id_2 = u if v is None else v
            v = s.product_unit_2_name
            o.product_unit_2_name = u if v is None else v
            v = s.last_comment
            o.last_comment = u if v is None else v
            v = s.free_dimension_1_ids
            o.free_dimension_1_ids = u if v is None or v is u else v
            v = s.free_dimension_1_number
            o.free_dimension_1_number = u if v is None else v
            v = s.free_dimension_1_name
            o.free_dimension_1_name = u if v is None else v
            v = s.free_dimension_1_name_for_export
            o.free_dimension_1_name_for_export = u if v is None else v
            v = s.free_dimension_1_url
            o.free_dimension_1_url = u if v is None else v
            v = s.free_dimension_2_ids
            o.free_dimension_2_ids = u if v is None or v is u else v
            v = s.free_dimension_2_number
            o.free_dimension_2_number = u if v is None else v
            v = s.free_dimension_2_name
            o.free_dimension_2_name = u if v is None else v
            v = s.free_dimension_2_name_for_export
            o.free_dimension_2_name_for_export = u if v is None else v
            v = s.free_dimension_2_url
            o.free_dimension_2_url = u if v is None else v
            v = s.free_dimension_3_ids
            o.free_dimension_3_ids = u if v is None or v is u else v
            v = s.free_dimension_3_number
            o.free_dimension_3_number = u if v is None else v
            v = s.free_dimension_3_name
            o.free_dimension_3_name = u if v is None else v
            v = s.free_dimension_3_name_for_export
            o.free_dimension_3_name_for_export = u if v is None else v
            v = s.free_dimension_3_url
            o.free_dimension_3_url = u if v is None else v
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
