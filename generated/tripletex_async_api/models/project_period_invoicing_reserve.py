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
    from ..models.project import Project


T = TypeVar("T", bound="ProjectPeriodInvoicingReserve")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("project", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectPeriodInvoicingReserve(LazyModel):
    """
    Attributes:
        project (Project | Unset):
        invoice_fee_reserve_currency (float | Unset): [read-only]
        period_order_lines_income_currency (float | Unset): [read-only]
        invoice_extracosts_reserve_currency (float | Unset): [read-only]
        invoice_akonto_reserve_amount_currency (float | Unset): [read-only]
        invoice_reserve_total_amount_currency (float | Unset): [read-only]
    """

    project: Project | Unset = UNSET
    invoice_fee_reserve_currency: float | Unset = UNSET
    period_order_lines_income_currency: float | Unset = UNSET
    invoice_extracosts_reserve_currency: float | Unset = UNSET
    invoice_akonto_reserve_amount_currency: float | Unset = UNSET
    invoice_reserve_total_amount_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        invoice_fee_reserve_currency = self.invoice_fee_reserve_currency

        period_order_lines_income_currency = self.period_order_lines_income_currency

        invoice_extracosts_reserve_currency = self.invoice_extracosts_reserve_currency

        invoice_akonto_reserve_amount_currency = self.invoice_akonto_reserve_amount_currency

        invoice_reserve_total_amount_currency = self.invoice_reserve_total_amount_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project
        if invoice_fee_reserve_currency is not UNSET and not _in_request:
            field_dict["invoiceFeeReserveCurrency"] = invoice_fee_reserve_currency
        if period_order_lines_income_currency is not UNSET and not _in_request:
            field_dict["periodOrderLinesIncomeCurrency"] = period_order_lines_income_currency
        if invoice_extracosts_reserve_currency is not UNSET and not _in_request:
            field_dict["invoiceExtracostsReserveCurrency"] = invoice_extracosts_reserve_currency
        if invoice_akonto_reserve_amount_currency is not UNSET and not _in_request:
            field_dict["invoiceAkontoReserveAmountCurrency"] = invoice_akonto_reserve_amount_currency
        if invoice_reserve_total_amount_currency is not UNSET and not _in_request:
            field_dict["invoiceReserveTotalAmountCurrency"] = invoice_reserve_total_amount_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectPeriodInvoicingReserve from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project import Project  # noqa: PLC0415

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        _tx_known: frozenset[str] = frozenset(
            (
                "project",
                "invoiceFeeReserveCurrency",
                "periodOrderLinesIncomeCurrency",
                "invoiceExtracostsReserveCurrency",
                "invoiceAkontoReserveAmountCurrency",
                "invoiceReserveTotalAmountCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "project": ("project", _p_project),
            "invoice_fee_reserve_currency": ("invoiceFeeReserveCurrency", None),
            "period_order_lines_income_currency": ("periodOrderLinesIncomeCurrency", None),
            "invoice_extracosts_reserve_currency": ("invoiceExtracostsReserveCurrency", None),
            "invoice_akonto_reserve_amount_currency": ("invoiceAkontoReserveAmountCurrency", None),
            "invoice_reserve_total_amount_currency": ("invoiceReserveTotalAmountCurrency", None),
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
