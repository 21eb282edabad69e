from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="InvoiceSummaryDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class InvoiceSummaryDTO(LazyModel):
    """
    Attributes:
        more_than_30_days_overdue_sum (float | Unset): [read-only]
        less_than_30_days_overdue_sum (float | Unset): [read-only]
        not_overdue_sum (float | Unset): [read-only]
        outstanding_orders_sum (float | Unset): [read-only]
        show_invoice_action (bool | Unset): [read-only]
        last_updated (str | Unset): [read-only]
        widget_disabled (bool | Unset): [read-only]
        invoicing_onboarding_completed (bool | Unset): [read-only]
    """

    more_than_30_days_overdue_sum: float | Unset = UNSET
    less_than_30_days_overdue_sum: float | Unset = UNSET
    not_overdue_sum: float | Unset = UNSET
    outstanding_orders_sum: float | Unset = UNSET
    show_invoice_action: bool | Unset = UNSET
    last_updated: str | Unset = UNSET
    widget_disabled: bool | Unset = UNSET
    invoicing_onboarding_completed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        more_than_30_days_overdue_sum = self.more_than_30_days_overdue_sum

        less_than_30_days_overdue_sum = self.less_than_30_days_overdue_sum

        not_overdue_sum = self.not_overdue_sum

        outstanding_orders_sum = self.outstanding_orders_sum

        show_invoice_action = self.show_invoice_action

        last_updated = self.last_updated

        widget_disabled = self.widget_disabled

        invoicing_onboarding_completed = self.invoicing_onboarding_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if more_than_30_days_overdue_sum is not UNSET and not _in_request:
            field_dict["moreThan30DaysOverdueSum"] = more_than_30_days_overdue_sum
        if less_than_30_days_overdue_sum is not UNSET and not _in_request:
            field_dict["lessThan30DaysOverdueSum"] = less_than_30_days_overdue_sum
        if not_overdue_sum is not UNSET and not _in_request:
            field_dict["notOverdueSum"] = not_overdue_sum
        if outstanding_orders_sum is not UNSET and not _in_request:
            field_dict["outstandingOrdersSum"] = outstanding_orders_sum
        if show_invoice_action is not UNSET and not _in_request:
            field_dict["showInvoiceAction"] = show_invoice_action
        if last_updated is not UNSET and not _in_request:
            field_dict["lastUpdated"] = last_updated
        if widget_disabled is not UNSET and not _in_request:
            field_dict["widgetDisabled"] = widget_disabled
        if invoicing_onboarding_completed is not UNSET and not _in_request:
            field_dict["invoicingOnboardingCompleted"] = invoicing_onboarding_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSummaryDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "moreThan30DaysOverdueSum",
                "lessThan30DaysOverdueSum",
                "notOverdueSum",
                "outstandingOrdersSum",
                "showInvoiceAction",
                "lastUpdated",
                "widgetDisabled",
                "invoicingOnboardingCompleted",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "more_than_30_days_overdue_sum": ("moreThan30DaysOverdueSum", None),
            "less_than_30_days_overdue_sum": ("lessThan30DaysOverdueSum", None),
            "not_overdue_sum": ("notOverdueSum", None),
            "outstanding_orders_sum": ("outstandingOrdersSum", None),
            "show_invoice_action": ("showInvoiceAction", None),
            "last_updated": ("lastUpdated", None),
            "widget_disabled": ("widgetDisabled", None),
            "invoicing_onboarding_completed": ("invoicingOnboardingCompleted", None),
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
