from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="InvoiceSummaryDTO")


@_attrs_define
class InvoiceSummaryDTO:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        more_than_30_days_overdue_sum = d.pop("moreThan30DaysOverdueSum", UNSET)

        less_than_30_days_overdue_sum = d.pop("lessThan30DaysOverdueSum", UNSET)

        not_overdue_sum = d.pop("notOverdueSum", UNSET)

        outstanding_orders_sum = d.pop("outstandingOrdersSum", UNSET)

        show_invoice_action = d.pop("showInvoiceAction", UNSET)

        last_updated = d.pop("lastUpdated", UNSET)

        widget_disabled = d.pop("widgetDisabled", UNSET)

        invoicing_onboarding_completed = d.pop("invoicingOnboardingCompleted", UNSET)

        _obj = cls(
            more_than_30_days_overdue_sum=more_than_30_days_overdue_sum,
            less_than_30_days_overdue_sum=less_than_30_days_overdue_sum,
            not_overdue_sum=not_overdue_sum,
            outstanding_orders_sum=outstanding_orders_sum,
            show_invoice_action=show_invoice_action,
            last_updated=last_updated,
            widget_disabled=widget_disabled,
            invoicing_onboarding_completed=invoicing_onboarding_completed,
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
