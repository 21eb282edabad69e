from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="InvoiceSummaryDTO")


@_attrs_define
class InvoiceSummaryDTO(Model):
    """
    Attributes:
        more_than_30_days_overdue_sum (float | Unset):
        less_than_30_days_overdue_sum (float | Unset):
        not_overdue_sum (float | Unset):
        outstanding_orders_sum (float | Unset):
        show_invoice_action (bool | Unset):
        last_updated (str | Unset):
        widget_disabled (bool | Unset):
        invoicing_onboarding_completed (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.more_than_30_days_overdue_sum
        if _v is not UNSET and not _in_request:
            field_dict["moreThan30DaysOverdueSum"] = _v
        _v = self.less_than_30_days_overdue_sum
        if _v is not UNSET and not _in_request:
            field_dict["lessThan30DaysOverdueSum"] = _v
        _v = self.not_overdue_sum
        if _v is not UNSET and not _in_request:
            field_dict["notOverdueSum"] = _v
        _v = self.outstanding_orders_sum
        if _v is not UNSET and not _in_request:
            field_dict["outstandingOrdersSum"] = _v
        _v = self.show_invoice_action
        if _v is not UNSET and not _in_request:
            field_dict["showInvoiceAction"] = _v
        _v = self.last_updated
        if _v is not UNSET and not _in_request:
            field_dict["lastUpdated"] = _v
        _v = self.widget_disabled
        if _v is not UNSET and not _in_request:
            field_dict["widgetDisabled"] = _v
        _v = self.invoicing_onboarding_completed
        if _v is not UNSET and not _in_request:
            field_dict["invoicingOnboardingCompleted"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSummaryDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceSummaryDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "moreThan30DaysOverdueSum": "more_than_30_days_overdue_sum",
            "lessThan30DaysOverdueSum": "less_than_30_days_overdue_sum",
            "notOverdueSum": "not_overdue_sum",
            "outstandingOrdersSum": "outstanding_orders_sum",
            "showInvoiceAction": "show_invoice_action",
            "lastUpdated": "last_updated",
            "widgetDisabled": "widget_disabled",
            "invoicingOnboardingCompleted": "invoicing_onboarding_completed",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.more_than_30_days_overdue_sum = o.less_than_30_days_overdue_sum = o.not_overdue_sum = (
                        o.outstanding_orders_sum
                    ) = o.show_invoice_action = o.last_updated = o.widget_disabled = (
                        o.invoicing_onboarding_completed
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("moreThan30DaysOverdueSum")
                if v is None:
                    o.more_than_30_days_overdue_sum = u
                    if "moreThan30DaysOverdueSum" not in d:
                        m += 1
                else:
                    o.more_than_30_days_overdue_sum = v
                v = g("lessThan30DaysOverdueSum")
                if v is None:
                    o.less_than_30_days_overdue_sum = u
                    if "lessThan30DaysOverdueSum" not in d:
                        m += 1
                else:
                    o.less_than_30_days_overdue_sum = v
                v = g("notOverdueSum")
                if v is None:
                    o.not_overdue_sum = u
                    if "notOverdueSum" not in d:
                        m += 1
                else:
                    o.not_overdue_sum = v
                v = g("outstandingOrdersSum")
                if v is None:
                    o.outstanding_orders_sum = u
                    if "outstandingOrdersSum" not in d:
                        m += 1
                else:
                    o.outstanding_orders_sum = v
                v = g("showInvoiceAction")
                if v is None:
                    o.show_invoice_action = u
                    if "showInvoiceAction" not in d:
                        m += 1
                else:
                    o.show_invoice_action = v
                v = g("lastUpdated")
                if v is None:
                    o.last_updated = u
                    if "lastUpdated" not in d:
                        m += 1
                else:
                    o.last_updated = v
                v = g("widgetDisabled")
                if v is None:
                    o.widget_disabled = u
                    if "widgetDisabled" not in d:
                        m += 1
                else:
                    o.widget_disabled = v
                v = g("invoicingOnboardingCompleted")
                if v is None:
                    o.invoicing_onboarding_completed = u
                    if "invoicingOnboardingCompleted" not in d:
                        m += 1
                else:
                    o.invoicing_onboarding_completed = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("more_than_30_days_overdue_sum", "moreThan30DaysOverdueSum"),
            ("less_than_30_days_overdue_sum", "lessThan30DaysOverdueSum"),
            ("not_overdue_sum", "notOverdueSum"),
            ("outstanding_orders_sum", "outstandingOrdersSum"),
            ("show_invoice_action", "showInvoiceAction"),
            ("last_updated", "lastUpdated"),
            ("widget_disabled", "widgetDisabled"),
            ("invoicing_onboarding_completed", "invoicingOnboardingCompleted"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.more_than_30_days_overdue_sum
            o.more_than_30_days_overdue_sum = u if v is None else v
            v = s.less_than_30_days_overdue_sum
            o.less_than_30_days_overdue_sum = u if v is None else v
            v = s.not_overdue_sum
            o.not_overdue_sum = u if v is None else v
            v = s.outstanding_orders_sum
            o.outstanding_orders_sum = u if v is None else v
            v = s.show_invoice_action
            o.show_invoice_action = u if v is None else v
            v = s.last_updated
            o.last_updated = u if v is None else v
            v = s.widget_disabled
            o.widget_disabled = u if v is None else v
            v = s.invoicing_onboarding_completed
            o.invoicing_onboarding_completed = u if v is None else v
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
