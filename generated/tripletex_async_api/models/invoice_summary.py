from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.invoice_details import InvoiceDetails
    from ..models.invoice_status_dto import InvoiceStatusDTO


T = TypeVar("T", bound="InvoiceSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("invoiceStatus", dict, False),
    ("invoiceDetails", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InvoiceSummary(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        document_id (int | Unset): [read-only]
        invoice_number (int | Unset): [read-only]
        invoice_details_url (str | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        customer_number (int | Unset): [read-only]
        customer (str | Unset): [read-only]
        customer_details_url (str | Unset): [read-only]
        invoice_date (str | Unset): [read-only]
        invoice_due_date (str | Unset): [read-only]
        due_date (str | Unset): [read-only]
        currency (str | Unset): [read-only]
        amount_ex_vat (float | Unset): [read-only]
        amount_incl_vat (float | Unset): [read-only]
        paid_amount (float | Unset): [read-only]
        invoice_status (InvoiceStatusDTO | Unset):
        project_details_url (str | Unset): [read-only]
        project_name (str | Unset): [read-only]
        project_number (str | Unset): [read-only]
        amount_outstanding (float | Unset): [read-only]
        currency_id (int | Unset): [read-only]
        order_id (int | Unset): [read-only]
        is_project (bool | Unset): [read-only]
        invoice_details (InvoiceDetails | Unset):
        factoring_customer_id (int | Unset): [read-only]
        factoring_customer (str | Unset): [read-only]
        factoring_customer_account_number (int | Unset): [read-only]
        reference (str | Unset): [read-only]
        brreg_status (float | Unset): [read-only]
        customer_organization_number (str | Unset): [read-only]
        project_manager_name (str | Unset): [read-only]
        project_manager_number (str | Unset): [read-only]
        department_name (str | Unset): [read-only]
        department_number (str | Unset): [read-only]
        comment (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    invoice_number: int | Unset = UNSET
    invoice_details_url: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_number: int | Unset = UNSET
    customer: str | Unset = UNSET
    customer_details_url: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoice_due_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    amount_ex_vat: float | Unset = UNSET
    amount_incl_vat: float | Unset = UNSET
    paid_amount: float | Unset = UNSET
    invoice_status: InvoiceStatusDTO | Unset = UNSET
    project_details_url: str | Unset = UNSET
    project_name: str | Unset = UNSET
    project_number: str | Unset = UNSET
    amount_outstanding: float | Unset = UNSET
    currency_id: int | Unset = UNSET
    order_id: int | Unset = UNSET
    is_project: bool | Unset = UNSET
    invoice_details: InvoiceDetails | Unset = UNSET
    factoring_customer_id: int | Unset = UNSET
    factoring_customer: str | Unset = UNSET
    factoring_customer_account_number: int | Unset = UNSET
    reference: str | Unset = UNSET
    brreg_status: float | Unset = UNSET
    customer_organization_number: str | Unset = UNSET
    project_manager_name: str | Unset = UNSET
    project_manager_number: str | Unset = UNSET
    department_name: str | Unset = UNSET
    department_number: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        document_id = self.document_id

        invoice_number = self.invoice_number

        invoice_details_url = self.invoice_details_url

        customer_id = self.customer_id

        customer_number = self.customer_number

        customer = self.customer

        customer_details_url = self.customer_details_url

        invoice_date = self.invoice_date

        invoice_due_date = self.invoice_due_date

        due_date = self.due_date

        currency = self.currency

        amount_ex_vat = self.amount_ex_vat

        amount_incl_vat = self.amount_incl_vat

        paid_amount = self.paid_amount

        invoice_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_status, Unset):
            invoice_status = self.invoice_status.to_dict()

        project_details_url = self.project_details_url

        project_name = self.project_name

        project_number = self.project_number

        amount_outstanding = self.amount_outstanding

        currency_id = self.currency_id

        order_id = self.order_id

        is_project = self.is_project

        invoice_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_details, Unset):
            invoice_details = self.invoice_details.to_dict()

        factoring_customer_id = self.factoring_customer_id

        factoring_customer = self.factoring_customer

        factoring_customer_account_number = self.factoring_customer_account_number

        reference = self.reference

        brreg_status = self.brreg_status

        customer_organization_number = self.customer_organization_number

        project_manager_name = self.project_manager_name

        project_manager_number = self.project_manager_number

        department_name = self.department_name

        department_number = self.department_number

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if document_id is not UNSET and not _in_request:
            field_dict["documentId"] = document_id
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_details_url is not UNSET and not _in_request:
            field_dict["invoiceDetailsUrl"] = invoice_details_url
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if customer_number is not UNSET and not _in_request:
            field_dict["customerNumber"] = customer_number
        if customer is not UNSET and not _in_request:
            field_dict["customer"] = customer
        if customer_details_url is not UNSET and not _in_request:
            field_dict["customerDetailsUrl"] = customer_details_url
        if invoice_date is not UNSET and not _in_request:
            field_dict["invoiceDate"] = invoice_date
        if invoice_due_date is not UNSET and not _in_request:
            field_dict["invoiceDueDate"] = invoice_due_date
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if currency is not UNSET and not _in_request:
            field_dict["currency"] = currency
        if amount_ex_vat is not UNSET and not _in_request:
            field_dict["amountExVat"] = amount_ex_vat
        if amount_incl_vat is not UNSET and not _in_request:
            field_dict["amountInclVat"] = amount_incl_vat
        if paid_amount is not UNSET and not _in_request:
            field_dict["paidAmount"] = paid_amount
        if invoice_status is not UNSET:
            field_dict["invoiceStatus"] = invoice_status
        if project_details_url is not UNSET and not _in_request:
            field_dict["projectDetailsUrl"] = project_details_url
        if project_name is not UNSET and not _in_request:
            field_dict["projectName"] = project_name
        if project_number is not UNSET and not _in_request:
            field_dict["projectNumber"] = project_number
        if amount_outstanding is not UNSET and not _in_request:
            field_dict["amountOutstanding"] = amount_outstanding
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if order_id is not UNSET and not _in_request:
            field_dict["orderId"] = order_id
        if is_project is not UNSET and not _in_request:
            field_dict["isProject"] = is_project
        if invoice_details is not UNSET:
            field_dict["invoiceDetails"] = invoice_details
        if factoring_customer_id is not UNSET and not _in_request:
            field_dict["factoringCustomerId"] = factoring_customer_id
        if factoring_customer is not UNSET and not _in_request:
            field_dict["factoringCustomer"] = factoring_customer
        if factoring_customer_account_number is not UNSET and not _in_request:
            field_dict["factoringCustomerAccountNumber"] = factoring_customer_account_number
        if reference is not UNSET and not _in_request:
            field_dict["reference"] = reference
        if brreg_status is not UNSET and not _in_request:
            field_dict["brregStatus"] = brreg_status
        if customer_organization_number is not UNSET and not _in_request:
            field_dict["customerOrganizationNumber"] = customer_organization_number
        if project_manager_name is not UNSET and not _in_request:
            field_dict["projectManagerName"] = project_manager_name
        if project_manager_number is not UNSET and not _in_request:
            field_dict["projectManagerNumber"] = project_manager_number
        if department_name is not UNSET and not _in_request:
            field_dict["departmentName"] = department_name
        if department_number is not UNSET and not _in_request:
            field_dict["departmentNumber"] = department_number
        if comment is not UNSET and not _in_request:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.invoice_details import InvoiceDetails  # noqa: PLC0415
        from ..models.invoice_status_dto import InvoiceStatusDTO  # noqa: PLC0415

        def _p_invoice_status(_tx_v: Any) -> InvoiceStatusDTO | Unset:
            _invoice_status = _tx_v
            invoice_status: InvoiceStatusDTO | Unset
            if isinstance(_invoice_status, Unset):
                invoice_status = UNSET
            else:
                invoice_status = InvoiceStatusDTO._tx_from_json(_invoice_status)

            return invoice_status

        def _p_invoice_details(_tx_v: Any) -> InvoiceDetails | Unset:
            _invoice_details = _tx_v
            invoice_details: InvoiceDetails | Unset
            if isinstance(_invoice_details, Unset):
                invoice_details = UNSET
            else:
                invoice_details = InvoiceDetails._tx_from_json(_invoice_details)

            return invoice_details

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "documentId",
                "invoiceNumber",
                "invoiceDetailsUrl",
                "customerId",
                "customerNumber",
                "customer",
                "customerDetailsUrl",
                "invoiceDate",
                "invoiceDueDate",
                "dueDate",
                "currency",
                "amountExVat",
                "amountInclVat",
                "paidAmount",
                "invoiceStatus",
                "projectDetailsUrl",
                "projectName",
                "projectNumber",
                "amountOutstanding",
                "currencyId",
                "orderId",
                "isProject",
                "invoiceDetails",
                "factoringCustomerId",
                "factoringCustomer",
                "factoringCustomerAccountNumber",
                "reference",
                "brregStatus",
                "customerOrganizationNumber",
                "projectManagerName",
                "projectManagerNumber",
                "departmentName",
                "departmentNumber",
                "comment",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "document_id": ("documentId", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_details_url": ("invoiceDetailsUrl", None),
            "customer_id": ("customerId", None),
            "customer_number": ("customerNumber", None),
            "customer": ("customer", None),
            "customer_details_url": ("customerDetailsUrl", None),
            "invoice_date": ("invoiceDate", None),
            "invoice_due_date": ("invoiceDueDate", None),
            "due_date": ("dueDate", None),
            "currency": ("currency", None),
            "amount_ex_vat": ("amountExVat", None),
            "amount_incl_vat": ("amountInclVat", None),
            "paid_amount": ("paidAmount", None),
            "invoice_status": ("invoiceStatus", _p_invoice_status),
            "project_details_url": ("projectDetailsUrl", None),
            "project_name": ("projectName", None),
            "project_number": ("projectNumber", None),
            "amount_outstanding": ("amountOutstanding", None),
            "currency_id": ("currencyId", None),
            "order_id": ("orderId", None),
            "is_project": ("isProject", None),
            "invoice_details": ("invoiceDetails", _p_invoice_details),
            "factoring_customer_id": ("factoringCustomerId", None),
            "factoring_customer": ("factoringCustomer", None),
            "factoring_customer_account_number": ("factoringCustomerAccountNumber", None),
            "reference": ("reference", None),
            "brreg_status": ("brregStatus", None),
            "customer_organization_number": ("customerOrganizationNumber", None),
            "project_manager_name": ("projectManagerName", None),
            "project_manager_number": ("projectManagerNumber", None),
            "department_name": ("departmentName", None),
            "department_number": ("departmentNumber", None),
            "comment": ("comment", None),
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
