from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.incoming_invoice_payment_history_transaction import IncomingInvoicePaymentHistoryTransaction


T = TypeVar("T", bound="IncomingInvoicePaymentHistory")


@_attrs_define
class IncomingInvoicePaymentHistory(Model):
    """
    Attributes:
        base_voucher_id (int | Unset):
        base_voucher_revision (int | Unset):
        transactions (list[IncomingInvoicePaymentHistoryTransaction] | Unset):
        remaining_amount_to_pay (float | Unset):
        remaining_amount_to_pay_currency (float | Unset):
    """

    base_voucher_id: int | Unset = UNSET
    base_voucher_revision: int | Unset = UNSET
    transactions: list[IncomingInvoicePaymentHistoryTransaction] | Unset = UNSET
    remaining_amount_to_pay: float | Unset = UNSET
    remaining_amount_to_pay_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.base_voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["baseVoucherId"] = _v
        _v = self.base_voucher_revision
        if _v is not UNSET and not _in_request:
            field_dict["baseVoucherRevision"] = _v
        _v = self.transactions
        if _v is not UNSET and not _in_request:
            field_dict["transactions"] = [_e.to_dict() for _e in _v]
        _v = self.remaining_amount_to_pay
        if _v is not UNSET and not _in_request:
            field_dict["remainingAmountToPay"] = _v
        _v = self.remaining_amount_to_pay_currency
        if _v is not UNSET and not _in_request:
            field_dict["remainingAmountToPayCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentHistory from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoicePaymentHistory.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_payment_history_transaction import IncomingInvoicePaymentHistoryTransaction  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "baseVoucherId",
                "baseVoucherRevision",
                "transactions",
                "remainingAmountToPay",
                "remainingAmountToPayCurrency",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("baseVoucherId")
                if v is None:
                    o.base_voucher_id = u
                    if "baseVoucherId" not in d:
                        m += 1
                else:
                    o.base_voucher_id = v
                v = g("baseVoucherRevision")
                if v is None:
                    o.base_voucher_revision = u
                    if "baseVoucherRevision" not in d:
                        m += 1
                else:
                    o.base_voucher_revision = v
                k = "transactions"
                v = g("transactions")
                if v is None:
                    o.transactions = u
                    if "transactions" not in d:
                        m += 1
                else:
                    o.transactions = (
                        (
                            [IncomingInvoicePaymentHistoryTransaction._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("remainingAmountToPay")
                if v is None:
                    o.remaining_amount_to_pay = u
                    if "remainingAmountToPay" not in d:
                        m += 1
                else:
                    o.remaining_amount_to_pay = v
                v = g("remainingAmountToPayCurrency")
                if v is None:
                    o.remaining_amount_to_pay_currency = u
                    if "remainingAmountToPayCurrency" not in d:
                        m += 1
                else:
                    o.remaining_amount_to_pay_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("base_voucher_id", "baseVoucherId"),
            ("base_voucher_revision", "baseVoucherRevision"),
            ("transactions", "transactions"),
            ("remaining_amount_to_pay", "remainingAmountToPay"),
            ("remaining_amount_to_pay_currency", "remainingAmountToPayCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.base_voucher_id
            o.base_voucher_id = u if v is None else v
            v = s.base_voucher_revision
            o.base_voucher_revision = u if v is None else v
            v = s.transactions
            o.transactions = (
                u
                if v is None or v is u
                else ([IncomingInvoicePaymentHistoryTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.remaining_amount_to_pay
            o.remaining_amount_to_pay = u if v is None else v
            v = s.remaining_amount_to_pay_currency
            o.remaining_amount_to_pay_currency = u if v is None else v
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
