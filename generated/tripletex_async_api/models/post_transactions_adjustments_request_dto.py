from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="PostTransactionsAdjustmentsRequestDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("transactionIds", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class PostTransactionsAdjustmentsRequestDTO(LazyModel):
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
        self._tx_load()
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
        """A PostTransactionsAdjustmentsRequestDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_transaction_ids(_tx_v: Any) -> list[int] | Unset:
            transaction_ids = cast(list[int], _tx_v)

            return transaction_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "reconciliationId",
                "transactionIds",
                "incomePaymentTypeId",
                "costPaymentTypeId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "reconciliation_id": ("reconciliationId", None),
            "transaction_ids": ("transactionIds", _p_transaction_ids),
            "income_payment_type_id": ("incomePaymentTypeId", None),
            "cost_payment_type_id": ("costPaymentTypeId", None),
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
