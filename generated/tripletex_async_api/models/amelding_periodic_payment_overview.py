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
    from ..models.amelding_periodic_payment import AmeldingPeriodicPayment


T = TypeVar("T", bound="AmeldingPeriodicPaymentOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("payments", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AmeldingPeriodicPaymentOverview(LazyModel):
    """
    Attributes:
        payments (list[AmeldingPeriodicPayment] | Unset): Amount of payments
        total_ledger_sum (float | Unset): [read-only] Total ledger sum of all payments
        total_amelding_sum (float | Unset): [read-only] Total amelding sum of all payments
        total_paid_amount (float | Unset): [read-only] Total paid amount of all payments
        total_rest_amount (float | Unset): [read-only] Total rest amount of all payments
    """

    payments: list[AmeldingPeriodicPayment] | Unset = UNSET
    total_ledger_sum: float | Unset = UNSET
    total_amelding_sum: float | Unset = UNSET
    total_paid_amount: float | Unset = UNSET
    total_rest_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payments, Unset):
            payments = []
            for payments_item_data in self.payments:
                payments_item = payments_item_data.to_dict()
                payments.append(payments_item)

        total_ledger_sum = self.total_ledger_sum

        total_amelding_sum = self.total_amelding_sum

        total_paid_amount = self.total_paid_amount

        total_rest_amount = self.total_rest_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payments is not UNSET:
            field_dict["payments"] = payments
        if total_ledger_sum is not UNSET and not _in_request:
            field_dict["totalLedgerSum"] = total_ledger_sum
        if total_amelding_sum is not UNSET and not _in_request:
            field_dict["totalAmeldingSum"] = total_amelding_sum
        if total_paid_amount is not UNSET and not _in_request:
            field_dict["totalPaidAmount"] = total_paid_amount
        if total_rest_amount is not UNSET and not _in_request:
            field_dict["totalRestAmount"] = total_rest_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingPeriodicPaymentOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.amelding_periodic_payment import AmeldingPeriodicPayment  # noqa: PLC0415

        def _p_payments(_tx_v: Any) -> list[AmeldingPeriodicPayment] | Unset:
            _payments = _tx_v
            payments: list[AmeldingPeriodicPayment] | Unset = UNSET
            if _payments is not UNSET:
                payments = []
                for payments_item_data in _payments:
                    if payments_item_data is None:
                        continue
                    payments_item = AmeldingPeriodicPayment._tx_from_json(payments_item_data)

                    payments.append(payments_item)

            return payments

        _tx_known: frozenset[str] = frozenset(
            (
                "payments",
                "totalLedgerSum",
                "totalAmeldingSum",
                "totalPaidAmount",
                "totalRestAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payments": ("payments", _p_payments),
            "total_ledger_sum": ("totalLedgerSum", None),
            "total_amelding_sum": ("totalAmeldingSum", None),
            "total_paid_amount": ("totalPaidAmount", None),
            "total_rest_amount": ("totalRestAmount", None),
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
