from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.incoming_invoice_header_external_write import IncomingInvoiceHeaderExternalWrite
    from ..models.incoming_order_line_external_write import IncomingOrderLineExternalWrite


T = TypeVar("T", bound="IncomingInvoiceAggregateExternalWrite")


@_attrs_define
class IncomingInvoiceAggregateExternalWrite:
    """
    Attributes:
        version (int | Unset): Voucher version
        invoice_header (IncomingInvoiceHeaderExternalWrite | Unset): The invoice header.
        order_lines (list[IncomingOrderLineExternalWrite] | Unset):
    """

    version: int | Unset = UNSET
    invoice_header: IncomingInvoiceHeaderExternalWrite | Unset = UNSET
    order_lines: list[IncomingOrderLineExternalWrite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        version = self.version

        invoice_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_header, Unset):
            invoice_header = self.invoice_header.to_dict()

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if invoice_header is not UNSET:
            field_dict["invoiceHeader"] = invoice_header
        if order_lines is not UNSET:
            field_dict["orderLines"] = order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.incoming_invoice_header_external_write import IncomingInvoiceHeaderExternalWrite  # noqa: PLC0415
        from ..models.incoming_order_line_external_write import IncomingOrderLineExternalWrite  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        version = d.pop("version", UNSET)

        _invoice_header = d.pop("invoiceHeader", UNSET)
        invoice_header: IncomingInvoiceHeaderExternalWrite | Unset
        if isinstance(_invoice_header, Unset):
            invoice_header = UNSET
        else:
            invoice_header = IncomingInvoiceHeaderExternalWrite.from_dict(_invoice_header)

        _order_lines = d.pop("orderLines", UNSET)
        order_lines: list[IncomingOrderLineExternalWrite] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                if order_lines_item_data is None:
                    continue
                order_lines_item = IncomingOrderLineExternalWrite.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _obj = cls(
            version=version,
            invoice_header=invoice_header,
            order_lines=order_lines,
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
