from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_line_accrual_source_type import OrderLineAccrualSourceType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.order_line import OrderLine
    from ..models.project_invoice_details import ProjectInvoiceDetails
    from ..models.travel_expense import TravelExpense


T = TypeVar("T", bound="OrderLineAccrual")


@_attrs_define
class OrderLineAccrual:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.project_invoice_details import ProjectInvoiceDetails  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _source_type = d.pop("sourceType", UNSET)
        source_type: OrderLineAccrualSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = OrderLineAccrualSourceType(_source_type)

        source_id = d.pop("sourceId", UNSET)

        _order_line = d.pop("orderLine", UNSET)
        order_line: OrderLine | Unset
        if isinstance(_order_line, Unset):
            order_line = UNSET
        else:
            order_line = OrderLine.from_dict(_order_line)

        _travel_expense = d.pop("travelExpense", UNSET)
        travel_expense: TravelExpense | Unset
        if isinstance(_travel_expense, Unset):
            travel_expense = UNSET
        else:
            travel_expense = TravelExpense.from_dict(_travel_expense)

        _fee_invoice_order = d.pop("feeInvoiceOrder", UNSET)
        fee_invoice_order: ProjectInvoiceDetails | Unset
        if isinstance(_fee_invoice_order, Unset):
            fee_invoice_order = UNSET
        else:
            fee_invoice_order = ProjectInvoiceDetails.from_dict(_fee_invoice_order)

        _markup_fee_invoice_order = d.pop("markupFeeInvoiceOrder", UNSET)
        markup_fee_invoice_order: ProjectInvoiceDetails | Unset
        if isinstance(_markup_fee_invoice_order, Unset):
            markup_fee_invoice_order = UNSET
        else:
            markup_fee_invoice_order = ProjectInvoiceDetails.from_dict(_markup_fee_invoice_order)

        _accrual_account = d.pop("accrualAccount", UNSET)
        accrual_account: Account | Unset
        if isinstance(_accrual_account, Unset):
            accrual_account = UNSET
        else:
            accrual_account = Account.from_dict(_accrual_account)

        _income_account = d.pop("incomeAccount", UNSET)
        income_account: Account | Unset
        if isinstance(_income_account, Unset):
            income_account = UNSET
        else:
            income_account = Account.from_dict(_income_account)

        month = d.pop("month", UNSET)

        year = d.pop("year", UNSET)

        number_of_periods = d.pop("numberOfPeriods", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            source_type=source_type,
            source_id=source_id,
            order_line=order_line,
            travel_expense=travel_expense,
            fee_invoice_order=fee_invoice_order,
            markup_fee_invoice_order=markup_fee_invoice_order,
            accrual_account=accrual_account,
            income_account=income_account,
            month=month,
            year=year,
            number_of_periods=number_of_periods,
        )

        _obj.additional_properties = d
        return _obj

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
