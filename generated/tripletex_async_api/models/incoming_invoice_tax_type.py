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

T = TypeVar("T", bound="IncomingInvoiceTaxType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("taxTransactionTypeIds", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceTaxType(LazyModel):
    """Tax transaction types for a specific account

    Attributes:
        account_id (int | Unset): The account ID
        tax_transaction_type_ids (list[int] | Unset): List of tax transaction type IDs available for this account
    """

    account_id: int | Unset = UNSET
    tax_transaction_type_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account_id = self.account_id

        tax_transaction_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tax_transaction_type_ids, Unset):
            tax_transaction_type_ids = self.tax_transaction_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if tax_transaction_type_ids is not UNSET:
            field_dict["taxTransactionTypeIds"] = tax_transaction_type_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceTaxType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_tax_transaction_type_ids(_tx_v: Any) -> list[int] | Unset:
            tax_transaction_type_ids = cast(list[int], _tx_v)

            return tax_transaction_type_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "accountId",
                "taxTransactionTypeIds",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_id": ("accountId", None),
            "tax_transaction_type_ids": ("taxTransactionTypeIds", _p_tax_transaction_type_ids),
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
