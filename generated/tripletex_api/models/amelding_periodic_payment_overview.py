from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.amelding_periodic_payment import AmeldingPeriodicPayment


T = TypeVar("T", bound="AmeldingPeriodicPaymentOverview")


@_attrs_define
class AmeldingPeriodicPaymentOverview:
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
        from ..models.amelding_periodic_payment import AmeldingPeriodicPayment  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _payments = d.pop("payments", UNSET)
        payments: list[AmeldingPeriodicPayment] | Unset = UNSET
        if _payments is not UNSET:
            payments = []
            for payments_item_data in _payments:
                if payments_item_data is None:
                    continue
                payments_item = AmeldingPeriodicPayment.from_dict(payments_item_data)

                payments.append(payments_item)

        total_ledger_sum = d.pop("totalLedgerSum", UNSET)

        total_amelding_sum = d.pop("totalAmeldingSum", UNSET)

        total_paid_amount = d.pop("totalPaidAmount", UNSET)

        total_rest_amount = d.pop("totalRestAmount", UNSET)

        _obj = cls(
            payments=payments,
            total_ledger_sum=total_ledger_sum,
            total_amelding_sum=total_amelding_sum,
            total_paid_amount=total_paid_amount,
            total_rest_amount=total_rest_amount,
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
