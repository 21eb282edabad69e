from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_aggregate_write_cost_line_mode import IncomingInvoiceAggregateWriteCostLineMode
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
    from ..models.incoming_invoice_header_write import IncomingInvoiceHeaderWrite
    from ..models.incoming_invoice_payment_write import IncomingInvoicePaymentWrite
    from ..models.incoming_order_line_write import IncomingOrderLineWrite


T = TypeVar("T", bound="IncomingInvoiceAggregateWrite")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("costLineMode", str, False),
    ("invoiceHeader", dict, False),
    ("orderLines", list, False),
    ("paymentDraft", dict, False),
    ("deletedOrderLines", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceAggregateWrite(LazyModel):
    """
    Attributes:
        voucher_id (int | Unset): Voucher Id of the incoming invoice
        version (int | Unset): Voucher version
        cost_line_mode (IncomingInvoiceAggregateWriteCostLineMode | Unset): Cost line mode for the invoice
        invoice_header (IncomingInvoiceHeaderWrite | Unset): The invoice header.
        order_lines (list[IncomingOrderLineWrite] | Unset): [read-only]
        payment_draft (IncomingInvoicePaymentWrite | Unset): The invoice payment.
        deleted_order_lines (list[IncomingOrderLineWrite] | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        version = self.version

        cost_line_mode: str | Unset = UNSET
        if not isinstance(self.cost_line_mode, Unset):
            cost_line_mode = self.cost_line_mode.value

        invoice_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_header, Unset):
            invoice_header = self.invoice_header.to_dict()

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        payment_draft: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_draft, Unset):
            payment_draft = self.payment_draft.to_dict()

        deleted_order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleted_order_lines, Unset):
            deleted_order_lines = []
            for deleted_order_lines_item_data in self.deleted_order_lines:
                deleted_order_lines_item = deleted_order_lines_item_data.to_dict()
                deleted_order_lines.append(deleted_order_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET:
            field_dict["voucherId"] = voucher_id
        if version is not UNSET:
            field_dict["version"] = version
        if cost_line_mode is not UNSET:
            field_dict["costLineMode"] = cost_line_mode
        if invoice_header is not UNSET:
            field_dict["invoiceHeader"] = invoice_header
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if payment_draft is not UNSET:
            field_dict["paymentDraft"] = payment_draft
        if deleted_order_lines is not UNSET and not _in_request:
            field_dict["deletedOrderLines"] = deleted_order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAggregateWrite from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.incoming_invoice_header_write import IncomingInvoiceHeaderWrite  # noqa: PLC0415
        from ..models.incoming_invoice_payment_write import IncomingInvoicePaymentWrite  # noqa: PLC0415
        from ..models.incoming_order_line_write import IncomingOrderLineWrite  # noqa: PLC0415

        def _p_cost_line_mode(_tx_v: Any) -> IncomingInvoiceAggregateWriteCostLineMode | Unset:
            _cost_line_mode = _tx_v
            cost_line_mode: IncomingInvoiceAggregateWriteCostLineMode | Unset
            if isinstance(_cost_line_mode, Unset):
                cost_line_mode = UNSET
            else:
                cost_line_mode = IncomingInvoiceAggregateWriteCostLineMode(_cost_line_mode)

            return cost_line_mode

        def _p_invoice_header(_tx_v: Any) -> IncomingInvoiceHeaderWrite | Unset:
            _invoice_header = _tx_v
            invoice_header: IncomingInvoiceHeaderWrite | Unset
            if isinstance(_invoice_header, Unset):
                invoice_header = UNSET
            else:
                invoice_header = IncomingInvoiceHeaderWrite._tx_from_json(_invoice_header)

            return invoice_header

        def _p_order_lines(_tx_v: Any) -> list[IncomingOrderLineWrite] | Unset:
            _order_lines = _tx_v
            order_lines: list[IncomingOrderLineWrite] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = IncomingOrderLineWrite._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_payment_draft(_tx_v: Any) -> IncomingInvoicePaymentWrite | Unset:
            _payment_draft = _tx_v
            payment_draft: IncomingInvoicePaymentWrite | Unset
            if isinstance(_payment_draft, Unset):
                payment_draft = UNSET
            else:
                payment_draft = IncomingInvoicePaymentWrite._tx_from_json(_payment_draft)

            return payment_draft

        def _p_deleted_order_lines(_tx_v: Any) -> list[IncomingOrderLineWrite] | Unset:
            _deleted_order_lines = _tx_v
            deleted_order_lines: list[IncomingOrderLineWrite] | Unset = UNSET
            if _deleted_order_lines is not UNSET:
                deleted_order_lines = []
                for deleted_order_lines_item_data in _deleted_order_lines:
                    if deleted_order_lines_item_data is None:
                        continue
                    deleted_order_lines_item = IncomingOrderLineWrite._tx_from_json(deleted_order_lines_item_data)

                    deleted_order_lines.append(deleted_order_lines_item)

            return deleted_order_lines

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_id": ("voucherId", None),
            "version": ("version", None),
            "cost_line_mode": ("costLineMode", _p_cost_line_mode),
            "invoice_header": ("invoiceHeader", _p_invoice_header),
            "order_lines": ("orderLines", _p_order_lines),
            "payment_draft": ("paymentDraft", _p_payment_draft),
            "deleted_order_lines": ("deletedOrderLines", _p_deleted_order_lines),
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
