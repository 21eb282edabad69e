from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PostTransactionsAdjustmentsRequestDTO")


@_attrs_define
class PostTransactionsAdjustmentsRequestDTO:
    """
    Attributes:
        reconciliation_id (int | Unset): The id of the reconciliation where adjustments will be created
        transaction_ids (list[int] | Unset): Transaction Ids
        income_payment_type_id (int | Unset): Income Payment Type Id
        cost_payment_type_id (int | Unset): Cost Payment Type Id
    """

    reconciliation_id: int | Unset = UNSET
    transaction_ids: list[int] | Unset = UNSET
    income_payment_type_id: int | Unset = UNSET
    cost_payment_type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        reconciliation_id = self.reconciliation_id

        transaction_ids: list[int] | Unset = UNSET
        if not isinstance(self.transaction_ids, Unset):
            transaction_ids = self.transaction_ids

        income_payment_type_id = self.income_payment_type_id

        cost_payment_type_id = self.cost_payment_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reconciliation_id is not UNSET:
            field_dict["reconciliationId"] = reconciliation_id
        if transaction_ids is not UNSET:
            field_dict["transactionIds"] = transaction_ids
        if income_payment_type_id is not UNSET:
            field_dict["incomePaymentTypeId"] = income_payment_type_id
        if cost_payment_type_id is not UNSET:
            field_dict["costPaymentTypeId"] = cost_payment_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        reconciliation_id = d.pop("reconciliationId", UNSET)

        transaction_ids = cast(list[int], d.pop("transactionIds", UNSET))

        income_payment_type_id = d.pop("incomePaymentTypeId", UNSET)

        cost_payment_type_id = d.pop("costPaymentTypeId", UNSET)

        _obj = cls(
            reconciliation_id=reconciliation_id,
            transaction_ids=transaction_ids,
            income_payment_type_id=income_payment_type_id,
            cost_payment_type_id=cost_payment_type_id,
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
