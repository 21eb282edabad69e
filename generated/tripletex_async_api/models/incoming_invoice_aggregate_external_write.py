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
)

if TYPE_CHECKING:
    from ..models.incoming_invoice_header_external_write import IncomingInvoiceHeaderExternalWrite
    from ..models.incoming_order_line_external_write import IncomingOrderLineExternalWrite


T = TypeVar("T", bound="IncomingInvoiceAggregateExternalWrite")


@_attrs_define
class IncomingInvoiceAggregateExternalWrite(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.invoice_header
        if _v is not UNSET:
            field_dict["invoiceHeader"] = _v.to_dict()
        _v = self.order_lines
        if _v is not UNSET:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAggregateExternalWrite from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceAggregateExternalWrite.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_header_external_write import IncomingInvoiceHeaderExternalWrite  # noqa: PLC0415
        from ..models.incoming_order_line_external_write import IncomingOrderLineExternalWrite  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "version",
                "invoiceHeader",
                "orderLines",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "invoiceHeader"
                v = g("invoiceHeader")
                if v is None:
                    o.invoice_header = u
                    if "invoiceHeader" not in d:
                        m += 1
                else:
                    o.invoice_header = IncomingInvoiceHeaderExternalWrite._tx_parse(v)
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([IncomingOrderLineExternalWrite._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("version", "version"),
            ("invoice_header", "invoiceHeader"),
            ("order_lines", "orderLines"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.version
            o.version = u if v is None else v
            v = s.invoice_header
            o.invoice_header = u if v is None or v is u else IncomingInvoiceHeaderExternalWrite._tx_parse(v)
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([IncomingOrderLineExternalWrite._tx_parse(e) for e in v if e is not None] if v else [])
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
