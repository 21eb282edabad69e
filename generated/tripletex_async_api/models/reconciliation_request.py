from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_request_action_type import ReconciliationRequestActionType
from ..models.reconciliation_request_pdf_orientation import ReconciliationRequestPdfOrientation
from ..models.reconciliation_request_transactions_type import ReconciliationRequestTransactionsType
from ..models.reconciliation_request_type import ReconciliationRequestType
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

T = TypeVar("T", bound="ReconciliationRequest")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("actionType", str, False),
    ("pdfOrientation", str, False),
    ("type", str, False),
    ("transactionsType", str, False),
    ("transactions", list, False),
    ("emailAddresses", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationRequest(LazyModel):
    """
    Attributes:
        action_type (ReconciliationRequestActionType | Unset): Export type, email or file download
        pdf_orientation (ReconciliationRequestPdfOrientation | Unset):
        bank_reconciliation_id (int | Unset):
        type_ (ReconciliationRequestType | Unset):
        transactions_type (ReconciliationRequestTransactionsType | Unset):
        transactions (list[int] | Unset):
        email_addresses (list[str] | Unset): The email address to send to.
        message (str | Unset): The message to include in the email.
        account_id (int | Unset):
    """

    action_type: ReconciliationRequestActionType | Unset = UNSET
    pdf_orientation: ReconciliationRequestPdfOrientation | Unset = UNSET
    bank_reconciliation_id: int | Unset = UNSET
    type_: ReconciliationRequestType | Unset = UNSET
    transactions_type: ReconciliationRequestTransactionsType | Unset = UNSET
    transactions: list[int] | Unset = UNSET
    email_addresses: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        pdf_orientation: str | Unset = UNSET
        if not isinstance(self.pdf_orientation, Unset):
            pdf_orientation = self.pdf_orientation.value

        bank_reconciliation_id = self.bank_reconciliation_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        transactions_type: str | Unset = UNSET
        if not isinstance(self.transactions_type, Unset):
            transactions_type = self.transactions_type.value

        transactions: list[int] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = self.transactions

        email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = self.email_addresses

        message = self.message

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if pdf_orientation is not UNSET:
            field_dict["pdfOrientation"] = pdf_orientation
        if bank_reconciliation_id is not UNSET:
            field_dict["bankReconciliationId"] = bank_reconciliation_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transactions_type is not UNSET:
            field_dict["transactionsType"] = transactions_type
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if email_addresses is not UNSET:
            field_dict["emailAddresses"] = email_addresses
        if message is not UNSET:
            field_dict["message"] = message
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationRequest from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_action_type(_tx_v: Any) -> ReconciliationRequestActionType | Unset:
            _action_type = _tx_v
            action_type: ReconciliationRequestActionType | Unset
            if isinstance(_action_type, Unset):
                action_type = UNSET
            else:
                action_type = ReconciliationRequestActionType(_action_type)

            return action_type

        def _p_pdf_orientation(_tx_v: Any) -> ReconciliationRequestPdfOrientation | Unset:
            _pdf_orientation = _tx_v
            pdf_orientation: ReconciliationRequestPdfOrientation | Unset
            if isinstance(_pdf_orientation, Unset):
                pdf_orientation = UNSET
            else:
                pdf_orientation = ReconciliationRequestPdfOrientation(_pdf_orientation)

            return pdf_orientation

        def _p_type_(_tx_v: Any) -> ReconciliationRequestType | Unset:
            _type_ = _tx_v
            type_: ReconciliationRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ReconciliationRequestType(_type_)

            return type_

        def _p_transactions_type(_tx_v: Any) -> ReconciliationRequestTransactionsType | Unset:
            _transactions_type = _tx_v
            transactions_type: ReconciliationRequestTransactionsType | Unset
            if isinstance(_transactions_type, Unset):
                transactions_type = UNSET
            else:
                transactions_type = ReconciliationRequestTransactionsType(_transactions_type)

            return transactions_type

        def _p_transactions(_tx_v: Any) -> list[int] | Unset:
            transactions = cast(list[int], _tx_v)

            return transactions

        def _p_email_addresses(_tx_v: Any) -> list[str] | Unset:
            email_addresses = cast(list[str], _tx_v)

            return email_addresses

        _tx_known: frozenset[str] = frozenset(
            (
                "actionType",
                "pdfOrientation",
                "bankReconciliationId",
                "type",
                "transactionsType",
                "transactions",
                "emailAddresses",
                "message",
                "accountId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "action_type": ("actionType", _p_action_type),
            "pdf_orientation": ("pdfOrientation", _p_pdf_orientation),
            "bank_reconciliation_id": ("bankReconciliationId", None),
            "type_": ("type", _p_type_),
            "transactions_type": ("transactionsType", _p_transactions_type),
            "transactions": ("transactions", _p_transactions),
            "email_addresses": ("emailAddresses", _p_email_addresses),
            "message": ("message", None),
            "account_id": ("accountId", None),
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
