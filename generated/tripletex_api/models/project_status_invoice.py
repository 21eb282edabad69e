from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_invoice import ProjectInvoice


T = TypeVar("T", bound="ProjectStatusInvoice")


@_attrs_define
class ProjectStatusInvoice:
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
        from ..models.project_invoice import ProjectInvoice  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _invoices = d.pop("invoices", UNSET)
        invoices: list[ProjectInvoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                if invoices_item_data is None:
                    continue
                invoices_item = ProjectInvoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        total_invoiced_akonto_amount_absolute_currency = d.pop("totalInvoicedAkontoAmountAbsoluteCurrency", UNSET)

        total_invoiced_fee_absolute_currency = d.pop("totalInvoicedFeeAbsoluteCurrency", UNSET)

        invoiced_amount_expenses_currency = d.pop("invoicedAmountExpensesCurrency", UNSET)

        invoiced_amount_ex_vat_currency = d.pop("invoicedAmountExVatCurrency", UNSET)

        _obj = cls(
            invoices=invoices,
            total_invoiced_akonto_amount_absolute_currency=total_invoiced_akonto_amount_absolute_currency,
            total_invoiced_fee_absolute_currency=total_invoiced_fee_absolute_currency,
            invoiced_amount_expenses_currency=invoiced_amount_expenses_currency,
            invoiced_amount_ex_vat_currency=invoiced_amount_ex_vat_currency,
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
