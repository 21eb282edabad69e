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
    from ..models.currency_payments_sum import CurrencyPaymentsSum


T = TypeVar("T", bound="PaymentsSumDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("unpaidTransactionsSum", list, False),
    ("ongoingTransactionsSum", list, False),
    ("overdueTransactionsSum", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PaymentsSumDTO(LazyModel):
    """
    Attributes:
        unpaid_transactions_sum (list[CurrencyPaymentsSum] | Unset): [read-only] Sum of all payments excluding paid and
            under process in bank, by currencies.
        ongoing_transactions_sum (list[CurrencyPaymentsSum] | Unset): [read-only] Sum of the all ongoing payments by
            currencies.
        overdue_transactions_sum (list[CurrencyPaymentsSum] | Unset): [read-only] Sum of all overdue payments by
            currencies.
        for_approval_payments_count (float | Unset): [read-only] Number of payments for approval.
        cancelled_payments_count (float | Unset): [read-only] Number of cancelled payments.
        rejected_payments_count (float | Unset): [read-only] Number of rejected payments.
    """

    unpaid_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
    ongoing_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
    overdue_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
    for_approval_payments_count: float | Unset = UNSET
    cancelled_payments_count: float | Unset = UNSET
    rejected_payments_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        unpaid_transactions_sum: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unpaid_transactions_sum, Unset):
            unpaid_transactions_sum = []
            for unpaid_transactions_sum_item_data in self.unpaid_transactions_sum:
                unpaid_transactions_sum_item = unpaid_transactions_sum_item_data.to_dict()
                unpaid_transactions_sum.append(unpaid_transactions_sum_item)

        ongoing_transactions_sum: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ongoing_transactions_sum, Unset):
            ongoing_transactions_sum = []
            for ongoing_transactions_sum_item_data in self.ongoing_transactions_sum:
                ongoing_transactions_sum_item = ongoing_transactions_sum_item_data.to_dict()
                ongoing_transactions_sum.append(ongoing_transactions_sum_item)

        overdue_transactions_sum: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overdue_transactions_sum, Unset):
            overdue_transactions_sum = []
            for overdue_transactions_sum_item_data in self.overdue_transactions_sum:
                overdue_transactions_sum_item = overdue_transactions_sum_item_data.to_dict()
                overdue_transactions_sum.append(overdue_transactions_sum_item)

        for_approval_payments_count = self.for_approval_payments_count

        cancelled_payments_count = self.cancelled_payments_count

        rejected_payments_count = self.rejected_payments_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unpaid_transactions_sum is not UNSET and not _in_request:
            field_dict["unpaidTransactionsSum"] = unpaid_transactions_sum
        if ongoing_transactions_sum is not UNSET and not _in_request:
            field_dict["ongoingTransactionsSum"] = ongoing_transactions_sum
        if overdue_transactions_sum is not UNSET and not _in_request:
            field_dict["overdueTransactionsSum"] = overdue_transactions_sum
        if for_approval_payments_count is not UNSET and not _in_request:
            field_dict["forApprovalPaymentsCount"] = for_approval_payments_count
        if cancelled_payments_count is not UNSET and not _in_request:
            field_dict["cancelledPaymentsCount"] = cancelled_payments_count
        if rejected_payments_count is not UNSET and not _in_request:
            field_dict["rejectedPaymentsCount"] = rejected_payments_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentsSumDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency_payments_sum import CurrencyPaymentsSum  # noqa: PLC0415

        def _p_unpaid_transactions_sum(_tx_v: Any) -> list[CurrencyPaymentsSum] | Unset:
            _unpaid_transactions_sum = _tx_v
            unpaid_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
            if _unpaid_transactions_sum is not UNSET:
                unpaid_transactions_sum = []
                for unpaid_transactions_sum_item_data in _unpaid_transactions_sum:
                    if unpaid_transactions_sum_item_data is None:
                        continue
                    unpaid_transactions_sum_item = CurrencyPaymentsSum._tx_from_json(unpaid_transactions_sum_item_data)

                    unpaid_transactions_sum.append(unpaid_transactions_sum_item)

            return unpaid_transactions_sum

        def _p_ongoing_transactions_sum(_tx_v: Any) -> list[CurrencyPaymentsSum] | Unset:
            _ongoing_transactions_sum = _tx_v
            ongoing_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
            if _ongoing_transactions_sum is not UNSET:
                ongoing_transactions_sum = []
                for ongoing_transactions_sum_item_data in _ongoing_transactions_sum:
                    if ongoing_transactions_sum_item_data is None:
                        continue
                    ongoing_transactions_sum_item = CurrencyPaymentsSum._tx_from_json(
                        ongoing_transactions_sum_item_data
                    )

                    ongoing_transactions_sum.append(ongoing_transactions_sum_item)

            return ongoing_transactions_sum

        def _p_overdue_transactions_sum(_tx_v: Any) -> list[CurrencyPaymentsSum] | Unset:
            _overdue_transactions_sum = _tx_v
            overdue_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
            if _overdue_transactions_sum is not UNSET:
                overdue_transactions_sum = []
                for overdue_transactions_sum_item_data in _overdue_transactions_sum:
                    if overdue_transactions_sum_item_data is None:
                        continue
                    overdue_transactions_sum_item = CurrencyPaymentsSum._tx_from_json(
                        overdue_transactions_sum_item_data
                    )

                    overdue_transactions_sum.append(overdue_transactions_sum_item)

            return overdue_transactions_sum

        _tx_known: frozenset[str] = frozenset(
            (
                "unpaidTransactionsSum",
                "ongoingTransactionsSum",
                "overdueTransactionsSum",
                "forApprovalPaymentsCount",
                "cancelledPaymentsCount",
                "rejectedPaymentsCount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "unpaid_transactions_sum": ("unpaidTransactionsSum", _p_unpaid_transactions_sum),
            "ongoing_transactions_sum": ("ongoingTransactionsSum", _p_ongoing_transactions_sum),
            "overdue_transactions_sum": ("overdueTransactionsSum", _p_overdue_transactions_sum),
            "for_approval_payments_count": ("forApprovalPaymentsCount", None),
            "cancelled_payments_count": ("cancelledPaymentsCount", None),
            "rejected_payments_count": ("rejectedPaymentsCount", None),
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
