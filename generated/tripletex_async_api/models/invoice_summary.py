from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.invoice_details import InvoiceDetails
    from ..models.invoice_status_dto import InvoiceStatusDTO


T = TypeVar("T", bound="InvoiceSummary")


@_attrs_define
class InvoiceSummary(Model):
    """
    Attributes:
        id (int | Unset):
        document_id (int | Unset):
        invoice_number (int | Unset):
        invoice_details_url (str | Unset):
        customer_id (int | Unset):
        customer_number (int | Unset):
        customer (str | Unset):
        customer_details_url (str | Unset):
        invoice_date (str | Unset):
        invoice_due_date (str | Unset):
        due_date (str | Unset):
        currency (str | Unset):
        amount_ex_vat (float | Unset):
        amount_incl_vat (float | Unset):
        paid_amount (float | Unset):
        invoice_status (InvoiceStatusDTO | Unset):
        project_details_url (str | Unset):
        project_name (str | Unset):
        project_number (str | Unset):
        amount_outstanding (float | Unset):
        currency_id (int | Unset):
        order_id (int | Unset):
        is_project (bool | Unset):
        invoice_details (InvoiceDetails | Unset):
        factoring_customer_id (int | Unset):
        factoring_customer (str | Unset):
        factoring_customer_account_number (int | Unset):
        reference (str | Unset):
        brreg_status (float | Unset):
        customer_organization_number (str | Unset):
        project_manager_name (str | Unset):
        project_manager_number (str | Unset):
        department_name (str | Unset):
        department_number (str | Unset):
        comment (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.document_id
        if _v is not UNSET and not _in_request:
            field_dict["documentId"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_details_url
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDetailsUrl"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.customer_number
        if _v is not UNSET and not _in_request:
            field_dict["customerNumber"] = _v
        _v = self.customer
        if _v is not UNSET and not _in_request:
            field_dict["customer"] = _v
        _v = self.customer_details_url
        if _v is not UNSET and not _in_request:
            field_dict["customerDetailsUrl"] = _v
        _v = self.invoice_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDate"] = _v
        _v = self.invoice_due_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDueDate"] = _v
        _v = self.due_date
        if _v is not UNSET and not _in_request:
            field_dict["dueDate"] = _v
        _v = self.currency
        if _v is not UNSET and not _in_request:
            field_dict["currency"] = _v
        _v = self.amount_ex_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountExVat"] = _v
        _v = self.amount_incl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountInclVat"] = _v
        _v = self.paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["paidAmount"] = _v
        _v = self.invoice_status
        if _v is not UNSET:
            field_dict["invoiceStatus"] = _v.to_dict()
        _v = self.project_details_url
        if _v is not UNSET and not _in_request:
            field_dict["projectDetailsUrl"] = _v
        _v = self.project_name
        if _v is not UNSET and not _in_request:
            field_dict["projectName"] = _v
        _v = self.project_number
        if _v is not UNSET and not _in_request:
            field_dict["projectNumber"] = _v
        _v = self.amount_outstanding
        if _v is not UNSET and not _in_request:
            field_dict["amountOutstanding"] = _v
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        _v = self.order_id
        if _v is not UNSET and not _in_request:
            field_dict["orderId"] = _v
        _v = self.is_project
        if _v is not UNSET and not _in_request:
            field_dict["isProject"] = _v
        _v = self.invoice_details
        if _v is not UNSET:
            field_dict["invoiceDetails"] = _v.to_dict()
        _v = self.factoring_customer_id
        if _v is not UNSET and not _in_request:
            field_dict["factoringCustomerId"] = _v
        _v = self.factoring_customer
        if _v is not UNSET and not _in_request:
            field_dict["factoringCustomer"] = _v
        _v = self.factoring_customer_account_number
        if _v is not UNSET and not _in_request:
            field_dict["factoringCustomerAccountNumber"] = _v
        _v = self.reference
        if _v is not UNSET and not _in_request:
            field_dict["reference"] = _v
        _v = self.brreg_status
        if _v is not UNSET and not _in_request:
            field_dict["brregStatus"] = _v
        _v = self.customer_organization_number
        if _v is not UNSET and not _in_request:
            field_dict["customerOrganizationNumber"] = _v
        _v = self.project_manager_name
        if _v is not UNSET and not _in_request:
            field_dict["projectManagerName"] = _v
        _v = self.project_manager_number
        if _v is not UNSET and not _in_request:
            field_dict["projectManagerNumber"] = _v
        _v = self.department_name
        if _v is not UNSET and not _in_request:
            field_dict["departmentName"] = _v
        _v = self.department_number
        if _v is not UNSET and not _in_request:
            field_dict["departmentNumber"] = _v
        _v = self.comment
        if _v is not UNSET and not _in_request:
            field_dict["comment"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.invoice_details import InvoiceDetails  # noqa: PLC0415
        from ..models.invoice_status_dto import InvoiceStatusDTO  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "documentId": "document_id",
            "invoiceNumber": "invoice_number",
            "invoiceDetailsUrl": "invoice_details_url",
            "customerId": "customer_id",
            "customerNumber": "customer_number",
            "customer": "customer",
            "customerDetailsUrl": "customer_details_url",
            "invoiceDate": "invoice_date",
            "invoiceDueDate": "invoice_due_date",
            "dueDate": "due_date",
            "currency": "currency",
            "amountExVat": "amount_ex_vat",
            "amountInclVat": "amount_incl_vat",
            "paidAmount": "paid_amount",
            "projectDetailsUrl": "project_details_url",
            "projectName": "project_name",
            "projectNumber": "project_number",
            "amountOutstanding": "amount_outstanding",
            "currencyId": "currency_id",
            "orderId": "order_id",
            "isProject": "is_project",
            "factoringCustomerId": "factoring_customer_id",
            "factoringCustomer": "factoring_customer",
            "factoringCustomerAccountNumber": "factoring_customer_account_number",
            "reference": "reference",
            "brregStatus": "brreg_status",
            "customerOrganizationNumber": "customer_organization_number",
            "projectManagerName": "project_manager_name",
            "projectManagerNumber": "project_manager_number",
            "departmentName": "department_name",
            "departmentNumber": "department_number",
            "comment": "comment",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.id = o.document_id = o.invoice_number = o.invoice_details_url = o.customer_id = (
                        o.customer_number
                    ) = o.customer = o.customer_details_url = o.invoice_date = o.invoice_due_date = o.due_date = (
                        o.currency
                    ) = o.amount_ex_vat = o.amount_incl_vat = o.paid_amount = o.invoice_status = (
                        o.project_details_url
                    ) = o.project_name = o.project_number = o.amount_outstanding = o.currency_id = o.order_id = (
                        o.is_project
                    ) = o.invoice_details = o.factoring_customer_id = o.factoring_customer = (
                        o.factoring_customer_account_number
                    ) = o.reference = o.brreg_status = o.customer_organization_number = o.project_manager_name = (
                        o.project_manager_number
                    ) = o.department_name = o.department_number = o.comment = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("documentId")
                if v is None:
                    o.document_id = u
                    if "documentId" not in d:
                        m += 1
                else:
                    o.document_id = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceDetailsUrl")
                if v is None:
                    o.invoice_details_url = u
                    if "invoiceDetailsUrl" not in d:
                        m += 1
                else:
                    o.invoice_details_url = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = v
                v = g("customerDetailsUrl")
                if v is None:
                    o.customer_details_url = u
                    if "customerDetailsUrl" not in d:
                        m += 1
                else:
                    o.customer_details_url = v
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                v = g("invoiceDueDate")
                if v is None:
                    o.invoice_due_date = u
                    if "invoiceDueDate" not in d:
                        m += 1
                else:
                    o.invoice_due_date = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = v
                v = g("amountExVat")
                if v is None:
                    o.amount_ex_vat = u
                    if "amountExVat" not in d:
                        m += 1
                else:
                    o.amount_ex_vat = v
                v = g("amountInclVat")
                if v is None:
                    o.amount_incl_vat = u
                    if "amountInclVat" not in d:
                        m += 1
                else:
                    o.amount_incl_vat = v
                v = g("paidAmount")
                if v is None:
                    o.paid_amount = u
                    if "paidAmount" not in d:
                        m += 1
                else:
                    o.paid_amount = v
                k = "invoiceStatus"
                v = g("invoiceStatus")
                if v is None:
                    o.invoice_status = u
                    if "invoiceStatus" not in d:
                        m += 1
                else:
                    o.invoice_status = InvoiceStatusDTO._tx_parse(v)
                v = g("projectDetailsUrl")
                if v is None:
                    o.project_details_url = u
                    if "projectDetailsUrl" not in d:
                        m += 1
                else:
                    o.project_details_url = v
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
                v = g("amountOutstanding")
                if v is None:
                    o.amount_outstanding = u
                    if "amountOutstanding" not in d:
                        m += 1
                else:
                    o.amount_outstanding = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("orderId")
                if v is None:
                    o.order_id = u
                    if "orderId" not in d:
                        m += 1
                else:
                    o.order_id = v
                v = g("isProject")
                if v is None:
                    o.is_project = u
                    if "isProject" not in d:
                        m += 1
                else:
                    o.is_project = v
                k = "invoiceDetails"
                v = g("invoiceDetails")
                if v is None:
                    o.invoice_details = u
                    if "invoiceDetails" not in d:
                        m += 1
                else:
                    o.invoice_details = InvoiceDetails._tx_parse(v)
                v = g("factoringCustomerId")
                if v is None:
                    o.factoring_customer_id = u
                    if "factoringCustomerId" not in d:
                        m += 1
                else:
                    o.factoring_customer_id = v
                v = g("factoringCustomer")
                if v is None:
                    o.factoring_customer = u
                    if "factoringCustomer" not in d:
                        m += 1
                else:
                    o.factoring_customer = v
                v = g("factoringCustomerAccountNumber")
                if v is None:
                    o.factoring_customer_account_number = u
                    if "factoringCustomerAccountNumber" not in d:
                        m += 1
                else:
                    o.factoring_customer_account_number = v
                v = g("reference")
                if v is None:
                    o.reference = u
                    if "reference" not in d:
                        m += 1
                else:
                    o.reference = v
                v = g("brregStatus")
                if v is None:
                    o.brreg_status = u
                    if "brregStatus" not in d:
                        m += 1
                else:
                    o.brreg_status = v
                v = g("customerOrganizationNumber")
                if v is None:
                    o.customer_organization_number = u
                    if "customerOrganizationNumber" not in d:
                        m += 1
                else:
                    o.customer_organization_number = v
                v = g("projectManagerName")
                if v is None:
                    o.project_manager_name = u
                    if "projectManagerName" not in d:
                        m += 1
                else:
                    o.project_manager_name = v
                v = g("projectManagerNumber")
                if v is None:
                    o.project_manager_number = u
                    if "projectManagerNumber" not in d:
                        m += 1
                else:
                    o.project_manager_number = v
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
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 35 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("document_id", "documentId"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_details_url", "invoiceDetailsUrl"),
            ("customer_id", "customerId"),
            ("customer_number", "customerNumber"),
            ("customer", "customer"),
            ("customer_details_url", "customerDetailsUrl"),
            ("invoice_date", "invoiceDate"),
            ("invoice_due_date", "invoiceDueDate"),
            ("due_date", "dueDate"),
            ("currency", "currency"),
            ("amount_ex_vat", "amountExVat"),
            ("amount_incl_vat", "amountInclVat"),
            ("paid_amount", "paidAmount"),
            ("invoice_status", "invoiceStatus"),
            ("project_details_url", "projectDetailsUrl"),
            ("project_name", "projectName"),
            ("project_number", "projectNumber"),
            ("amount_outstanding", "amountOutstanding"),
            ("currency_id", "currencyId"),
            ("order_id", "orderId"),
            ("is_project", "isProject"),
            ("invoice_details", "invoiceDetails"),
            ("factoring_customer_id", "factoringCustomerId"),
            ("factoring_customer", "factoringCustomer"),
            ("factoring_customer_account_number", "factoringCustomerAccountNumber"),
            ("reference", "reference"),
            ("brreg_status", "brregStatus"),
            ("customer_organization_number", "customerOrganizationNumber"),
            ("project_manager_name", "projectManagerName"),
            ("project_manager_number", "projectManagerNumber"),
            ("department_name", "departmentName"),
            ("department_number", "departmentNumber"),
            ("comment", "comment"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.document_id
            o.document_id = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_details_url
            o.invoice_details_url = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.customer
            o.customer = u if v is None else v
            v = s.customer_details_url
            o.customer_details_url = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.invoice_due_date
            o.invoice_due_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.currency
            o.currency = u if v is None else v
            v = s.amount_ex_vat
            o.amount_ex_vat = u if v is None else v
            v = s.amount_incl_vat
            o.amount_incl_vat = u if v is None else v
            v = s.paid_amount
            o.paid_amount = u if v is None else v
            v = s.invoice_status
            o.invoice_status = u if v is None or v is u else InvoiceStatusDTO._tx_parse(v)
            v = s.project_details_url
            o.project_details_url = u if v is None else v
            v = s.project_name
            o.project_name = u if v is None else v
            v = s.project_number
            o.project_number = u if v is None else v
            v = s.amount_outstanding
            o.amount_outstanding = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.order_id
            o.order_id = u if v is None else v
            v = s.is_project
            o.is_project = u if v is None else v
            v = s.invoice_details
            o.invoice_details = u if v is None or v is u else InvoiceDetails._tx_parse(v)
            v = s.factoring_customer_id
            o.factoring_customer_id = u if v is None else v
            v = s.factoring_customer
            o.factoring_customer = u if v is None else v
            v = s.factoring_customer_account_number
            o.factoring_customer_account_number = u if v is None else v
            v = s.reference
            o.reference = u if v is None else v
            v = s.brreg_status
            o.brreg_status = u if v is None else v
            v = s.customer_organization_number
            o.customer_organization_number = u if v is None else v
            v = s.project_manager_name
            o.project_manager_name = u if v is None else v
            v = s.project_manager_number
            o.project_manager_number = u if v is None else v
            v = s.department_name
            o.department_name = u if v is None else v
            v = s.department_number
            o.department_number = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
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
