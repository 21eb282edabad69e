from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_aggregate_write_cost_line_mode import IncomingInvoiceAggregateWriteCostLineMode
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
    from ..models.incoming_invoice_header_write import IncomingInvoiceHeaderWrite
    from ..models.incoming_invoice_payment_write import IncomingInvoicePaymentWrite
    from ..models.incoming_order_line_write import IncomingOrderLineWrite


T = TypeVar("T", bound="IncomingInvoiceAggregateWrite")


@_attrs_define
class IncomingInvoiceAggregateWrite(Model):
    """
    Attributes:
        voucher_id (int | Unset): Voucher Id of the incoming invoice
        version (int | Unset): Voucher version
        cost_line_mode (IncomingInvoiceAggregateWriteCostLineMode | Unset): Cost line mode for the invoice
        invoice_header (IncomingInvoiceHeaderWrite | Unset): The invoice header.
        order_lines (list[IncomingOrderLineWrite] | Unset):
        payment_draft (IncomingInvoicePaymentWrite | Unset): The invoice payment.
        deleted_order_lines (list[IncomingOrderLineWrite] | Unset):
    """

    voucher_id: int | Unset = UNSET
    version: int | Unset = UNSET
    cost_line_mode: IncomingInvoiceAggregateWriteCostLineMode | Unset = UNSET
    invoice_header: IncomingInvoiceHeaderWrite | Unset = UNSET
    order_lines: list[IncomingOrderLineWrite] | Unset = UNSET
    payment_draft: IncomingInvoicePaymentWrite | Unset = UNSET
    deleted_order_lines: list[IncomingOrderLineWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.voucher_id
        if _v is not UNSET:
            field_dict["voucherId"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.cost_line_mode
        if _v is not UNSET:
            field_dict["costLineMode"] = _v._value_
        _v = self.invoice_header
        if _v is not UNSET:
            field_dict["invoiceHeader"] = _v.to_dict()
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.payment_draft
        if _v is not UNSET:
            field_dict["paymentDraft"] = _v.to_dict()
        _v = self.deleted_order_lines
        if _v is not UNSET and not _in_request:
            field_dict["deletedOrderLines"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAggregateWrite from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceAggregateWrite.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_header_write import IncomingInvoiceHeaderWrite  # noqa: PLC0415
        from ..models.incoming_invoice_payment_write import IncomingInvoicePaymentWrite  # noqa: PLC0415
        from ..models.incoming_order_line_write import IncomingOrderLineWrite  # noqa: PLC0415

        _new = object.__new__
        _e_cost_line_mode: dict[Any, Any] = enum_members(IncomingInvoiceAggregateWriteCostLineMode)
        _known: frozenset[str] = frozenset(
            (
                "voucherId",
                "version",
                "costLineMode",
                "invoiceHeader",
                "orderLines",
                "paymentDraft",
                "deletedOrderLines",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "costLineMode"
                v = g("costLineMode")
                if v is None:
                    o.cost_line_mode = u
                    if "costLineMode" not in d:
                        m += 1
                else:
                    o.cost_line_mode = (
                        e_
                        if (e_ := _e_cost_line_mode.get(v)) is not None
                        else enum_value(IncomingInvoiceAggregateWriteCostLineMode, v)
                    )
                k = "invoiceHeader"
                v = g("invoiceHeader")
                if v is None:
                    o.invoice_header = u
                    if "invoiceHeader" not in d:
                        m += 1
                else:
                    o.invoice_header = IncomingInvoiceHeaderWrite._tx_parse(v)
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([IncomingOrderLineWrite._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "paymentDraft"
                v = g("paymentDraft")
                if v is None:
                    o.payment_draft = u
                    if "paymentDraft" not in d:
                        m += 1
                else:
                    o.payment_draft = IncomingInvoicePaymentWrite._tx_parse(v)
                k = "deletedOrderLines"
                v = g("deletedOrderLines")
                if v is None:
                    o.deleted_order_lines = u
                    if "deletedOrderLines" not in d:
                        m += 1
                else:
                    o.deleted_order_lines = (
                        ([IncomingOrderLineWrite._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_id", "voucherId"),
            ("version", "version"),
            ("cost_line_mode", "costLineMode"),
            ("invoice_header", "invoiceHeader"),
            ("order_lines", "orderLines"),
            ("payment_draft", "paymentDraft"),
            ("deleted_order_lines", "deletedOrderLines"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.cost_line_mode
            o.cost_line_mode = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_cost_line_mode.get(v)) is not None
                else enum_value(IncomingInvoiceAggregateWriteCostLineMode, v)
            )
            v = s.invoice_header
            o.invoice_header = u if v is None or v is u else IncomingInvoiceHeaderWrite._tx_parse(v)
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([IncomingOrderLineWrite._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.payment_draft
            o.payment_draft = u if v is None or v is u else IncomingInvoicePaymentWrite._tx_parse(v)
            v = s.deleted_order_lines
            o.deleted_order_lines = (
                u
                if v is None or v is u
                else ([IncomingOrderLineWrite._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
