from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectPeriodInvoicingReserve")


@_attrs_define
class ProjectPeriodInvoicingReserve:
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
        from ..models.project import Project  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        invoice_fee_reserve_currency = d.pop("invoiceFeeReserveCurrency", UNSET)

        period_order_lines_income_currency = d.pop("periodOrderLinesIncomeCurrency", UNSET)

        invoice_extracosts_reserve_currency = d.pop("invoiceExtracostsReserveCurrency", UNSET)

        invoice_akonto_reserve_amount_currency = d.pop("invoiceAkontoReserveAmountCurrency", UNSET)

        invoice_reserve_total_amount_currency = d.pop("invoiceReserveTotalAmountCurrency", UNSET)

        _obj = cls(
            project=project,
            invoice_fee_reserve_currency=invoice_fee_reserve_currency,
            period_order_lines_income_currency=period_order_lines_income_currency,
            invoice_extracosts_reserve_currency=invoice_extracosts_reserve_currency,
            invoice_akonto_reserve_amount_currency=invoice_akonto_reserve_amount_currency,
            invoice_reserve_total_amount_currency=invoice_reserve_total_amount_currency,
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
