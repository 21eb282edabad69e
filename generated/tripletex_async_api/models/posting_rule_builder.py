from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="PostingRuleBuilder")


@_attrs_define
class PostingRuleBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        sync_id (int | Unset):
        description (str | Unset):
        debit_account_id (int | Unset):
        customer_id (int | Unset):
        vendor_id (int | Unset):
        payment_in (bool | Unset):
        payment_out (bool | Unset):
        disabled (bool | Unset):
        inactive (bool | Unset):
        show_incoming_invoice (bool | Unset):
        show_wage_payment (bool | Unset):
        show_vat_returns (bool | Unset):
        show_wage_period_transaction (bool | Unset):
        show_order_invoice (bool | Unset):
    """

    company_id: int | Unset = UNSET
    sync_id: int | Unset = UNSET
    description: str | Unset = UNSET
    debit_account_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    payment_in: bool | Unset = UNSET
    payment_out: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    inactive: bool | Unset = UNSET
    show_incoming_invoice: bool | Unset = UNSET
    show_wage_payment: bool | Unset = UNSET
    show_vat_returns: bool | Unset = UNSET
    show_wage_period_transaction: bool | Unset = UNSET
    show_order_invoice: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.sync_id
        if _v is not UNSET:
            field_dict["syncId"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.debit_account_id
        if _v is not UNSET:
            field_dict["debitAccountId"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.vendor_id
        if _v is not UNSET:
            field_dict["vendorId"] = _v
        _v = self.payment_in
        if _v is not UNSET:
            field_dict["paymentIn"] = _v
        _v = self.payment_out
        if _v is not UNSET:
            field_dict["paymentOut"] = _v
        _v = self.disabled
        if _v is not UNSET:
            field_dict["disabled"] = _v
        _v = self.inactive
        if _v is not UNSET:
            field_dict["inactive"] = _v
        _v = self.show_incoming_invoice
        if _v is not UNSET:
            field_dict["showIncomingInvoice"] = _v
        _v = self.show_wage_payment
        if _v is not UNSET:
            field_dict["showWagePayment"] = _v
        _v = self.show_vat_returns
        if _v is not UNSET:
            field_dict["showVatReturns"] = _v
        _v = self.show_wage_period_transaction
        if _v is not UNSET:
            field_dict["showWagePeriodTransaction"] = _v
        _v = self.show_order_invoice
        if _v is not UNSET:
            field_dict["showOrderInvoice"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PostingRuleBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PostingRuleBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "syncId",
                "description",
                "debitAccountId",
                "customerId",
                "vendorId",
                "paymentIn",
                "paymentOut",
                "disabled",
                "inactive",
                "showIncomingInvoice",
                "showWagePayment",
                "showVatReturns",
                "showWagePeriodTransaction",
                "showOrderInvoice",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "syncId": "sync_id",
            "description": "description",
            "debitAccountId": "debit_account_id",
            "customerId": "customer_id",
            "vendorId": "vendor_id",
            "paymentIn": "payment_in",
            "paymentOut": "payment_out",
            "disabled": "disabled",
            "inactive": "inactive",
            "showIncomingInvoice": "show_incoming_invoice",
            "showWagePayment": "show_wage_payment",
            "showVatReturns": "show_vat_returns",
            "showWagePeriodTransaction": "show_wage_period_transaction",
            "showOrderInvoice": "show_order_invoice",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.company_id = o.sync_id = o.description = o.debit_account_id = o.customer_id = o.vendor_id = (
                        o.payment_in
                    ) = o.payment_out = o.disabled = o.inactive = o.show_incoming_invoice = o.show_wage_payment = (
                        o.show_vat_returns
                    ) = o.show_wage_period_transaction = o.show_order_invoice = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("syncId")
                if v is None:
                    o.sync_id = u
                    if "syncId" not in d:
                        m += 1
                else:
                    o.sync_id = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("debitAccountId")
                if v is None:
                    o.debit_account_id = u
                    if "debitAccountId" not in d:
                        m += 1
                else:
                    o.debit_account_id = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("paymentIn")
                if v is None:
                    o.payment_in = u
                    if "paymentIn" not in d:
                        m += 1
                else:
                    o.payment_in = v
                v = g("paymentOut")
                if v is None:
                    o.payment_out = u
                    if "paymentOut" not in d:
                        m += 1
                else:
                    o.payment_out = v
                v = g("disabled")
                if v is None:
                    o.disabled = u
                    if "disabled" not in d:
                        m += 1
                else:
                    o.disabled = v
                v = g("inactive")
                if v is None:
                    o.inactive = u
                    if "inactive" not in d:
                        m += 1
                else:
                    o.inactive = v
                v = g("showIncomingInvoice")
                if v is None:
                    o.show_incoming_invoice = u
                    if "showIncomingInvoice" not in d:
                        m += 1
                else:
                    o.show_incoming_invoice = v
                v = g("showWagePayment")
                if v is None:
                    o.show_wage_payment = u
                    if "showWagePayment" not in d:
                        m += 1
                else:
                    o.show_wage_payment = v
                v = g("showVatReturns")
                if v is None:
                    o.show_vat_returns = u
                    if "showVatReturns" not in d:
                        m += 1
                else:
                    o.show_vat_returns = v
                v = g("showWagePeriodTransaction")
                if v is None:
                    o.show_wage_period_transaction = u
                    if "showWagePeriodTransaction" not in d:
                        m += 1
                else:
                    o.show_wage_period_transaction = v
                v = g("showOrderInvoice")
                if v is None:
                    o.show_order_invoice = u
                    if "showOrderInvoice" not in d:
                        m += 1
                else:
                    o.show_order_invoice = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("sync_id", "syncId"),
            ("description", "description"),
            ("debit_account_id", "debitAccountId"),
            ("customer_id", "customerId"),
            ("vendor_id", "vendorId"),
            ("payment_in", "paymentIn"),
            ("payment_out", "paymentOut"),
            ("disabled", "disabled"),
            ("inactive", "inactive"),
            ("show_incoming_invoice", "showIncomingInvoice"),
            ("show_wage_payment", "showWagePayment"),
            ("show_vat_returns", "showVatReturns"),
            ("show_wage_period_transaction", "showWagePeriodTransaction"),
            ("show_order_invoice", "showOrderInvoice"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.sync_id
            o.sync_id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.debit_account_id
            o.debit_account_id = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.payment_in
            o.payment_in = u if v is None else v
            v = s.payment_out
            o.payment_out = u if v is None else v
            v = s.disabled
            o.disabled = u if v is None else v
            v = s.inactive
            o.inactive = u if v is None else v
            v = s.show_incoming_invoice
            o.show_incoming_invoice = u if v is None else v
            v = s.show_wage_payment
            o.show_wage_payment = u if v is None else v
            v = s.show_vat_returns
            o.show_vat_returns = u if v is None else v
            v = s.show_wage_period_transaction
            o.show_wage_period_transaction = u if v is None else v
            v = s.show_order_invoice
            o.show_order_invoice = u if v is None else v
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
