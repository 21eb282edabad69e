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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.invoice import Invoice
    from ..models.project import Project
    from ..models.vat_type import VatType


T = TypeVar("T", bound="ProjectInvoiceDetails")


@_attrs_define
class ProjectInvoiceDetails(Model):
    """ProjectInvoiceDetails contains additional information about the invoice, in particular invoices for projects. It
    contains information about the charged project, the fee amount, extra percent and amount, extra costs, travel
    expenses, invoice and project comments, akonto amount and values determining if extra costs, akonto and hours should
    be included. ProjectInvoiceDetails is an object which represents the relation between an invoice and a Project,
    Orderline and OrderOut object.

        Attributes:
            id (int | Unset):
            version (int | Unset):
            changes (list[Change] | Unset):
            url (str | Unset):
            project (Project | Unset):
            fee_amount (float | Unset): Fee amount of the project. For example: 100 NOK.
            fee_amount_currency (float | Unset): Fee amount of the project in the invoice currency.
            markup_percent (float | Unset): The percentage value of mark-up of amountFee. For example: 10%.
            markup_amount (float | Unset): The amount value of mark-up of amountFee on the project invoice. For example: 10
                NOK.
            markup_amount_currency (float | Unset): The amount value of mark-up of amountFee on the project invoice, in the
                invoice currency.
            amount_order_lines_and_reinvoicing (float | Unset): The amount of chargeable manual order lines and vendor
                invoices on the project invoice.
            amount_order_lines_and_reinvoicing_currency (float | Unset): The amount of chargeable manual order lines and
                vendor invoices on the project invoice, in the invoice currency.
            amount_travel_reports_and_expenses (float | Unset): The amount of travel costs and expenses on the project
                invoice.
            amount_travel_reports_and_expenses_currency (float | Unset): The amount of travel costs and expenses on the
                project invoice, in the invoice currency.
            fee_invoice_text (str | Unset): The fee comment on the project invoice.
            invoice_text (str | Unset): The comment on the project invoice.
            include_order_lines_and_reinvoicing (bool | Unset): Determines if extra costs should be included on the project
                invoice.
            include_hours (bool | Unset): Determines if hours should be included on the project invoice.
            include_on_account_balance (bool | Unset): Determines if akonto should be included on the project invoice.
            on_account_balance_amount (float | Unset): The akonto amount on the project invoice.
            on_account_balance_amount_currency (float | Unset): The akonto amount on the project invoice in the invoice
                currency.
            vat_type (VatType | Unset): The default vat type for this account.
            invoice (Invoice | Unset): Invoicing plans tied to the project
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    project: Project | Unset = UNSET
    fee_amount: float | Unset = UNSET
    fee_amount_currency: float | Unset = UNSET
    markup_percent: float | Unset = UNSET
    markup_amount: float | Unset = UNSET
    markup_amount_currency: float | Unset = UNSET
    amount_order_lines_and_reinvoicing: float | Unset = UNSET
    amount_order_lines_and_reinvoicing_currency: float | Unset = UNSET
    amount_travel_reports_and_expenses: float | Unset = UNSET
    amount_travel_reports_and_expenses_currency: float | Unset = UNSET
    fee_invoice_text: str | Unset = UNSET
    invoice_text: str | Unset = UNSET
    include_order_lines_and_reinvoicing: bool | Unset = UNSET
    include_hours: bool | Unset = UNSET
    include_on_account_balance: bool | Unset = UNSET
    on_account_balance_amount: float | Unset = UNSET
    on_account_balance_amount_currency: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.fee_amount
        if _v is not UNSET and not _in_request:
            field_dict["feeAmount"] = _v
        _v = self.fee_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["feeAmountCurrency"] = _v
        _v = self.markup_percent
        if _v is not UNSET and not _in_request:
            field_dict["markupPercent"] = _v
        _v = self.markup_amount
        if _v is not UNSET and not _in_request:
            field_dict["markupAmount"] = _v
        _v = self.markup_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["markupAmountCurrency"] = _v
        _v = self.amount_order_lines_and_reinvoicing
        if _v is not UNSET and not _in_request:
            field_dict["amountOrderLinesAndReinvoicing"] = _v
        _v = self.amount_order_lines_and_reinvoicing_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountOrderLinesAndReinvoicingCurrency"] = _v
        _v = self.amount_travel_reports_and_expenses
        if _v is not UNSET and not _in_request:
            field_dict["amountTravelReportsAndExpenses"] = _v
        _v = self.amount_travel_reports_and_expenses_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountTravelReportsAndExpensesCurrency"] = _v
        _v = self.fee_invoice_text
        if _v is not UNSET and not _in_request:
            field_dict["feeInvoiceText"] = _v
        _v = self.invoice_text
        if _v is not UNSET and not _in_request:
            field_dict["invoiceText"] = _v
        _v = self.include_order_lines_and_reinvoicing
        if _v is not UNSET and not _in_request:
            field_dict["includeOrderLinesAndReinvoicing"] = _v
        _v = self.include_hours
        if _v is not UNSET and not _in_request:
            field_dict["includeHours"] = _v
        _v = self.include_on_account_balance
        if _v is not UNSET and not _in_request:
            field_dict["includeOnAccountBalance"] = _v
        _v = self.on_account_balance_amount
        if _v is not UNSET and not _in_request:
            field_dict["onAccountBalanceAmount"] = _v
        _v = self.on_account_balance_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["onAccountBalanceAmountCurrency"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.invoice
        if _v is not UNSET:
            field_dict["invoice"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectInvoiceDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectInvoiceDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "project",
                "feeAmount",
                "feeAmountCurrency",
                "markupPercent",
                "markupAmount",
                "markupAmountCurrency",
                "amountOrderLinesAndReinvoicing",
                "amountOrderLinesAndReinvoicingCurrency",
                "amountTravelReportsAndExpenses",
                "amountTravelReportsAndExpensesCurrency",
                "feeInvoiceText",
                "invoiceText",
                "includeOrderLinesAndReinvoicing",
                "includeHours",
                "includeOnAccountBalance",
                "onAccountBalanceAmount",
                "onAccountBalanceAmountCurrency",
                "vatType",
                "invoice",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "feeAmount": "fee_amount",
            "feeAmountCurrency": "fee_amount_currency",
            "markupPercent": "markup_percent",
            "markupAmount": "markup_amount",
            "markupAmountCurrency": "markup_amount_currency",
            "amountOrderLinesAndReinvoicing": "amount_order_lines_and_reinvoicing",
            "amountOrderLinesAndReinvoicingCurrency": "amount_order_lines_and_reinvoicing_currency",
            "amountTravelReportsAndExpenses": "amount_travel_reports_and_expenses",
            "amountTravelReportsAndExpensesCurrency": "amount_travel_reports_and_expenses_currency",
            "feeInvoiceText": "fee_invoice_text",
            "invoiceText": "invoice_text",
            "includeOrderLinesAndReinvoicing": "include_order_lines_and_reinvoicing",
            "includeHours": "include_hours",
            "includeOnAccountBalance": "include_on_account_balance",
            "onAccountBalanceAmount": "on_account_balance_amount",
            "onAccountBalanceAmountCurrency": "on_account_balance_amount_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.project = o.fee_amount = o.fee_amount_currency = (
                        o.markup_percent
                    ) = o.markup_amount = o.markup_amount_currency = o.amount_order_lines_and_reinvoicing = (
                        o.amount_order_lines_and_reinvoicing_currency
                    ) = o.amount_travel_reports_and_expenses = o.amount_travel_reports_and_expenses_currency = (
                        o.fee_invoice_text
                    ) = o.invoice_text = o.include_order_lines_and_reinvoicing = o.include_hours = (
                        o.include_on_account_balance
                    ) = o.on_account_balance_amount = o.on_account_balance_amount_currency = o.vat_type = o.invoice = (
                        UNSET
                    )
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.project = o.fee_amount = o.fee_amount_currency = (
                        o.markup_percent
                    ) = o.markup_amount = o.markup_amount_currency = o.amount_order_lines_and_reinvoicing = (
                        o.amount_order_lines_and_reinvoicing_currency
                    ) = o.amount_travel_reports_and_expenses = o.amount_travel_reports_and_expenses_currency = (
                        o.fee_invoice_text
                    ) = o.invoice_text = o.include_order_lines_and_reinvoicing = o.include_hours = (
                        o.include_on_account_balance
                    ) = o.on_account_balance_amount = o.on_account_balance_amount_currency = o.vat_type = o.invoice = (
                        UNSET
                    )
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("feeAmount")
                if v is None:
                    o.fee_amount = u
                    if "feeAmount" not in d:
                        m += 1
                else:
                    o.fee_amount = v
                v = g("feeAmountCurrency")
                if v is None:
                    o.fee_amount_currency = u
                    if "feeAmountCurrency" not in d:
                        m += 1
                else:
                    o.fee_amount_currency = v
                v = g("markupPercent")
                if v is None:
                    o.markup_percent = u
                    if "markupPercent" not in d:
                        m += 1
                else:
                    o.markup_percent = v
                v = g("markupAmount")
                if v is None:
                    o.markup_amount = u
                    if "markupAmount" not in d:
                        m += 1
                else:
                    o.markup_amount = v
                v = g("markupAmountCurrency")
                if v is None:
                    o.markup_amount_currency = u
                    if "markupAmountCurrency" not in d:
                        m += 1
                else:
                    o.markup_amount_currency = v
                v = g("amountOrderLinesAndReinvoicing")
                if v is None:
                    o.amount_order_lines_and_reinvoicing = u
                    if "amountOrderLinesAndReinvoicing" not in d:
                        m += 1
                else:
                    o.amount_order_lines_and_reinvoicing = v
                v = g("amountOrderLinesAndReinvoicingCurrency")
                if v is None:
                    o.amount_order_lines_and_reinvoicing_currency = u
                    if "amountOrderLinesAndReinvoicingCurrency" not in d:
                        m += 1
                else:
                    o.amount_order_lines_and_reinvoicing_currency = v
                v = g("amountTravelReportsAndExpenses")
                if v is None:
                    o.amount_travel_reports_and_expenses = u
                    if "amountTravelReportsAndExpenses" not in d:
                        m += 1
                else:
                    o.amount_travel_reports_and_expenses = v
                v = g("amountTravelReportsAndExpensesCurrency")
                if v is None:
                    o.amount_travel_reports_and_expenses_currency = u
                    if "amountTravelReportsAndExpensesCurrency" not in d:
                        m += 1
                else:
                    o.amount_travel_reports_and_expenses_currency = v
                v = g("feeInvoiceText")
                if v is None:
                    o.fee_invoice_text = u
                    if "feeInvoiceText" not in d:
                        m += 1
                else:
                    o.fee_invoice_text = v
                v = g("invoiceText")
                if v is None:
                    o.invoice_text = u
                    if "invoiceText" not in d:
                        m += 1
                else:
                    o.invoice_text = v
                v = g("includeOrderLinesAndReinvoicing")
                if v is None:
                    o.include_order_lines_and_reinvoicing = u
                    if "includeOrderLinesAndReinvoicing" not in d:
                        m += 1
                else:
                    o.include_order_lines_and_reinvoicing = v
                v = g("includeHours")
                if v is None:
                    o.include_hours = u
                    if "includeHours" not in d:
                        m += 1
                else:
                    o.include_hours = v
                v = g("includeOnAccountBalance")
                if v is None:
                    o.include_on_account_balance = u
                    if "includeOnAccountBalance" not in d:
                        m += 1
                else:
                    o.include_on_account_balance = v
                v = g("onAccountBalanceAmount")
                if v is None:
                    o.on_account_balance_amount = u
                    if "onAccountBalanceAmount" not in d:
                        m += 1
                else:
                    o.on_account_balance_amount = v
                v = g("onAccountBalanceAmountCurrency")
                if v is None:
                    o.on_account_balance_amount_currency = u
                    if "onAccountBalanceAmountCurrency" not in d:
                        m += 1
                else:
                    o.on_account_balance_amount_currency = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = "invoice"
                v = g("invoice")
                if v is None:
                    o.invoice = u
                    if "invoice" not in d:
                        m += 1
                else:
                    o.invoice = Invoice._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 23 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("project", "project"),
            ("fee_amount", "feeAmount"),
            ("fee_amount_currency", "feeAmountCurrency"),
            ("markup_percent", "markupPercent"),
            ("markup_amount", "markupAmount"),
            ("markup_amount_currency", "markupAmountCurrency"),
            ("amount_order_lines_and_reinvoicing", "amountOrderLinesAndReinvoicing"),
            ("amount_order_lines_and_reinvoicing_currency", "amountOrderLinesAndReinvoicingCurrency"),
            ("amount_travel_reports_and_expenses", "amountTravelReportsAndExpenses"),
            ("amount_travel_reports_and_expenses_currency", "amountTravelReportsAndExpensesCurrency"),
            ("fee_invoice_text", "feeInvoiceText"),
            ("invoice_text", "invoiceText"),
            ("include_order_lines_and_reinvoicing", "includeOrderLinesAndReinvoicing"),
            ("include_hours", "includeHours"),
            ("include_on_account_balance", "includeOnAccountBalance"),
            ("on_account_balance_amount", "onAccountBalanceAmount"),
            ("on_account_balance_amount_currency", "onAccountBalanceAmountCurrency"),
            ("vat_type", "vatType"),
            ("invoice", "invoice"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.fee_amount
            o.fee_amount = u if v is None else v
            v = s.fee_amount_currency
            o.fee_amount_currency = u if v is None else v
            v = s.markup_percent
            o.markup_percent = u if v is None else v
            v = s.markup_amount
            o.markup_amount = u if v is None else v
            v = s.markup_amount_currency
            o.markup_amount_currency = u if v is None else v
            v = s.amount_order_lines_and_reinvoicing
            o.amount_order_lines_and_reinvoicing = u if v is None else v
            v = s.amount_order_lines_and_reinvoicing_currency
            o.amount_order_lines_and_reinvoicing_currency = u if v is None else v
            v = s.amount_travel_reports_and_expenses
            o.amount_travel_reports_and_expenses = u if v is None else v
            v = s.amount_travel_reports_and_expenses_currency
            o.amount_travel_reports_and_expenses_currency = u if v is None else v
            v = s.fee_invoice_text
            o.fee_invoice_text = u if v is None else v
            v = s.invoice_text
            o.invoice_text = u if v is None else v
            v = s.include_order_lines_and_reinvoicing
            o.include_order_lines_and_reinvoicing = u if v is None else v
            v = s.include_hours
            o.include_hours = u if v is None else v
            v = s.include_on_account_balance
            o.include_on_account_balance = u if v is None else v
            v = s.on_account_balance_amount
            o.on_account_balance_amount = u if v is None else v
            v = s.on_account_balance_amount_currency
            o.on_account_balance_amount_currency = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.invoice
            o.invoice = u if v is None or v is u else Invoice._tx_parse(v)
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
