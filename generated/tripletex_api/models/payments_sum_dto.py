from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.currency_payments_sum import CurrencyPaymentsSum


T = TypeVar("T", bound="PaymentsSumDTO")


@_attrs_define
class PaymentsSumDTO:
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
        from ..models.currency_payments_sum import CurrencyPaymentsSum  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _unpaid_transactions_sum = d.pop("unpaidTransactionsSum", UNSET)
        unpaid_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
        if _unpaid_transactions_sum is not UNSET:
            unpaid_transactions_sum = []
            for unpaid_transactions_sum_item_data in _unpaid_transactions_sum:
                if unpaid_transactions_sum_item_data is None:
                    continue
                unpaid_transactions_sum_item = CurrencyPaymentsSum.from_dict(unpaid_transactions_sum_item_data)

                unpaid_transactions_sum.append(unpaid_transactions_sum_item)

        _ongoing_transactions_sum = d.pop("ongoingTransactionsSum", UNSET)
        ongoing_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
        if _ongoing_transactions_sum is not UNSET:
            ongoing_transactions_sum = []
            for ongoing_transactions_sum_item_data in _ongoing_transactions_sum:
                if ongoing_transactions_sum_item_data is None:
                    continue
                ongoing_transactions_sum_item = CurrencyPaymentsSum.from_dict(ongoing_transactions_sum_item_data)

                ongoing_transactions_sum.append(ongoing_transactions_sum_item)

        _overdue_transactions_sum = d.pop("overdueTransactionsSum", UNSET)
        overdue_transactions_sum: list[CurrencyPaymentsSum] | Unset = UNSET
        if _overdue_transactions_sum is not UNSET:
            overdue_transactions_sum = []
            for overdue_transactions_sum_item_data in _overdue_transactions_sum:
                if overdue_transactions_sum_item_data is None:
                    continue
                overdue_transactions_sum_item = CurrencyPaymentsSum.from_dict(overdue_transactions_sum_item_data)

                overdue_transactions_sum.append(overdue_transactions_sum_item)

        for_approval_payments_count = d.pop("forApprovalPaymentsCount", UNSET)

        cancelled_payments_count = d.pop("cancelledPaymentsCount", UNSET)

        rejected_payments_count = d.pop("rejectedPaymentsCount", UNSET)

        _obj = cls(
            unpaid_transactions_sum=unpaid_transactions_sum,
            ongoing_transactions_sum=ongoing_transactions_sum,
            overdue_transactions_sum=overdue_transactions_sum,
            for_approval_payments_count=for_approval_payments_count,
            cancelled_payments_count=cancelled_payments_count,
            rejected_payments_count=rejected_payments_count,
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
