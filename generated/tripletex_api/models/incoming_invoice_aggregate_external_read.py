from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.incoming_invoice_header_external_read import IncomingInvoiceHeaderExternalRead
    from ..models.incoming_invoice_metadata_external import IncomingInvoiceMetadataExternal
    from ..models.incoming_invoice_permissions import IncomingInvoicePermissions
    from ..models.incoming_order_line_external_read import IncomingOrderLineExternalRead


T = TypeVar("T", bound="IncomingInvoiceAggregateExternalRead")


@_attrs_define
class IncomingInvoiceAggregateExternalRead:
    """
    Attributes:
        voucher_id (int | Unset): [read-only] Voucher Id of the incoming invoice
        invoice_header (IncomingInvoiceHeaderExternalRead | Unset): The invoice header.
        order_lines (list[IncomingOrderLineExternalRead] | Unset): [read-only]
        metadata (IncomingInvoiceMetadataExternal | Unset): The invoice meta data.
        permissions (IncomingInvoicePermissions | Unset): The user rights for invoice.
    """

    voucher_id: int | Unset = UNSET
    invoice_header: IncomingInvoiceHeaderExternalRead | Unset = UNSET
    order_lines: list[IncomingOrderLineExternalRead] | Unset = UNSET
    metadata: IncomingInvoiceMetadataExternal | Unset = UNSET
    permissions: IncomingInvoicePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        invoice_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_header, Unset):
            invoice_header = self.invoice_header.to_dict()

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if invoice_header is not UNSET:
            field_dict["invoiceHeader"] = invoice_header
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.incoming_invoice_header_external_read import IncomingInvoiceHeaderExternalRead  # noqa: PLC0415
        from ..models.incoming_invoice_metadata_external import IncomingInvoiceMetadataExternal  # noqa: PLC0415
        from ..models.incoming_invoice_permissions import IncomingInvoicePermissions  # noqa: PLC0415
        from ..models.incoming_order_line_external_read import IncomingOrderLineExternalRead  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_id = d.pop("voucherId", UNSET)

        _invoice_header = d.pop("invoiceHeader", UNSET)
        invoice_header: IncomingInvoiceHeaderExternalRead | Unset
        if isinstance(_invoice_header, Unset):
            invoice_header = UNSET
        else:
            invoice_header = IncomingInvoiceHeaderExternalRead.from_dict(_invoice_header)

        _order_lines = d.pop("orderLines", UNSET)
        order_lines: list[IncomingOrderLineExternalRead] | Unset = UNSET
        if _order_lines is not UNSET:
            order_lines = []
            for order_lines_item_data in _order_lines:
                if order_lines_item_data is None:
                    continue
                order_lines_item = IncomingOrderLineExternalRead.from_dict(order_lines_item_data)

                order_lines.append(order_lines_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: IncomingInvoiceMetadataExternal | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = IncomingInvoiceMetadataExternal.from_dict(_metadata)

        _permissions = d.pop("permissions", UNSET)
        permissions: IncomingInvoicePermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = IncomingInvoicePermissions.from_dict(_permissions)

        _obj = cls(
            voucher_id=voucher_id,
            invoice_header=invoice_header,
            order_lines=order_lines,
            metadata=metadata,
            permissions=permissions,
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
