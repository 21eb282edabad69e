from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_line_accrual_source_type import OrderLineAccrualSourceType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.order_line import OrderLine
    from ..models.project_invoice_details import ProjectInvoiceDetails
    from ..models.travel_expense import TravelExpense


T = TypeVar("T", bound="OrderLineAccrual")


@_attrs_define
class OrderLineAccrual(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        source_type (OrderLineAccrualSourceType | Unset): The type of source for this accrual (ORDER_LINE,
            TRAVEL_EXPENSE, FEE, or MARKUP_FEE)
        source_id (int | Unset): The ID of the source entity (orderLine, travelExpense, feeInvoiceOrder, or
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
        month (int | Unset): The month the accrual starts
        year (int | Unset): The year the accrual starts
        number_of_periods (int | Unset): The number of periods for the accrual
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
        _v = self.source_type
        if _v is not UNSET and not _in_request:
            field_dict["sourceType"] = _v._value_
        _v = self.source_id
        if _v is not UNSET and not _in_request:
            field_dict["sourceId"] = _v
        _v = self.order_line
        if _v is not UNSET:
            field_dict["orderLine"] = _v.to_dict()
        _v = self.travel_expense
        if _v is not UNSET:
            field_dict["travelExpense"] = _v.to_dict()
        _v = self.fee_invoice_order
        if _v is not UNSET:
            field_dict["feeInvoiceOrder"] = _v.to_dict()
        _v = self.markup_fee_invoice_order
        if _v is not UNSET:
            field_dict["markupFeeInvoiceOrder"] = _v.to_dict()
        _v = self.accrual_account
        if _v is not UNSET:
            field_dict["accrualAccount"] = _v.to_dict()
        _v = self.income_account
        if _v is not UNSET:
            field_dict["incomeAccount"] = _v.to_dict()
        _v = self.month
        if _v is not UNSET and not _in_request:
            field_dict["month"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.number_of_periods
        if _v is not UNSET and not _in_request:
            field_dict["numberOfPeriods"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OrderLineAccrual from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OrderLineAccrual.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.project_invoice_details import ProjectInvoiceDetails  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415

        _new = object.__new__
        _e_source_type: dict[Any, Any] = enum_members(OrderLineAccrualSourceType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "sourceId": "source_id",
            "month": "month",
            "year": "year",
            "numberOfPeriods": "number_of_periods",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.source_type = o.source_id = o.order_line = (
                        o.travel_expense
                    ) = o.fee_invoice_order = o.markup_fee_invoice_order = o.accrual_account = o.income_account = (
                        o.month
                    ) = o.year = o.number_of_periods = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.source_type = o.source_id = o.order_line = (
                        o.travel_expense
                    ) = o.fee_invoice_order = o.markup_fee_invoice_order = o.accrual_account = o.income_account = (
                        o.month
                    ) = o.year = o.number_of_periods = UNSET
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
                k = "sourceType"
                v = g("sourceType")
                if v is None:
                    o.source_type = u
                    if "sourceType" not in d:
                        m += 1
                else:
                    o.source_type = (
                        e_ if (e_ := _e_source_type.get(v)) is not None else enum_value(OrderLineAccrualSourceType, v)
                    )
                v = g("sourceId")
                if v is None:
                    o.source_id = u
                    if "sourceId" not in d:
                        m += 1
                else:
                    o.source_id = v
                k = "orderLine"
                v = g("orderLine")
                if v is None:
                    o.order_line = u
                    if "orderLine" not in d:
                        m += 1
                else:
                    o.order_line = OrderLine._tx_parse(v)
                k = "travelExpense"
                v = g("travelExpense")
                if v is None:
                    o.travel_expense = u
                    if "travelExpense" not in d:
                        m += 1
                else:
                    o.travel_expense = TravelExpense._tx_parse(v)
                k = "feeInvoiceOrder"
                v = g("feeInvoiceOrder")
                if v is None:
                    o.fee_invoice_order = u
                    if "feeInvoiceOrder" not in d:
                        m += 1
                else:
                    o.fee_invoice_order = ProjectInvoiceDetails._tx_parse(v)
                k = "markupFeeInvoiceOrder"
                v = g("markupFeeInvoiceOrder")
                if v is None:
                    o.markup_fee_invoice_order = u
                    if "markupFeeInvoiceOrder" not in d:
                        m += 1
                else:
                    o.markup_fee_invoice_order = ProjectInvoiceDetails._tx_parse(v)
                k = "accrualAccount"
                v = g("accrualAccount")
                if v is None:
                    o.accrual_account = u
                    if "accrualAccount" not in d:
                        m += 1
                else:
                    o.accrual_account = Account._tx_parse(v)
                k = "incomeAccount"
                v = g("incomeAccount")
                if v is None:
                    o.income_account = u
                    if "incomeAccount" not in d:
                        m += 1
                else:
                    o.income_account = Account._tx_parse(v)
                v = g("month")
                if v is None:
                    o.month = u
                    if "month" not in d:
                        m += 1
                else:
                    o.month = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("numberOfPeriods")
                if v is None:
                    o.number_of_periods = u
                    if "numberOfPeriods" not in d:
                        m += 1
                else:
                    o.number_of_periods = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("source_type", "sourceType"),
            ("source_id", "sourceId"),
            ("order_line", "orderLine"),
            ("travel_expense", "travelExpense"),
            ("fee_invoice_order", "feeInvoiceOrder"),
            ("markup_fee_invoice_order", "markupFeeInvoiceOrder"),
            ("accrual_account", "accrualAccount"),
            ("income_account", "incomeAccount"),
            ("month", "month"),
            ("year", "year"),
            ("number_of_periods", "numberOfPeriods"),
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
            v = s.source_type
            o.source_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_source_type.get(v)) is not None
                else enum_value(OrderLineAccrualSourceType, v)
            )
            v = s.source_id
            o.source_id = u if v is None else v
            v = s.order_line
            o.order_line = u if v is None or v is u else OrderLine._tx_parse(v)
            v = s.travel_expense
            o.travel_expense = u if v is None or v is u else TravelExpense._tx_parse(v)
            v = s.fee_invoice_order
            o.fee_invoice_order = u if v is None or v is u else ProjectInvoiceDetails._tx_parse(v)
            v = s.markup_fee_invoice_order
            o.markup_fee_invoice_order = u if v is None or v is u else ProjectInvoiceDetails._tx_parse(v)
            v = s.accrual_account
            o.accrual_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.income_account
            o.income_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.month
            o.month = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.number_of_periods
            o.number_of_periods = u if v is None else v
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
