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
    from ..models.project_invoice import ProjectInvoice


T = TypeVar("T", bound="ProjectStatusInvoice")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("invoices", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectStatusInvoice(LazyModel):
    """
    Attributes:
        invoices (list[ProjectInvoice] | Unset): [read-only] Charged invoices for project
        total_invoiced_akonto_amount_absolute_currency (float | Unset): [read-only]
        total_invoiced_fee_absolute_currency (float | Unset): [read-only]
        invoiced_amount_expenses_currency (float | Unset): [read-only]
        invoiced_amount_ex_vat_currency (float | Unset): [read-only]
    """

    invoices: list[ProjectInvoice] | Unset = UNSET
    total_invoiced_akonto_amount_absolute_currency: float | Unset = UNSET
    total_invoiced_fee_absolute_currency: float | Unset = UNSET
    invoiced_amount_expenses_currency: float | Unset = UNSET
    invoiced_amount_ex_vat_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        total_invoiced_akonto_amount_absolute_currency = self.total_invoiced_akonto_amount_absolute_currency

        total_invoiced_fee_absolute_currency = self.total_invoiced_fee_absolute_currency

        invoiced_amount_expenses_currency = self.invoiced_amount_expenses_currency

        invoiced_amount_ex_vat_currency = self.invoiced_amount_ex_vat_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoices is not UNSET and not _in_request:
            field_dict["invoices"] = invoices
        if total_invoiced_akonto_amount_absolute_currency is not UNSET and not _in_request:
            field_dict["totalInvoicedAkontoAmountAbsoluteCurrency"] = total_invoiced_akonto_amount_absolute_currency
        if total_invoiced_fee_absolute_currency is not UNSET and not _in_request:
            field_dict["totalInvoicedFeeAbsoluteCurrency"] = total_invoiced_fee_absolute_currency
        if invoiced_amount_expenses_currency is not UNSET and not _in_request:
            field_dict["invoicedAmountExpensesCurrency"] = invoiced_amount_expenses_currency
        if invoiced_amount_ex_vat_currency is not UNSET and not _in_request:
            field_dict["invoicedAmountExVatCurrency"] = invoiced_amount_ex_vat_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusInvoice from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_invoice import ProjectInvoice  # noqa: PLC0415

        def _p_invoices(_tx_v: Any) -> list[ProjectInvoice] | Unset:
            _invoices = _tx_v
            invoices: list[ProjectInvoice] | Unset = UNSET
            if _invoices is not UNSET:
                invoices = []
                for invoices_item_data in _invoices:
                    if invoices_item_data is None:
                        continue
                    invoices_item = ProjectInvoice._tx_from_json(invoices_item_data)

                    invoices.append(invoices_item)

            return invoices

        _tx_known: frozenset[str] = frozenset(
            (
                "invoices",
                "totalInvoicedAkontoAmountAbsoluteCurrency",
                "totalInvoicedFeeAbsoluteCurrency",
                "invoicedAmountExpensesCurrency",
                "invoicedAmountExVatCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoices": ("invoices", _p_invoices),
            "total_invoiced_akonto_amount_absolute_currency": ("totalInvoicedAkontoAmountAbsoluteCurrency", None),
            "total_invoiced_fee_absolute_currency": ("totalInvoicedFeeAbsoluteCurrency", None),
            "invoiced_amount_expenses_currency": ("invoicedAmountExpensesCurrency", None),
            "invoiced_amount_ex_vat_currency": ("invoicedAmountExVatCurrency", None),
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
