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
    from ..models.incoming_invoice_header_read import IncomingInvoiceHeaderRead
    from ..models.incoming_invoice_lookup_data import IncomingInvoiceLookupData
    from ..models.incoming_invoice_metadata import IncomingInvoiceMetadata
    from ..models.incoming_invoice_page_options import IncomingInvoicePageOptions
    from ..models.incoming_invoice_payment_read import IncomingInvoicePaymentRead
    from ..models.incoming_invoice_permissions import IncomingInvoicePermissions
    from ..models.incoming_order_line_read import IncomingOrderLineRead


T = TypeVar("T", bound="IncomingInvoiceAggregateRead")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("invoiceHeader", dict, False),
    ("orderLines", list, False),
    ("paymentDraft", dict, False),
    ("lookupData", dict, False),
    ("metadata", dict, False),
    ("permissions", dict, False),
    ("pageOptions", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceAggregateRead(LazyModel):
    """
    Attributes:
        invoice_header (IncomingInvoiceHeaderRead | Unset): The invoice header.
        order_lines (list[IncomingOrderLineRead] | Unset): [read-only]
        payment_draft (IncomingInvoicePaymentRead | Unset):
        lookup_data (IncomingInvoiceLookupData | Unset): The invoice lookup data.
        metadata (IncomingInvoiceMetadata | Unset): The invoice meta data.
        permissions (IncomingInvoicePermissions | Unset): The user rights for invoice.
        page_options (IncomingInvoicePageOptions | Unset):
    """

    invoice_header: IncomingInvoiceHeaderRead | Unset = UNSET
    order_lines: list[IncomingOrderLineRead] | Unset = UNSET
    payment_draft: IncomingInvoicePaymentRead | Unset = UNSET
    lookup_data: IncomingInvoiceLookupData | Unset = UNSET
    metadata: IncomingInvoiceMetadata | Unset = UNSET
    permissions: IncomingInvoicePermissions | Unset = UNSET
    page_options: IncomingInvoicePageOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
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

        lookup_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lookup_data, Unset):
            lookup_data = self.lookup_data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        page_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_options, Unset):
            page_options = self.page_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_header is not UNSET:
            field_dict["invoiceHeader"] = invoice_header
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if payment_draft is not UNSET:
            field_dict["paymentDraft"] = payment_draft
        if lookup_data is not UNSET:
            field_dict["lookupData"] = lookup_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if page_options is not UNSET:
            field_dict["pageOptions"] = page_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAggregateRead from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.incoming_invoice_header_read import IncomingInvoiceHeaderRead  # noqa: PLC0415
        from ..models.incoming_invoice_lookup_data import IncomingInvoiceLookupData  # noqa: PLC0415
        from ..models.incoming_invoice_metadata import IncomingInvoiceMetadata  # noqa: PLC0415
        from ..models.incoming_invoice_page_options import IncomingInvoicePageOptions  # noqa: PLC0415
        from ..models.incoming_invoice_payment_read import IncomingInvoicePaymentRead  # noqa: PLC0415
        from ..models.incoming_invoice_permissions import IncomingInvoicePermissions  # noqa: PLC0415
        from ..models.incoming_order_line_read import IncomingOrderLineRead  # noqa: PLC0415

        def _p_invoice_header(_tx_v: Any) -> IncomingInvoiceHeaderRead | Unset:
            _invoice_header = _tx_v
            invoice_header: IncomingInvoiceHeaderRead | Unset
            if isinstance(_invoice_header, Unset):
                invoice_header = UNSET
            else:
                invoice_header = IncomingInvoiceHeaderRead._tx_from_json(_invoice_header)

            return invoice_header

        def _p_order_lines(_tx_v: Any) -> list[IncomingOrderLineRead] | Unset:
            _order_lines = _tx_v
            order_lines: list[IncomingOrderLineRead] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = IncomingOrderLineRead._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_payment_draft(_tx_v: Any) -> IncomingInvoicePaymentRead | Unset:
            _payment_draft = _tx_v
            payment_draft: IncomingInvoicePaymentRead | Unset
            if isinstance(_payment_draft, Unset):
                payment_draft = UNSET
            else:
                payment_draft = IncomingInvoicePaymentRead._tx_from_json(_payment_draft)

            return payment_draft

        def _p_lookup_data(_tx_v: Any) -> IncomingInvoiceLookupData | Unset:
            _lookup_data = _tx_v
            lookup_data: IncomingInvoiceLookupData | Unset
            if isinstance(_lookup_data, Unset):
                lookup_data = UNSET
            else:
                lookup_data = IncomingInvoiceLookupData._tx_from_json(_lookup_data)

            return lookup_data

        def _p_metadata(_tx_v: Any) -> IncomingInvoiceMetadata | Unset:
            _metadata = _tx_v
            metadata: IncomingInvoiceMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = IncomingInvoiceMetadata._tx_from_json(_metadata)

            return metadata

        def _p_permissions(_tx_v: Any) -> IncomingInvoicePermissions | Unset:
            _permissions = _tx_v
            permissions: IncomingInvoicePermissions | Unset
            if isinstance(_permissions, Unset):
                permissions = UNSET
            else:
                permissions = IncomingInvoicePermissions._tx_from_json(_permissions)

            return permissions

        def _p_page_options(_tx_v: Any) -> IncomingInvoicePageOptions | Unset:
            _page_options = _tx_v
            page_options: IncomingInvoicePageOptions | Unset
            if isinstance(_page_options, Unset):
                page_options = UNSET
            else:
                page_options = IncomingInvoicePageOptions._tx_from_json(_page_options)

            return page_options

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceHeader",
                "orderLines",
                "paymentDraft",
                "lookupData",
                "metadata",
                "permissions",
                "pageOptions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_header": ("invoiceHeader", _p_invoice_header),
            "order_lines": ("orderLines", _p_order_lines),
            "payment_draft": ("paymentDraft", _p_payment_draft),
            "lookup_data": ("lookupData", _p_lookup_data),
            "metadata": ("metadata", _p_metadata),
            "permissions": ("permissions", _p_permissions),
            "page_options": ("pageOptions", _p_page_options),
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
