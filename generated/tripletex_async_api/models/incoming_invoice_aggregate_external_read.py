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
    from ..models.incoming_invoice_header_external_read import IncomingInvoiceHeaderExternalRead
    from ..models.incoming_invoice_metadata_external import IncomingInvoiceMetadataExternal
    from ..models.incoming_invoice_permissions import IncomingInvoicePermissions
    from ..models.incoming_order_line_external_read import IncomingOrderLineExternalRead


T = TypeVar("T", bound="IncomingInvoiceAggregateExternalRead")


@_attrs_define
class IncomingInvoiceAggregateExternalRead(Model):
    """
    Attributes:
        voucher_id (int | Unset): Voucher Id of the incoming invoice
        invoice_header (IncomingInvoiceHeaderExternalRead | Unset): The invoice header.
        order_lines (list[IncomingOrderLineExternalRead] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.invoice_header
        if _v is not UNSET:
            field_dict["invoiceHeader"] = _v.to_dict()
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.metadata
        if _v is not UNSET:
            field_dict["metadata"] = _v.to_dict()
        _v = self.permissions
        if _v is not UNSET:
            field_dict["permissions"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAggregateExternalRead from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceAggregateExternalRead.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_header_external_read import IncomingInvoiceHeaderExternalRead  # noqa: PLC0415
        from ..models.incoming_invoice_metadata_external import IncomingInvoiceMetadataExternal  # noqa: PLC0415
        from ..models.incoming_invoice_permissions import IncomingInvoicePermissions  # noqa: PLC0415
        from ..models.incoming_order_line_external_read import IncomingOrderLineExternalRead  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "voucherId",
                "invoiceHeader",
                "orderLines",
                "metadata",
                "permissions",
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
                k = "invoiceHeader"
                v = g("invoiceHeader")
                if v is None:
                    o.invoice_header = u
                    if "invoiceHeader" not in d:
                        m += 1
                else:
                    o.invoice_header = IncomingInvoiceHeaderExternalRead._tx_parse(v)
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([IncomingOrderLineExternalRead._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "metadata"
                v = g("metadata")
                if v is None:
                    o.metadata = u
                    if "metadata" not in d:
                        m += 1
                else:
                    o.metadata = IncomingInvoiceMetadataExternal._tx_parse(v)
                k = "permissions"
                v = g("permissions")
                if v is None:
                    o.permissions = u
                    if "permissions" not in d:
                        m += 1
                else:
                    o.permissions = IncomingInvoicePermissions._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_id", "voucherId"),
            ("invoice_header", "invoiceHeader"),
            ("order_lines", "orderLines"),
            ("metadata", "metadata"),
            ("permissions", "permissions"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.invoice_header
            o.invoice_header = u if v is None or v is u else IncomingInvoiceHeaderExternalRead._tx_parse(v)
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([IncomingOrderLineExternalRead._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.metadata
            o.metadata = u if v is None or v is u else IncomingInvoiceMetadataExternal._tx_parse(v)
            v = s.permissions
            o.permissions = u if v is None or v is u else IncomingInvoicePermissions._tx_parse(v)
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
