from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_request_action_type import ReconciliationRequestActionType
from ..models.reconciliation_request_pdf_orientation import ReconciliationRequestPdfOrientation
from ..models.reconciliation_request_transactions_type import ReconciliationRequestTransactionsType
from ..models.reconciliation_request_type import ReconciliationRequestType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ReconciliationRequest")


@_attrs_define
class ReconciliationRequest:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _action_type = d.pop("actionType", UNSET)
        action_type: ReconciliationRequestActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = ReconciliationRequestActionType(_action_type)

        _pdf_orientation = d.pop("pdfOrientation", UNSET)
        pdf_orientation: ReconciliationRequestPdfOrientation | Unset
        if isinstance(_pdf_orientation, Unset):
            pdf_orientation = UNSET
        else:
            pdf_orientation = ReconciliationRequestPdfOrientation(_pdf_orientation)

        bank_reconciliation_id = d.pop("bankReconciliationId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ReconciliationRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ReconciliationRequestType(_type_)

        _transactions_type = d.pop("transactionsType", UNSET)
        transactions_type: ReconciliationRequestTransactionsType | Unset
        if isinstance(_transactions_type, Unset):
            transactions_type = UNSET
        else:
            transactions_type = ReconciliationRequestTransactionsType(_transactions_type)

        transactions = cast(list[int], d.pop("transactions", UNSET))

        email_addresses = cast(list[str], d.pop("emailAddresses", UNSET))

        message = d.pop("message", UNSET)

        account_id = d.pop("accountId", UNSET)

        _obj = cls(
            action_type=action_type,
            pdf_orientation=pdf_orientation,
            bank_reconciliation_id=bank_reconciliation_id,
            type_=type_,
            transactions_type=transactions_type,
            transactions=transactions,
            email_addresses=email_addresses,
            message=message,
            account_id=account_id,
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
