from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="GeneralLedgerPosting")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("postingIds", list, False),
    ("closeGroupIds", list, False),
    ("departmentIds", list, False),
    ("projectIds", list, False),
    ("supplierIds", list, False),
    ("customerIds", list, False),
    ("employeeIds", list, False),
    ("productIds", list, False),
    ("assetIds", list, False),
    ("taxTransactionTypes", list, False),
    ("freeDimension1Ids", list, False),
    ("freeDimension2Ids", list, False),
    ("freeDimension3Ids", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class GeneralLedgerPosting(LazyModel):
    """
    Attributes:
        posting_ids (list[int] | Unset): [read-only]
        postings_key (str | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        voucher_number (str | Unset): [read-only]
        voucher_url (str | Unset): [read-only]
        posting_date (str | Unset): [read-only]
        description (str | Unset): [read-only]
        description_count (int | Unset): [read-only]
        vat_type_id (int | Unset): [read-only]
        vat_number (str | Unset): [read-only]
        vat_type_name_short (str | Unset): [read-only]
        vat_percentage (float | Unset): [read-only]
        amount (float | Unset): [read-only]
        currency (str | Unset): [read-only]
        amount_currency (float | Unset): [read-only]
        amount_vat (float | Unset): [read-only]
        close_group_ids (list[int] | Unset): [read-only]
        department_ids (list[int] | Unset): [read-only]
        department_name (str | Unset): [read-only]
        department_number (str | Unset): [read-only]
        department_name_for_export (str | Unset):
        department_url (str | Unset): [read-only]
        project_ids (list[int] | Unset): [read-only]
        project_name (str | Unset): [read-only]
        project_number (str | Unset): [read-only]
        project_name_for_export (str | Unset):
        project_url (str | Unset): [read-only]
        supplier_ids (list[int] | Unset): [read-only]
        supplier_number (str | Unset): [read-only]
        supplier_name (str | Unset): [read-only]
        supplier_url (str | Unset): [read-only]
        customer_ids (list[int] | Unset): [read-only]
        customer_number (str | Unset): [read-only]
        customer_name (str | Unset): [read-only]
        customer_url (str | Unset): [read-only]
        employee_ids (list[int] | Unset): [read-only]
        employee_number (str | Unset): [read-only]
        employee_name (str | Unset): [read-only]
        employee_url (str | Unset): [read-only]
        product_ids (list[int] | Unset): [read-only]
        product_number (str | Unset): [read-only]
        product_name (str | Unset): [read-only]
        product_url (str | Unset): [read-only]
        product_name_for_export (str | Unset):
        is_closed (bool | Unset): [read-only]
        term_of_payment_date (str | Unset): [read-only]
        invoice_number (str | Unset): [read-only]
        has_attachment (bool | Unset): [read-only]
        asset_ids (list[int] | Unset): [read-only]
        asset_name (str | Unset): [read-only]
        asset_url (str | Unset): [read-only]
        tax_transaction_types (list[str] | Unset): [read-only]
        tax_transaction_type_name (str | Unset): [read-only]
        quantity_amount_1 (float | Unset): [read-only]
        product_unit_id_1 (int | Unset): [read-only]
        product_unit_1_name (str | Unset): [read-only]
        quantity_amount_2 (float | Unset): [read-only]
        product_unit_id_2 (int | Unset): [read-only]
        product_unit_2_name (str | Unset): [read-only]
        last_comment (str | Unset): [read-only]
        free_dimension_1_ids (list[int] | Unset): [read-only]
        free_dimension_1_number (str | Unset): [read-only]
        free_dimension_1_name (str | Unset): [read-only]
        free_dimension_1_name_for_export (str | Unset):
        free_dimension_1_url (str | Unset): [read-only]
        free_dimension_2_ids (list[int] | Unset): [read-only]
        free_dimension_2_number (str | Unset): [read-only]
        free_dimension_2_name (str | Unset): [read-only]
        free_dimension_2_name_for_export (str | Unset):
        free_dimension_2_url (str | Unset): [read-only]
        free_dimension_3_ids (list[int] | Unset): [read-only]
        free_dimension_3_number (str | Unset): [read-only]
        free_dimension_3_name (str | Unset): [read-only]
        free_dimension_3_name_for_export (str | Unset):
        free_dimension_3_url (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        posting_ids: list[int] | Unset = UNSET
        if not isinstance(self.posting_ids, Unset):
            posting_ids = self.posting_ids

        postings_key = self.postings_key

        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        voucher_url = self.voucher_url

        posting_date = self.posting_date

        description = self.description

        description_count = self.description_count

        vat_type_id = self.vat_type_id

        vat_number = self.vat_number

        vat_type_name_short = self.vat_type_name_short

        vat_percentage = self.vat_percentage

        amount = self.amount

        currency = self.currency

        amount_currency = self.amount_currency

        amount_vat = self.amount_vat

        close_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.close_group_ids, Unset):
            close_group_ids = self.close_group_ids

        department_ids: list[int] | Unset = UNSET
        if not isinstance(self.department_ids, Unset):
            department_ids = self.department_ids

        department_name = self.department_name

        department_number = self.department_number

        department_name_for_export = self.department_name_for_export

        department_url = self.department_url

        project_ids: list[int] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids

        project_name = self.project_name

        project_number = self.project_number

        project_name_for_export = self.project_name_for_export

        project_url = self.project_url

        supplier_ids: list[int] | Unset = UNSET
        if not isinstance(self.supplier_ids, Unset):
            supplier_ids = self.supplier_ids

        supplier_number = self.supplier_number

        supplier_name = self.supplier_name

        supplier_url = self.supplier_url

        customer_ids: list[int] | Unset = UNSET
        if not isinstance(self.customer_ids, Unset):
            customer_ids = self.customer_ids

        customer_number = self.customer_number

        customer_name = self.customer_name

        customer_url = self.customer_url

        employee_ids: list[int] | Unset = UNSET
        if not isinstance(self.employee_ids, Unset):
            employee_ids = self.employee_ids

        employee_number = self.employee_number

        employee_name = self.employee_name

        employee_url = self.employee_url

        product_ids: list[int] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = self.product_ids

        product_number = self.product_number

        product_name = self.product_name

        product_url = self.product_url

        product_name_for_export = self.product_name_for_export

        is_closed = self.is_closed

        term_of_payment_date = self.term_of_payment_date

        invoice_number = self.invoice_number

        has_attachment = self.has_attachment

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        asset_name = self.asset_name

        asset_url = self.asset_url

        tax_transaction_types: list[str] | Unset = UNSET
        if not isinstance(self.tax_transaction_types, Unset):
            tax_transaction_types = self.tax_transaction_types

        tax_transaction_type_name = self.tax_transaction_type_name

        quantity_amount_1 = self.quantity_amount_1

        product_unit_id_1 = self.product_unit_id_1

        product_unit_1_name = self.product_unit_1_name

        quantity_amount_2 = self.quantity_amount_2

        product_unit_id_2 = self.product_unit_id_2

        product_unit_2_name = self.product_unit_2_name

        last_comment = self.last_comment

        free_dimension_1_ids: list[int] | Unset = UNSET
        if not isinstance(self.free_dimension_1_ids, Unset):
            free_dimension_1_ids = self.free_dimension_1_ids

        free_dimension_1_number = self.free_dimension_1_number

        free_dimension_1_name = self.free_dimension_1_name

        free_dimension_1_name_for_export = self.free_dimension_1_name_for_export

        free_dimension_1_url = self.free_dimension_1_url

        free_dimension_2_ids: list[int] | Unset = UNSET
        if not isinstance(self.free_dimension_2_ids, Unset):
            free_dimension_2_ids = self.free_dimension_2_ids

        free_dimension_2_number = self.free_dimension_2_number

        free_dimension_2_name = self.free_dimension_2_name

        free_dimension_2_name_for_export = self.free_dimension_2_name_for_export

        free_dimension_2_url = self.free_dimension_2_url

        free_dimension_3_ids: list[int] | Unset = UNSET
        if not isinstance(self.free_dimension_3_ids, Unset):
            free_dimension_3_ids = self.free_dimension_3_ids

        free_dimension_3_number = self.free_dimension_3_number

        free_dimension_3_name = self.free_dimension_3_name

        free_dimension_3_name_for_export = self.free_dimension_3_name_for_export

        free_dimension_3_url = self.free_dimension_3_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if posting_ids is not UNSET and not _in_request:
            field_dict["postingIds"] = posting_ids
        if postings_key is not UNSET and not _in_request:
            field_dict["postingsKey"] = postings_key
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_url is not UNSET and not _in_request:
            field_dict["voucherUrl"] = voucher_url
        if posting_date is not UNSET and not _in_request:
            field_dict["postingDate"] = posting_date
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if description_count is not UNSET and not _in_request:
            field_dict["descriptionCount"] = description_count
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if vat_number is not UNSET and not _in_request:
            field_dict["vatNumber"] = vat_number
        if vat_type_name_short is not UNSET and not _in_request:
            field_dict["vatTypeNameShort"] = vat_type_name_short
        if vat_percentage is not UNSET and not _in_request:
            field_dict["vatPercentage"] = vat_percentage
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if currency is not UNSET and not _in_request:
            field_dict["currency"] = currency
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if amount_vat is not UNSET and not _in_request:
            field_dict["amountVat"] = amount_vat
        if close_group_ids is not UNSET and not _in_request:
            field_dict["closeGroupIds"] = close_group_ids
        if department_ids is not UNSET and not _in_request:
            field_dict["departmentIds"] = department_ids
        if department_name is not UNSET and not _in_request:
            field_dict["departmentName"] = department_name
        if department_number is not UNSET and not _in_request:
            field_dict["departmentNumber"] = department_number
        if department_name_for_export is not UNSET:
            field_dict["departmentNameForExport"] = department_name_for_export
        if department_url is not UNSET and not _in_request:
            field_dict["departmentUrl"] = department_url
        if project_ids is not UNSET and not _in_request:
            field_dict["projectIds"] = project_ids
        if project_name is not UNSET and not _in_request:
            field_dict["projectName"] = project_name
        if project_number is not UNSET and not _in_request:
            field_dict["projectNumber"] = project_number
        if project_name_for_export is not UNSET:
            field_dict["projectNameForExport"] = project_name_for_export
        if project_url is not UNSET and not _in_request:
            field_dict["projectUrl"] = project_url
        if supplier_ids is not UNSET and not _in_request:
            field_dict["supplierIds"] = supplier_ids
        if supplier_number is not UNSET and not _in_request:
            field_dict["supplierNumber"] = supplier_number
        if supplier_name is not UNSET and not _in_request:
            field_dict["supplierName"] = supplier_name
        if supplier_url is not UNSET and not _in_request:
            field_dict["supplierUrl"] = supplier_url
        if customer_ids is not UNSET and not _in_request:
            field_dict["customerIds"] = customer_ids
        if customer_number is not UNSET and not _in_request:
            field_dict["customerNumber"] = customer_number
        if customer_name is not UNSET and not _in_request:
            field_dict["customerName"] = customer_name
        if customer_url is not UNSET and not _in_request:
            field_dict["customerUrl"] = customer_url
        if employee_ids is not UNSET and not _in_request:
            field_dict["employeeIds"] = employee_ids
        if employee_number is not UNSET and not _in_request:
            field_dict["employeeNumber"] = employee_number
        if employee_name is not UNSET and not _in_request:
            field_dict["employeeName"] = employee_name
        if employee_url is not UNSET and not _in_request:
            field_dict["employeeUrl"] = employee_url
        if product_ids is not UNSET and not _in_request:
            field_dict["productIds"] = product_ids
        if product_number is not UNSET and not _in_request:
            field_dict["productNumber"] = product_number
        if product_name is not UNSET and not _in_request:
            field_dict["productName"] = product_name
        if product_url is not UNSET and not _in_request:
            field_dict["productUrl"] = product_url
        if product_name_for_export is not UNSET:
            field_dict["productNameForExport"] = product_name_for_export
        if is_closed is not UNSET and not _in_request:
            field_dict["isClosed"] = is_closed
        if term_of_payment_date is not UNSET and not _in_request:
            field_dict["termOfPaymentDate"] = term_of_payment_date
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if has_attachment is not UNSET and not _in_request:
            field_dict["hasAttachment"] = has_attachment
        if asset_ids is not UNSET and not _in_request:
            field_dict["assetIds"] = asset_ids
        if asset_name is not UNSET and not _in_request:
            field_dict["assetName"] = asset_name
        if asset_url is not UNSET and not _in_request:
            field_dict["assetUrl"] = asset_url
        if tax_transaction_types is not UNSET and not _in_request:
            field_dict["taxTransactionTypes"] = tax_transaction_types
        if tax_transaction_type_name is not UNSET and not _in_request:
            field_dict["taxTransactionTypeName"] = tax_transaction_type_name
        if quantity_amount_1 is not UNSET and not _in_request:
            field_dict["quantityAmount1"] = quantity_amount_1
        if product_unit_id_1 is not UNSET and not _in_request:
            field_dict["productUnitId1"] = product_unit_id_1
        if product_unit_1_name is not UNSET and not _in_request:
            field_dict["productUnit1Name"] = product_unit_1_name
        if quantity_amount_2 is not UNSET and not _in_request:
            field_dict["quantityAmount2"] = quantity_amount_2
        if product_unit_id_2 is not UNSET and not _in_request:
            field_dict["productUnitId2"] = product_unit_id_2
        if product_unit_2_name is not UNSET and not _in_request:
            field_dict["productUnit2Name"] = product_unit_2_name
        if last_comment is not UNSET and not _in_request:
            field_dict["lastComment"] = last_comment
        if free_dimension_1_ids is not UNSET and not _in_request:
            field_dict["freeDimension1Ids"] = free_dimension_1_ids
        if free_dimension_1_number is not UNSET and not _in_request:
            field_dict["freeDimension1Number"] = free_dimension_1_number
        if free_dimension_1_name is not UNSET and not _in_request:
            field_dict["freeDimension1Name"] = free_dimension_1_name
        if free_dimension_1_name_for_export is not UNSET:
            field_dict["freeDimension1NameForExport"] = free_dimension_1_name_for_export
        if free_dimension_1_url is not UNSET and not _in_request:
            field_dict["freeDimension1Url"] = free_dimension_1_url
        if free_dimension_2_ids is not UNSET and not _in_request:
            field_dict["freeDimension2Ids"] = free_dimension_2_ids
        if free_dimension_2_number is not UNSET and not _in_request:
            field_dict["freeDimension2Number"] = free_dimension_2_number
        if free_dimension_2_name is not UNSET and not _in_request:
            field_dict["freeDimension2Name"] = free_dimension_2_name
        if free_dimension_2_name_for_export is not UNSET:
            field_dict["freeDimension2NameForExport"] = free_dimension_2_name_for_export
        if free_dimension_2_url is not UNSET and not _in_request:
            field_dict["freeDimension2Url"] = free_dimension_2_url
        if free_dimension_3_ids is not UNSET and not _in_request:
            field_dict["freeDimension3Ids"] = free_dimension_3_ids
        if free_dimension_3_number is not UNSET and not _in_request:
            field_dict["freeDimension3Number"] = free_dimension_3_number
        if free_dimension_3_name is not UNSET and not _in_request:
            field_dict["freeDimension3Name"] = free_dimension_3_name
        if free_dimension_3_name_for_export is not UNSET:
            field_dict["freeDimension3NameForExport"] = free_dimension_3_name_for_export
        if free_dimension_3_url is not UNSET and not _in_request:
            field_dict["freeDimension3Url"] = free_dimension_3_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerPosting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_posting_ids(_tx_v: Any) -> list[int] | Unset:
            posting_ids = cast(list[int], _tx_v)

            return posting_ids

        def _p_close_group_ids(_tx_v: Any) -> list[int] | Unset:
            close_group_ids = cast(list[int], _tx_v)

            return close_group_ids

        def _p_department_ids(_tx_v: Any) -> list[int] | Unset:
            department_ids = cast(list[int], _tx_v)

            return department_ids

        def _p_project_ids(_tx_v: Any) -> list[int] | Unset:
            project_ids = cast(list[int], _tx_v)

            return project_ids

        def _p_supplier_ids(_tx_v: Any) -> list[int] | Unset:
            supplier_ids = cast(list[int], _tx_v)

            return supplier_ids

        def _p_customer_ids(_tx_v: Any) -> list[int] | Unset:
            customer_ids = cast(list[int], _tx_v)

            return customer_ids

        def _p_employee_ids(_tx_v: Any) -> list[int] | Unset:
            employee_ids = cast(list[int], _tx_v)

            return employee_ids

        def _p_product_ids(_tx_v: Any) -> list[int] | Unset:
            product_ids = cast(list[int], _tx_v)

            return product_ids

        def _p_asset_ids(_tx_v: Any) -> list[int] | Unset:
            asset_ids = cast(list[int], _tx_v)

            return asset_ids

        def _p_tax_transaction_types(_tx_v: Any) -> list[str] | Unset:
            tax_transaction_types = cast(list[str], _tx_v)

            return tax_transaction_types

        def _p_free_dimension_1_ids(_tx_v: Any) -> list[int] | Unset:
            free_dimension_1_ids = cast(list[int], _tx_v)

            return free_dimension_1_ids

        def _p_free_dimension_2_ids(_tx_v: Any) -> list[int] | Unset:
            free_dimension_2_ids = cast(list[int], _tx_v)

            return free_dimension_2_ids

        def _p_free_dimension_3_ids(_tx_v: Any) -> list[int] | Unset:
            free_dimension_3_ids = cast(list[int], _tx_v)

            return free_dimension_3_ids

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "posting_ids": ("postingIds", _p_posting_ids),
            "postings_key": ("postingsKey", None),
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "voucher_url": ("voucherUrl", None),
            "posting_date": ("postingDate", None),
            "description": ("description", None),
            "description_count": ("descriptionCount", None),
            "vat_type_id": ("vatTypeId", None),
            "vat_number": ("vatNumber", None),
            "vat_type_name_short": ("vatTypeNameShort", None),
            "vat_percentage": ("vatPercentage", None),
            "amount": ("amount", None),
            "currency": ("currency", None),
            "amount_currency": ("amountCurrency", None),
            "amount_vat": ("amountVat", None),
            "close_group_ids": ("closeGroupIds", _p_close_group_ids),
            "department_ids": ("departmentIds", _p_department_ids),
            "department_name": ("departmentName", None),
            "department_number": ("departmentNumber", None),
            "department_name_for_export": ("departmentNameForExport", None),
            "department_url": ("departmentUrl", None),
            "project_ids": ("projectIds", _p_project_ids),
            "project_name": ("projectName", None),
            "project_number": ("projectNumber", None),
            "project_name_for_export": ("projectNameForExport", None),
            "project_url": ("projectUrl", None),
            "supplier_ids": ("supplierIds", _p_supplier_ids),
            "supplier_number": ("supplierNumber", None),
            "supplier_name": ("supplierName", None),
            "supplier_url": ("supplierUrl", None),
            "customer_ids": ("customerIds", _p_customer_ids),
            "customer_number": ("customerNumber", None),
            "customer_name": ("customerName", None),
            "customer_url": ("customerUrl", None),
            "employee_ids": ("employeeIds", _p_employee_ids),
            "employee_number": ("employeeNumber", None),
            "employee_name": ("employeeName", None),
            "employee_url": ("employeeUrl", None),
            "product_ids": ("productIds", _p_product_ids),
            "product_number": ("productNumber", None),
            "product_name": ("productName", None),
            "product_url": ("productUrl", None),
            "product_name_for_export": ("productNameForExport", None),
            "is_closed": ("isClosed", None),
            "term_of_payment_date": ("termOfPaymentDate", None),
            "invoice_number": ("invoiceNumber", None),
            "has_attachment": ("hasAttachment", None),
            "asset_ids": ("assetIds", _p_asset_ids),
            "asset_name": ("assetName", None),
            "asset_url": ("assetUrl", None),
            "tax_transaction_types": ("taxTransactionTypes", _p_tax_transaction_types),
            "tax_transaction_type_name": ("taxTransactionTypeName", None),
            "quantity_amount_1": ("quantityAmount1", None),
            "product_unit_id_1": ("productUnitId1", None),
            "product_unit_1_name": ("productUnit1Name", None),
            "quantity_amount_2": ("quantityAmount2", None),
            "product_unit_id_2": ("productUnitId2", None),
            "product_unit_2_name": ("productUnit2Name", None),
            "last_comment": ("lastComment", None),
            "free_dimension_1_ids": ("freeDimension1Ids", _p_free_dimension_1_ids),
            "free_dimension_1_number": ("freeDimension1Number", None),
            "free_dimension_1_name": ("freeDimension1Name", None),
            "free_dimension_1_name_for_export": ("freeDimension1NameForExport", None),
            "free_dimension_1_url": ("freeDimension1Url", None),
            "free_dimension_2_ids": ("freeDimension2Ids", _p_free_dimension_2_ids),
            "free_dimension_2_number": ("freeDimension2Number", None),
            "free_dimension_2_name": ("freeDimension2Name", None),
            "free_dimension_2_name_for_export": ("freeDimension2NameForExport", None),
            "free_dimension_2_url": ("freeDimension2Url", None),
            "free_dimension_3_ids": ("freeDimension3Ids", _p_free_dimension_3_ids),
            "free_dimension_3_number": ("freeDimension3Number", None),
            "free_dimension_3_name": ("freeDimension3Name", None),
            "free_dimension_3_name_for_export": ("freeDimension3NameForExport", None),
            "free_dimension_3_url": ("freeDimension3Url", None),
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
