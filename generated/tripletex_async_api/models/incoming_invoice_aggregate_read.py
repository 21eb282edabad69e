from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
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


@_attrs_define
class IncomingInvoiceAggregateRead(Model):
    """
    Attributes:
        invoice_header (IncomingInvoiceHeaderRead | Unset): The invoice header.
        order_lines (list[IncomingOrderLineRead] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoice_header
        if _v is not UNSET:
            field_dict["invoiceHeader"] = _v.to_dict()
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.payment_draft
        if _v is not UNSET:
            field_dict["paymentDraft"] = _v.to_dict()
        _v = self.lookup_data
        if _v is not UNSET:
            field_dict["lookupData"] = _v.to_dict()
        _v = self.metadata
        if _v is not UNSET:
            field_dict["metadata"] = _v.to_dict()
        _v = self.permissions
        if _v is not UNSET:
            field_dict["permissions"] = _v.to_dict()
        _v = self.page_options
        if _v is not UNSET:
            field_dict["pageOptions"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAggregateRead from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceAggregateRead.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_header_read import IncomingInvoiceHeaderRead  # noqa: PLC0415
        from ..models.incoming_invoice_lookup_data import IncomingInvoiceLookupData  # noqa: PLC0415
        from ..models.incoming_invoice_metadata import IncomingInvoiceMetadata  # noqa: PLC0415
        from ..models.incoming_invoice_page_options import IncomingInvoicePageOptions  # noqa: PLC0415
        from ..models.incoming_invoice_payment_read import IncomingInvoicePaymentRead  # noqa: PLC0415
        from ..models.incoming_invoice_permissions import IncomingInvoicePermissions  # noqa: PLC0415
        from ..models.incoming_order_line_read import IncomingOrderLineRead  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "invoiceHeader"
                v = g("invoiceHeader")
                if v is None:
                    o.invoice_header = u
                    if "invoiceHeader" not in d:
                        m += 1
                else:
                    o.invoice_header = IncomingInvoiceHeaderRead._tx_parse(v)
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([IncomingOrderLineRead._tx_parse(e) for e in v if e is not None] if v else [])
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
                    o.payment_draft = IncomingInvoicePaymentRead._tx_parse(v)
                k = "lookupData"
                v = g("lookupData")
                if v is None:
                    o.lookup_data = u
                    if "lookupData" not in d:
                        m += 1
                else:
                    o.lookup_data = IncomingInvoiceLookupData._tx_parse(v)
                k = "metadata"
                v = g("metadata")
                if v is None:
                    o.metadata = u
                    if "metadata" not in d:
                        m += 1
                else:
                    o.metadata = IncomingInvoiceMetadata._tx_parse(v)
                k = "permissions"
                v = g("permissions")
                if v is None:
                    o.permissions = u
                    if "permissions" not in d:
                        m += 1
                else:
                    o.permissions = IncomingInvoicePermissions._tx_parse(v)
                k = "pageOptions"
                v = g("pageOptions")
                if v is None:
                    o.page_options = u
                    if "pageOptions" not in d:
                        m += 1
                else:
                    o.page_options = IncomingInvoicePageOptions._tx_parse(v)
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
            ("invoice_header", "invoiceHeader"),
            ("order_lines", "orderLines"),
            ("payment_draft", "paymentDraft"),
            ("lookup_data", "lookupData"),
            ("metadata", "metadata"),
            ("permissions", "permissions"),
            ("page_options", "pageOptions"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_header
            o.invoice_header = u if v is None or v is u else IncomingInvoiceHeaderRead._tx_parse(v)
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([IncomingOrderLineRead._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.payment_draft
            o.payment_draft = u if v is None or v is u else IncomingInvoicePaymentRead._tx_parse(v)
            v = s.lookup_data
            o.lookup_data = u if v is None or v is u else IncomingInvoiceLookupData._tx_parse(v)
            v = s.metadata
            o.metadata = u if v is None or v is u else IncomingInvoiceMetadata._tx_parse(v)
            v = s.permissions
            o.permissions = u if v is None or v is u else IncomingInvoicePermissions._tx_parse(v)
            v = s.page_options
            o.page_options = u if v is None or v is u else IncomingInvoicePageOptions._tx_parse(v)
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
