from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_line_accrual_source_type import OrderLineAccrualSourceType
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
    from ..models.account import Account
    from ..models.change import Change
    from ..models.order_line import OrderLine
    from ..models.project_invoice_details import ProjectInvoiceDetails
    from ..models.travel_expense import TravelExpense


T = TypeVar("T", bound="OrderLineAccrual")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("sourceType", str, False),
    ("orderLine", dict, False),
    ("travelExpense", dict, False),
    ("feeInvoiceOrder", dict, False),
    ("markupFeeInvoiceOrder", dict, False),
    ("accrualAccount", dict, False),
    ("incomeAccount", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class OrderLineAccrual(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        source_type (OrderLineAccrualSourceType | Unset): [read-only] The type of source for this accrual (ORDER_LINE,
            TRAVEL_EXPENSE, FEE, or MARKUP_FEE)
        source_id (int | Unset): [read-only] The ID of the source entity (orderLine, travelExpense, feeInvoiceOrder, or
            markupInvoiceOrder depending on sourceType)
        order_line (OrderLine | Unset): Order lines tied to the order. New OrderLines may be embedded here, in some
            endpoints.
        travel_expense (TravelExpense | Unset): Travel reports connected to the order.
        fee_invoice_order (ProjectInvoiceDetails | Unset): ProjectInvoiceDetails contains additional information about
            the invoice, in particular invoices for projects. It contains information about the charged project, the fee
            amount, extra percent and amount, extra costs, travel expenses, invoice and project comments, akonto amount and
            values determining if extra costs, akonto and hours should be included. ProjectInvoiceDetails is an object which
            represents the relation between an invoice and a Project, Orderline and OrderOut object.
        markup_fee_invoice_order (ProjectInvoiceDetails | Unset): ProjectInvoiceDetails contains additional information
            about the invoice, in particular invoices for projects. It contains information about the charged project, the
            fee amount, extra percent and amount, extra costs, travel expenses, invoice and project comments, akonto amount
            and values determining if extra costs, akonto and hours should be included. ProjectInvoiceDetails is an object
            which represents the relation between an invoice and a Project, Orderline and OrderOut object.
        accrual_account (Account | Unset):
        income_account (Account | Unset):
        month (int | Unset): [read-only] The month the accrual starts
        year (int | Unset): [read-only] The year the accrual starts
        number_of_periods (int | Unset): [read-only] The number of periods for the accrual
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    source_type: OrderLineAccrualSourceType | Unset = UNSET
    source_id: int | Unset = UNSET
    order_line: OrderLine | Unset = UNSET
    travel_expense: TravelExpense | Unset = UNSET
    fee_invoice_order: ProjectInvoiceDetails | Unset = UNSET
    markup_fee_invoice_order: ProjectInvoiceDetails | Unset = UNSET
    accrual_account: Account | Unset = UNSET
    income_account: Account | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    number_of_periods: int | Unset = UNSET
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

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        source_id = self.source_id

        order_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_line, Unset):
            order_line = self.order_line.to_dict()

        travel_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_expense, Unset):
            travel_expense = self.travel_expense.to_dict()

        fee_invoice_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_invoice_order, Unset):
            fee_invoice_order = self.fee_invoice_order.to_dict()

        markup_fee_invoice_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.markup_fee_invoice_order, Unset):
            markup_fee_invoice_order = self.markup_fee_invoice_order.to_dict()

        accrual_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accrual_account, Unset):
            accrual_account = self.accrual_account.to_dict()

        income_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account, Unset):
            income_account = self.income_account.to_dict()

        month = self.month

        year = self.year

        number_of_periods = self.number_of_periods

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
        if source_type is not UNSET and not _in_request:
            field_dict["sourceType"] = source_type
        if source_id is not UNSET and not _in_request:
            field_dict["sourceId"] = source_id
        if order_line is not UNSET:
            field_dict["orderLine"] = order_line
        if travel_expense is not UNSET:
            field_dict["travelExpense"] = travel_expense
        if fee_invoice_order is not UNSET:
            field_dict["feeInvoiceOrder"] = fee_invoice_order
        if markup_fee_invoice_order is not UNSET:
            field_dict["markupFeeInvoiceOrder"] = markup_fee_invoice_order
        if accrual_account is not UNSET:
            field_dict["accrualAccount"] = accrual_account
        if income_account is not UNSET:
            field_dict["incomeAccount"] = income_account
        if month is not UNSET and not _in_request:
            field_dict["month"] = month
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if number_of_periods is not UNSET and not _in_request:
            field_dict["numberOfPeriods"] = number_of_periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OrderLineAccrual from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.project_invoice_details import ProjectInvoiceDetails  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415

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

        def _p_source_type(_tx_v: Any) -> OrderLineAccrualSourceType | Unset:
            _source_type = _tx_v
            source_type: OrderLineAccrualSourceType | Unset
            if isinstance(_source_type, Unset):
                source_type = UNSET
            else:
                source_type = OrderLineAccrualSourceType(_source_type)

            return source_type

        def _p_order_line(_tx_v: Any) -> OrderLine | Unset:
            _order_line = _tx_v
            order_line: OrderLine | Unset
            if isinstance(_order_line, Unset):
                order_line = UNSET
            else:
                order_line = OrderLine._tx_from_json(_order_line)

            return order_line

        def _p_travel_expense(_tx_v: Any) -> TravelExpense | Unset:
            _travel_expense = _tx_v
            travel_expense: TravelExpense | Unset
            if isinstance(_travel_expense, Unset):
                travel_expense = UNSET
            else:
                travel_expense = TravelExpense._tx_from_json(_travel_expense)

            return travel_expense

        def _p_fee_invoice_order(_tx_v: Any) -> ProjectInvoiceDetails | Unset:
            _fee_invoice_order = _tx_v
            fee_invoice_order: ProjectInvoiceDetails | Unset
            if isinstance(_fee_invoice_order, Unset):
                fee_invoice_order = UNSET
            else:
                fee_invoice_order = ProjectInvoiceDetails._tx_from_json(_fee_invoice_order)

            return fee_invoice_order

        def _p_markup_fee_invoice_order(_tx_v: Any) -> ProjectInvoiceDetails | Unset:
            _markup_fee_invoice_order = _tx_v
            markup_fee_invoice_order: ProjectInvoiceDetails | Unset
            if isinstance(_markup_fee_invoice_order, Unset):
                markup_fee_invoice_order = UNSET
            else:
                markup_fee_invoice_order = ProjectInvoiceDetails._tx_from_json(_markup_fee_invoice_order)

            return markup_fee_invoice_order

        def _p_accrual_account(_tx_v: Any) -> Account | Unset:
            _accrual_account = _tx_v
            accrual_account: Account | Unset
            if isinstance(_accrual_account, Unset):
                accrual_account = UNSET
            else:
                accrual_account = Account._tx_from_json(_accrual_account)

            return accrual_account

        def _p_income_account(_tx_v: Any) -> Account | Unset:
            _income_account = _tx_v
            income_account: Account | Unset
            if isinstance(_income_account, Unset):
                income_account = UNSET
            else:
                income_account = Account._tx_from_json(_income_account)

            return income_account

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "sourceType",
                "sourceId",
                "orderLine",
                "travelExpense",
                "feeInvoiceOrder",
                "markupFeeInvoiceOrder",
                "accrualAccount",
                "incomeAccount",
                "month",
                "year",
                "numberOfPeriods",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "source_type": ("sourceType", _p_source_type),
            "source_id": ("sourceId", None),
            "order_line": ("orderLine", _p_order_line),
            "travel_expense": ("travelExpense", _p_travel_expense),
            "fee_invoice_order": ("feeInvoiceOrder", _p_fee_invoice_order),
            "markup_fee_invoice_order": ("markupFeeInvoiceOrder", _p_markup_fee_invoice_order),
            "accrual_account": ("accrualAccount", _p_accrual_account),
            "income_account": ("incomeAccount", _p_income_account),
            "month": ("month", None),
            "year": ("year", None),
            "number_of_periods": ("numberOfPeriods", None),
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
