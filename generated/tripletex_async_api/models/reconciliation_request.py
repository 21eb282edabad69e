from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_request_action_type import ReconciliationRequestActionType
from ..models.reconciliation_request_pdf_orientation import ReconciliationRequestPdfOrientation
from ..models.reconciliation_request_transactions_type import ReconciliationRequestTransactionsType
from ..models.reconciliation_request_type import ReconciliationRequestType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="ReconciliationRequest")


@_attrs_define
class ReconciliationRequest(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.action_type
        if _v is not UNSET:
            field_dict["actionType"] = _v._value_
        _v = self.pdf_orientation
        if _v is not UNSET:
            field_dict["pdfOrientation"] = _v._value_
        _v = self.bank_reconciliation_id
        if _v is not UNSET:
            field_dict["bankReconciliationId"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.transactions_type
        if _v is not UNSET:
            field_dict["transactionsType"] = _v._value_
        _v = self.transactions
        if _v is not UNSET:
            field_dict["transactions"] = _v
        _v = self.email_addresses
        if _v is not UNSET:
            field_dict["emailAddresses"] = _v
        _v = self.message
        if _v is not UNSET:
            field_dict["message"] = _v
        _v = self.account_id
        if _v is not UNSET:
            field_dict["accountId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationRequest from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationRequest.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_action_type: dict[Any, Any] = enum_members(ReconciliationRequestActionType)
        _e_pdf_orientation: dict[Any, Any] = enum_members(ReconciliationRequestPdfOrientation)
        _e_type_: dict[Any, Any] = enum_members(ReconciliationRequestType)
        _e_transactions_type: dict[Any, Any] = enum_members(ReconciliationRequestTransactionsType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "bankReconciliationId": "bank_reconciliation_id",
            "message": "message",
            "accountId": "account_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.action_type = o.pdf_orientation = o.bank_reconciliation_id = o.type_ = o.transactions_type = (
                        o.transactions
                    ) = o.email_addresses = o.message = o.account_id = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "actionType"
                v = g("actionType")
                if v is None:
                    o.action_type = u
                    if "actionType" not in d:
                        m += 1
                else:
                    o.action_type = (
                        e_
                        if (e_ := _e_action_type.get(v)) is not None
                        else enum_value(ReconciliationRequestActionType, v)
                    )
                k = "pdfOrientation"
                v = g("pdfOrientation")
                if v is None:
                    o.pdf_orientation = u
                    if "pdfOrientation" not in d:
                        m += 1
                else:
                    o.pdf_orientation = (
                        e_
                        if (e_ := _e_pdf_orientation.get(v)) is not None
                        else enum_value(ReconciliationRequestPdfOrientation, v)
                    )
                v = g("bankReconciliationId")
                if v is None:
                    o.bank_reconciliation_id = u
                    if "bankReconciliationId" not in d:
                        m += 1
                else:
                    o.bank_reconciliation_id = v
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ReconciliationRequestType, v)
                k = "transactionsType"
                v = g("transactionsType")
                if v is None:
                    o.transactions_type = u
                    if "transactionsType" not in d:
                        m += 1
                else:
                    o.transactions_type = (
                        e_
                        if (e_ := _e_transactions_type.get(v)) is not None
                        else enum_value(ReconciliationRequestTransactionsType, v)
                    )
                k = "transactions"
                v = g("transactions")
                if v is None:
                    o.transactions = u
                    if "transactions" not in d:
                        m += 1
                else:
                    o.transactions = v
                k = "emailAddresses"
                v = g("emailAddresses")
                if v is None:
                    o.email_addresses = u
                    if "emailAddresses" not in d:
                        m += 1
                else:
                    o.email_addresses = v
                v = g("message")
                if v is None:
                    o.message = u
                    if "message" not in d:
                        m += 1
                else:
                    o.message = v
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("action_type", "actionType"),
            ("pdf_orientation", "pdfOrientation"),
            ("bank_reconciliation_id", "bankReconciliationId"),
            ("type_", "type"),
            ("transactions_type", "transactionsType"),
            ("transactions", "transactions"),
            ("email_addresses", "emailAddresses"),
            ("message", "message"),
            ("account_id", "accountId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.action_type
            o.action_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_action_type.get(v)) is not None
                else enum_value(ReconciliationRequestActionType, v)
            )
            v = s.pdf_orientation
            o.pdf_orientation = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_pdf_orientation.get(v)) is not None
                else enum_value(ReconciliationRequestPdfOrientation, v)
            )
            v = s.bank_reconciliation_id
            o.bank_reconciliation_id = u if v is None else v
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(ReconciliationRequestType, v)
            )
            v = s.transactions_type
            o.transactions_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_transactions_type.get(v)) is not None
                else enum_value(ReconciliationRequestTransactionsType, v)
            )
            v = s.transactions
            o.transactions = u if v is None or v is u else v
            v = s.email_addresses
            o.email_addresses = u if v is None or v is u else v
            v = s.message
            o.message = u if v is None else v
            v = s.account_id
            o.account_id = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
