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

T = TypeVar("T", bound="BankStatementBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class BankStatementBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        account_id (int | Unset):
        closing_balance_currency (float | Unset):
        document_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    account_id: int | Unset = UNSET
    closing_balance_currency: float | Unset = UNSET
    document_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        from_date = self.from_date

        to_date = self.to_date

        account_id = self.account_id

        closing_balance_currency = self.closing_balance_currency

        document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if closing_balance_currency is not UNSET:
            field_dict["closingBalanceCurrency"] = closing_balance_currency
        if document_id is not UNSET:
            field_dict["documentId"] = document_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankStatementBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "fromDate",
                "toDate",
                "accountId",
                "closingBalanceCurrency",
                "documentId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "from_date": ("fromDate", None),
            "to_date": ("toDate", None),
            "account_id": ("accountId", None),
            "closing_balance_currency": ("closingBalanceCurrency", None),
            "document_id": ("documentId", None),
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
