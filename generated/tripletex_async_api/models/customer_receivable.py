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
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CustomerReceivable")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("genericDataOverviews", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CustomerReceivable(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        opening_balance_receivable_and_non_invoiced_revenue (float | Unset): [read-only]
        closing_balance_receivable_and_non_invoiced_revenue (float | Unset): [read-only]
        opening_balance_ascertained_loss (float | Unset): [read-only]
        closing_balance_ascertained_loss (float | Unset): [read-only]
        opening_balance_write_down (float | Unset): [read-only]
        closing_balance_write_down (float | Unset): [read-only]
        sum_tax_value (float | Unset): [read-only]
        amount_to_be_posted_on_account (float | Unset): [read-only]
        accounted_value (float | Unset): [read-only]
        opening_balance_differences (float | Unset): [read-only]
        closing_balance_differences (float | Unset): [read-only]
        changes (float | Unset): [read-only]
        opening_balance_accounting_values (float | Unset): [read-only]
        closing_balance_accounting_values (float | Unset): [read-only]
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    opening_balance_receivable_and_non_invoiced_revenue: float | Unset = UNSET
    closing_balance_receivable_and_non_invoiced_revenue: float | Unset = UNSET
    opening_balance_ascertained_loss: float | Unset = UNSET
    closing_balance_ascertained_loss: float | Unset = UNSET
    opening_balance_write_down: float | Unset = UNSET
    closing_balance_write_down: float | Unset = UNSET
    sum_tax_value: float | Unset = UNSET
    amount_to_be_posted_on_account: float | Unset = UNSET
    accounted_value: float | Unset = UNSET
    opening_balance_differences: float | Unset = UNSET
    closing_balance_differences: float | Unset = UNSET
    changes: float | Unset = UNSET
    opening_balance_accounting_values: float | Unset = UNSET
    closing_balance_accounting_values: float | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        opening_balance_receivable_and_non_invoiced_revenue = self.opening_balance_receivable_and_non_invoiced_revenue

        closing_balance_receivable_and_non_invoiced_revenue = self.closing_balance_receivable_and_non_invoiced_revenue

        opening_balance_ascertained_loss = self.opening_balance_ascertained_loss

        closing_balance_ascertained_loss = self.closing_balance_ascertained_loss

        opening_balance_write_down = self.opening_balance_write_down

        closing_balance_write_down = self.closing_balance_write_down

        sum_tax_value = self.sum_tax_value

        amount_to_be_posted_on_account = self.amount_to_be_posted_on_account

        accounted_value = self.accounted_value

        opening_balance_differences = self.opening_balance_differences

        closing_balance_differences = self.closing_balance_differences

        changes = self.changes

        opening_balance_accounting_values = self.opening_balance_accounting_values

        closing_balance_accounting_values = self.closing_balance_accounting_values

        generic_data_overviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generic_data_overviews, Unset):
            generic_data_overviews = []
            for generic_data_overviews_item_data in self.generic_data_overviews:
                generic_data_overviews_item = generic_data_overviews_item_data.to_dict()
                generic_data_overviews.append(generic_data_overviews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if opening_balance_receivable_and_non_invoiced_revenue is not UNSET and not _in_request:
            field_dict["openingBalanceReceivableAndNonInvoicedRevenue"] = (
                opening_balance_receivable_and_non_invoiced_revenue
            )
        if closing_balance_receivable_and_non_invoiced_revenue is not UNSET and not _in_request:
            field_dict["closingBalanceReceivableAndNonInvoicedRevenue"] = (
                closing_balance_receivable_and_non_invoiced_revenue
            )
        if opening_balance_ascertained_loss is not UNSET and not _in_request:
            field_dict["openingBalanceAscertainedLoss"] = opening_balance_ascertained_loss
        if closing_balance_ascertained_loss is not UNSET and not _in_request:
            field_dict["closingBalanceAscertainedLoss"] = closing_balance_ascertained_loss
        if opening_balance_write_down is not UNSET and not _in_request:
            field_dict["openingBalanceWriteDown"] = opening_balance_write_down
        if closing_balance_write_down is not UNSET and not _in_request:
            field_dict["closingBalanceWriteDown"] = closing_balance_write_down
        if sum_tax_value is not UNSET and not _in_request:
            field_dict["sumTaxValue"] = sum_tax_value
        if amount_to_be_posted_on_account is not UNSET and not _in_request:
            field_dict["amountToBePostedOnAccount"] = amount_to_be_posted_on_account
        if accounted_value is not UNSET and not _in_request:
            field_dict["accountedValue"] = accounted_value
        if opening_balance_differences is not UNSET and not _in_request:
            field_dict["openingBalanceDifferences"] = opening_balance_differences
        if closing_balance_differences is not UNSET and not _in_request:
            field_dict["closingBalanceDifferences"] = closing_balance_differences
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if opening_balance_accounting_values is not UNSET and not _in_request:
            field_dict["openingBalanceAccountingValues"] = opening_balance_accounting_values
        if closing_balance_accounting_values is not UNSET and not _in_request:
            field_dict["closingBalanceAccountingValues"] = closing_balance_accounting_values
        if generic_data_overviews is not UNSET:
            field_dict["genericDataOverviews"] = generic_data_overviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerReceivable from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_generic_data_overviews(_tx_v: Any) -> list[GenericDataOverview] | Unset:
            _generic_data_overviews = _tx_v
            generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
            if _generic_data_overviews is not UNSET:
                generic_data_overviews = []
                for generic_data_overviews_item_data in _generic_data_overviews:
                    if generic_data_overviews_item_data is None:
                        continue
                    generic_data_overviews_item = GenericDataOverview._tx_from_json(generic_data_overviews_item_data)

                    generic_data_overviews.append(generic_data_overviews_item)

            return generic_data_overviews

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "openingBalanceReceivableAndNonInvoicedRevenue",
                "closingBalanceReceivableAndNonInvoicedRevenue",
                "openingBalanceAscertainedLoss",
                "closingBalanceAscertainedLoss",
                "openingBalanceWriteDown",
                "closingBalanceWriteDown",
                "sumTaxValue",
                "amountToBePostedOnAccount",
                "accountedValue",
                "openingBalanceDifferences",
                "closingBalanceDifferences",
                "changes",
                "openingBalanceAccountingValues",
                "closingBalanceAccountingValues",
                "genericDataOverviews",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "opening_balance_receivable_and_non_invoiced_revenue": (
                "openingBalanceReceivableAndNonInvoicedRevenue",
                None,
            ),
            "closing_balance_receivable_and_non_invoiced_revenue": (
                "closingBalanceReceivableAndNonInvoicedRevenue",
                None,
            ),
            "opening_balance_ascertained_loss": ("openingBalanceAscertainedLoss", None),
            "closing_balance_ascertained_loss": ("closingBalanceAscertainedLoss", None),
            "opening_balance_write_down": ("openingBalanceWriteDown", None),
            "closing_balance_write_down": ("closingBalanceWriteDown", None),
            "sum_tax_value": ("sumTaxValue", None),
            "amount_to_be_posted_on_account": ("amountToBePostedOnAccount", None),
            "accounted_value": ("accountedValue", None),
            "opening_balance_differences": ("openingBalanceDifferences", None),
            "closing_balance_differences": ("closingBalanceDifferences", None),
            "changes": ("changes", None),
            "opening_balance_accounting_values": ("openingBalanceAccountingValues", None),
            "closing_balance_accounting_values": ("closingBalanceAccountingValues", None),
            "generic_data_overviews": ("genericDataOverviews", _p_generic_data_overviews),
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
