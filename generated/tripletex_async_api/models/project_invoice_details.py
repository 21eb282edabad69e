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
    from ..models.change import Change
    from ..models.invoice import Invoice
    from ..models.project import Project
    from ..models.vat_type import VatType


T = TypeVar("T", bound="ProjectInvoiceDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("project", dict, False),
    ("vatType", dict, False),
    ("invoice", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectInvoiceDetails(LazyModel):
    """ProjectInvoiceDetails contains additional information about the invoice, in particular invoices for projects. It
    contains information about the charged project, the fee amount, extra percent and amount, extra costs, travel
    expenses, invoice and project comments, akonto amount and values determining if extra costs, akonto and hours should
    be included. ProjectInvoiceDetails is an object which represents the relation between an invoice and a Project,
    Orderline and OrderOut object.

        Attributes:
            id (int | Unset):
            version (int | Unset):
            changes (list[Change] | Unset): [read-only]
            url (str | Unset): [read-only]
            project (Project | Unset):
            fee_amount (float | Unset): [read-only] Fee amount of the project. For example: 100 NOK.
            fee_amount_currency (float | Unset): [read-only] Fee amount of the project in the invoice currency.
            markup_percent (float | Unset): [read-only] The percentage value of mark-up of amountFee. For example: 10%.
            markup_amount (float | Unset): [read-only] The amount value of mark-up of amountFee on the project invoice. For
                example: 10 NOK.
            markup_amount_currency (float | Unset): [read-only] The amount value of mark-up of amountFee on the project
                invoice, in the invoice currency.
            amount_order_lines_and_reinvoicing (float | Unset): [read-only] The amount of chargeable manual order lines and
                vendor invoices on the project invoice.
            amount_order_lines_and_reinvoicing_currency (float | Unset): [read-only] The amount of chargeable manual order
                lines and vendor invoices on the project invoice, in the invoice currency.
            amount_travel_reports_and_expenses (float | Unset): [read-only] The amount of travel costs and expenses on the
                project invoice.
            amount_travel_reports_and_expenses_currency (float | Unset): [read-only] The amount of travel costs and expenses
                on the project invoice, in the invoice currency.
            fee_invoice_text (str | Unset): [read-only] The fee comment on the project invoice.
            invoice_text (str | Unset): [read-only] The comment on the project invoice.
            include_order_lines_and_reinvoicing (bool | Unset): [read-only] Determines if extra costs should be included on
                the project invoice.
            include_hours (bool | Unset): [read-only] Determines if hours should be included on the project invoice.
            include_on_account_balance (bool | Unset): [read-only] Determines if akonto should be included on the project
                invoice.
            on_account_balance_amount (float | Unset): [read-only] The akonto amount on the project invoice.
            on_account_balance_amount_currency (float | Unset): [read-only] The akonto amount on the project invoice in the
                invoice currency.
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        fee_amount = self.fee_amount

        fee_amount_currency = self.fee_amount_currency

        markup_percent = self.markup_percent

        markup_amount = self.markup_amount

        markup_amount_currency = self.markup_amount_currency

        amount_order_lines_and_reinvoicing = self.amount_order_lines_and_reinvoicing

        amount_order_lines_and_reinvoicing_currency = self.amount_order_lines_and_reinvoicing_currency

        amount_travel_reports_and_expenses = self.amount_travel_reports_and_expenses

        amount_travel_reports_and_expenses_currency = self.amount_travel_reports_and_expenses_currency

        fee_invoice_text = self.fee_invoice_text

        invoice_text = self.invoice_text

        include_order_lines_and_reinvoicing = self.include_order_lines_and_reinvoicing

        include_hours = self.include_hours

        include_on_account_balance = self.include_on_account_balance

        on_account_balance_amount = self.on_account_balance_amount

        on_account_balance_amount_currency = self.on_account_balance_amount_currency

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if project is not UNSET:
            field_dict["project"] = project
        if fee_amount is not UNSET and not _in_request:
            field_dict["feeAmount"] = fee_amount
        if fee_amount_currency is not UNSET and not _in_request:
            field_dict["feeAmountCurrency"] = fee_amount_currency
        if markup_percent is not UNSET and not _in_request:
            field_dict["markupPercent"] = markup_percent
        if markup_amount is not UNSET and not _in_request:
            field_dict["markupAmount"] = markup_amount
        if markup_amount_currency is not UNSET and not _in_request:
            field_dict["markupAmountCurrency"] = markup_amount_currency
        if amount_order_lines_and_reinvoicing is not UNSET and not _in_request:
            field_dict["amountOrderLinesAndReinvoicing"] = amount_order_lines_and_reinvoicing
        if amount_order_lines_and_reinvoicing_currency is not UNSET and not _in_request:
            field_dict["amountOrderLinesAndReinvoicingCurrency"] = amount_order_lines_and_reinvoicing_currency
        if amount_travel_reports_and_expenses is not UNSET and not _in_request:
            field_dict["amountTravelReportsAndExpenses"] = amount_travel_reports_and_expenses
        if amount_travel_reports_and_expenses_currency is not UNSET and not _in_request:
            field_dict["amountTravelReportsAndExpensesCurrency"] = amount_travel_reports_and_expenses_currency
        if fee_invoice_text is not UNSET and not _in_request:
            field_dict["feeInvoiceText"] = fee_invoice_text
        if invoice_text is not UNSET and not _in_request:
            field_dict["invoiceText"] = invoice_text
        if include_order_lines_and_reinvoicing is not UNSET and not _in_request:
            field_dict["includeOrderLinesAndReinvoicing"] = include_order_lines_and_reinvoicing
        if include_hours is not UNSET and not _in_request:
            field_dict["includeHours"] = include_hours
        if include_on_account_balance is not UNSET and not _in_request:
            field_dict["includeOnAccountBalance"] = include_on_account_balance
        if on_account_balance_amount is not UNSET and not _in_request:
            field_dict["onAccountBalanceAmount"] = on_account_balance_amount
        if on_account_balance_amount_currency is not UNSET and not _in_request:
            field_dict["onAccountBalanceAmountCurrency"] = on_account_balance_amount_currency
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectInvoiceDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_invoice(_tx_v: Any) -> Invoice | Unset:
            _invoice = _tx_v
            invoice: Invoice | Unset
            if isinstance(_invoice, Unset):
                invoice = UNSET
            else:
                invoice = Invoice._tx_from_json(_invoice)

            return invoice

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "project": ("project", _p_project),
            "fee_amount": ("feeAmount", None),
            "fee_amount_currency": ("feeAmountCurrency", None),
            "markup_percent": ("markupPercent", None),
            "markup_amount": ("markupAmount", None),
            "markup_amount_currency": ("markupAmountCurrency", None),
            "amount_order_lines_and_reinvoicing": ("amountOrderLinesAndReinvoicing", None),
            "amount_order_lines_and_reinvoicing_currency": ("amountOrderLinesAndReinvoicingCurrency", None),
            "amount_travel_reports_and_expenses": ("amountTravelReportsAndExpenses", None),
            "amount_travel_reports_and_expenses_currency": ("amountTravelReportsAndExpensesCurrency", None),
            "fee_invoice_text": ("feeInvoiceText", None),
            "invoice_text": ("invoiceText", None),
            "include_order_lines_and_reinvoicing": ("includeOrderLinesAndReinvoicing", None),
            "include_hours": ("includeHours", None),
            "include_on_account_balance": ("includeOnAccountBalance", None),
            "on_account_balance_amount": ("onAccountBalanceAmount", None),
            "on_account_balance_amount_currency": ("onAccountBalanceAmountCurrency", None),
            "vat_type": ("vatType", _p_vat_type),
            "invoice": ("invoice", _p_invoice),
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
