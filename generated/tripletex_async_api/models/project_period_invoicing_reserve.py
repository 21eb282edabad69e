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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectPeriodInvoicingReserve")


@_attrs_define
class ProjectPeriodInvoicingReserve(Model):
    """
    Attributes:
        project (Project | Unset):
        invoice_fee_reserve_currency (float | Unset):
        period_order_lines_income_currency (float | Unset):
        invoice_extracosts_reserve_currency (float | Unset):
        invoice_akonto_reserve_amount_currency (float | Unset):
        invoice_reserve_total_amount_currency (float | Unset):
    """

    project: Project | Unset = UNSET
    invoice_fee_reserve_currency: float | Unset = UNSET
    period_order_lines_income_currency: float | Unset = UNSET
    invoice_extracosts_reserve_currency: float | Unset = UNSET
    invoice_akonto_reserve_amount_currency: float | Unset = UNSET
    invoice_reserve_total_amount_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.invoice_fee_reserve_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceFeeReserveCurrency"] = _v
        _v = self.period_order_lines_income_currency
        if _v is not UNSET and not _in_request:
            field_dict["periodOrderLinesIncomeCurrency"] = _v
        _v = self.invoice_extracosts_reserve_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceExtracostsReserveCurrency"] = _v
        _v = self.invoice_akonto_reserve_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceAkontoReserveAmountCurrency"] = _v
        _v = self.invoice_reserve_total_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceReserveTotalAmountCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectPeriodInvoicingReserve from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectPeriodInvoicingReserve.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "project",
                "invoiceFeeReserveCurrency",
                "periodOrderLinesIncomeCurrency",
                "invoiceExtracostsReserveCurrency",
                "invoiceAkontoReserveAmountCurrency",
                "invoiceReserveTotalAmountCurrency",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("invoiceFeeReserveCurrency")
                if v is None:
                    o.invoice_fee_reserve_currency = u
                    if "invoiceFeeReserveCurrency" not in d:
                        m += 1
                else:
                    o.invoice_fee_reserve_currency = v
                v = g("periodOrderLinesIncomeCurrency")
                if v is None:
                    o.period_order_lines_income_currency = u
                    if "periodOrderLinesIncomeCurrency" not in d:
                        m += 1
                else:
                    o.period_order_lines_income_currency = v
                v = g("invoiceExtracostsReserveCurrency")
                if v is None:
                    o.invoice_extracosts_reserve_currency = u
                    if "invoiceExtracostsReserveCurrency" not in d:
                        m += 1
                else:
                    o.invoice_extracosts_reserve_currency = v
                v = g("invoiceAkontoReserveAmountCurrency")
                if v is None:
                    o.invoice_akonto_reserve_amount_currency = u
                    if "invoiceAkontoReserveAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_akonto_reserve_amount_currency = v
                v = g("invoiceReserveTotalAmountCurrency")
                if v is None:
                    o.invoice_reserve_total_amount_currency = u
                    if "invoiceReserveTotalAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_reserve_total_amount_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("project", "project"),
            ("invoice_fee_reserve_currency", "invoiceFeeReserveCurrency"),
            ("period_order_lines_income_currency", "periodOrderLinesIncomeCurrency"),
            ("invoice_extracosts_reserve_currency", "invoiceExtracostsReserveCurrency"),
            ("invoice_akonto_reserve_amount_currency", "invoiceAkontoReserveAmountCurrency"),
            ("invoice_reserve_total_amount_currency", "invoiceReserveTotalAmountCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.invoice_fee_reserve_currency
            o.invoice_fee_reserve_currency = u if v is None else v
            v = s.period_order_lines_income_currency
            o.period_order_lines_income_currency = u if v is None else v
            v = s.invoice_extracosts_reserve_currency
            o.invoice_extracosts_reserve_currency = u if v is None else v
            v = s.invoice_akonto_reserve_amount_currency
            o.invoice_akonto_reserve_amount_currency = u if v is None else v
            v = s.invoice_reserve_total_amount_currency
            o.invoice_reserve_total_amount_currency = u if v is None else v
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
