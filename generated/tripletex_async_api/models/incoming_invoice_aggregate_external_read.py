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
    from ..models.incoming_invoice_header_external_read import IncomingInvoiceHeaderExternalRead
    from ..models.incoming_invoice_metadata_external import IncomingInvoiceMetadataExternal
    from ..models.incoming_invoice_permissions import IncomingInvoicePermissions
    from ..models.incoming_order_line_external_read import IncomingOrderLineExternalRead


T = TypeVar("T", bound="IncomingInvoiceAggregateExternalRead")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("invoiceHeader", dict, False),
    ("orderLines", list, False),
    ("metadata", dict, False),
    ("permissions", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceAggregateExternalRead(LazyModel):
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
        self._tx_load()
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
        """A IncomingInvoiceAggregateExternalRead from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.incoming_invoice_header_external_read import IncomingInvoiceHeaderExternalRead  # noqa: PLC0415
        from ..models.incoming_invoice_metadata_external import IncomingInvoiceMetadataExternal  # noqa: PLC0415
        from ..models.incoming_invoice_permissions import IncomingInvoicePermissions  # noqa: PLC0415
        from ..models.incoming_order_line_external_read import IncomingOrderLineExternalRead  # noqa: PLC0415

        def _p_invoice_header(_tx_v: Any) -> IncomingInvoiceHeaderExternalRead | Unset:
            _invoice_header = _tx_v
            invoice_header: IncomingInvoiceHeaderExternalRead | Unset
            if isinstance(_invoice_header, Unset):
                invoice_header = UNSET
            else:
                invoice_header = IncomingInvoiceHeaderExternalRead._tx_from_json(_invoice_header)

            return invoice_header

        def _p_order_lines(_tx_v: Any) -> list[IncomingOrderLineExternalRead] | Unset:
            _order_lines = _tx_v
            order_lines: list[IncomingOrderLineExternalRead] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = IncomingOrderLineExternalRead._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_metadata(_tx_v: Any) -> IncomingInvoiceMetadataExternal | Unset:
            _metadata = _tx_v
            metadata: IncomingInvoiceMetadataExternal | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = IncomingInvoiceMetadataExternal._tx_from_json(_metadata)

            return metadata

        def _p_permissions(_tx_v: Any) -> IncomingInvoicePermissions | Unset:
            _permissions = _tx_v
            permissions: IncomingInvoicePermissions | Unset
            if isinstance(_permissions, Unset):
                permissions = UNSET
            else:
                permissions = IncomingInvoicePermissions._tx_from_json(_permissions)

            return permissions

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherId",
                "invoiceHeader",
                "orderLines",
                "metadata",
                "permissions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_id": ("voucherId", None),
            "invoice_header": ("invoiceHeader", _p_invoice_header),
            "order_lines": ("orderLines", _p_order_lines),
            "metadata": ("metadata", _p_metadata),
            "permissions": ("permissions", _p_permissions),
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
