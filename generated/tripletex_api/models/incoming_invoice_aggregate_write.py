from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_aggregate_write_cost_line_mode import IncomingInvoiceAggregateWriteCostLineMode
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.incoming_invoice_header_write import IncomingInvoiceHeaderWrite
    from ..models.incoming_invoice_payment_write import IncomingInvoicePaymentWrite
    from ..models.incoming_order_line_write import IncomingOrderLineWrite


T = TypeVar("T", bound="IncomingInvoiceAggregateWrite")


@_attrs_define
class IncomingInvoiceAggregateWrite:
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
        from ..models.incoming_invoice_header_write import IncomingInvoiceHeaderWrite  # noqa: PLC0415
        from ..models.incoming_invoice_payment_write import IncomingInvoicePaymentWrite  # noqa: PLC0415
        from ..models.incoming_order_line_write import IncomingOrderLineWrite  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_id = d.pop("voucherId", UNSET)

        version = d.pop("version", UNSET)

        _cost_line_mode = d.pop("costLineMode", UNSET)
        cost_line_mode: IncomingInvoiceAggregateWriteCostLineMode | Unset
        if isinstance(_cost_line_mode, Unset):
            cost_line_mode = UNSET
        else:
            cost_line_mode = IncomingInvoiceAggregateWriteCostLineMode(_cost_line_mode)

        _invoice_header = d.pop("invoiceHeader", UNSET)
        invoice_header: IncomingInvoiceHeaderWrite | Unset
        if isinstance(_invoice_header, Unset):
            invoice_header = UNSET
        else:
            invoice_header = IncomingInvoiceHeaderWrite.from_dict(_invoice_header)

        _order_lines = d.pop("orderLines", UNSET)
        order_lines: list[IncomingOrderLineWrite] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                if order_lines_item_data is None:
                    continue
                order_lines_item = IncomingOrderLineWrite.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _payment_draft = d.pop("paymentDraft", UNSET)
        payment_draft: IncomingInvoicePaymentWrite | Unset
        if isinstance(_payment_draft, Unset):
            payment_draft = UNSET
        else:
            payment_draft = IncomingInvoicePaymentWrite.from_dict(_payment_draft)

        _deleted_order_lines = d.pop("deletedOrderLines", UNSET)
        deleted_order_lines: list[IncomingOrderLineWrite] | Unset = UNSET
        if _deleted_order_lines is not UNSET:
            deleted_order_lines = []
            for deleted_order_lines_item_data in _deleted_order_lines:
                if deleted_order_lines_item_data is None:
                    continue
                deleted_order_lines_item = IncomingOrderLineWrite.from_dict(deleted_order_lines_item_data)

                deleted_order_lines.append(deleted_order_lines_item)

        _obj = cls(
            voucher_id=voucher_id,
            version=version,
            cost_line_mode=cost_line_mode,
            invoice_header=invoice_header,
            order_lines=order_lines,
            payment_draft=payment_draft,
            deleted_order_lines=deleted_order_lines,
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
