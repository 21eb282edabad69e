from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_widget_payment_type_payment_integration import PaymentWidgetPaymentTypePaymentIntegration
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

T = TypeVar("T", bound="PaymentWidgetPaymentType")


@_attrs_define
class PaymentWidgetPaymentType(Model):
    """Default payment type for this Advanced Payment Widget

    Attributes:
        unique_id (str | Unset): Id corresponding to a Dropdown Type used in the Payment Widget's dropdown elements
        payment_type_id (int | Unset): Posting rule id or autoPay agreement id or ztl account id
        payment_type_value (str | Unset): Value of a Dropdown Type used in the Payment Widget's dropdown elements
        payment_integration (PaymentWidgetPaymentTypePaymentIntegration | Unset): The Payment Type (NETS, AUTOPAY,
            POSTING_RULE)
        currency_id (int | Unset): Payment type's currency id
        currency_code (str | Unset): Payment type's currency code
        is_default (bool | Unset): Is the default payment type
        account_number (str | Unset): Account number
        payment_type_description (str | Unset): Payment type description (agreement/posting rule/ztl account
            description)
        bank_account (str | Unset): Bank account number
    """

    unique_id: str | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    payment_type_value: str | Unset = UNSET
    payment_integration: PaymentWidgetPaymentTypePaymentIntegration | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    account_number: str | Unset = UNSET
    payment_type_description: str | Unset = UNSET
    bank_account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.unique_id
        if _v is not UNSET:
            field_dict["uniqueId"] = _v
        _v = self.payment_type_id
        if _v is not UNSET:
            field_dict["paymentTypeId"] = _v
        _v = self.payment_type_value
        if _v is not UNSET:
            field_dict["paymentTypeValue"] = _v
        _v = self.payment_integration
        if _v is not UNSET:
            field_dict["paymentIntegration"] = _v._value_
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.currency_code
        if _v is not UNSET:
            field_dict["currencyCode"] = _v
        _v = self.is_default
        if _v is not UNSET:
            field_dict["isDefault"] = _v
        _v = self.account_number
        if _v is not UNSET:
            field_dict["accountNumber"] = _v
        _v = self.payment_type_description
        if _v is not UNSET:
            field_dict["paymentTypeDescription"] = _v
        _v = self.bank_account
        if _v is not UNSET:
            field_dict["bankAccount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentWidgetPaymentType from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PaymentWidgetPaymentType.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_payment_integration: dict[Any, Any] = enum_members(PaymentWidgetPaymentTypePaymentIntegration)
        _known: frozenset[str] = frozenset(
            (
                "uniqueId",
                "paymentTypeId",
                "paymentTypeValue",
                "paymentIntegration",
                "currencyId",
                "currencyCode",
                "isDefault",
                "accountNumber",
                "paymentTypeDescription",
                "bankAccount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "uniqueId": "unique_id",
            "paymentTypeId": "payment_type_id",
            "paymentTypeValue": "payment_type_value",
            "currencyId": "currency_id",
            "currencyCode": "currency_code",
            "isDefault": "is_default",
            "accountNumber": "account_number",
            "paymentTypeDescription": "payment_type_description",
            "bankAccount": "bank_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.unique_id = o.payment_type_id = o.payment_type_value = o.payment_integration = o.currency_id = (
                        o.currency_code
                    ) = o.is_default = o.account_number = o.payment_type_description = o.bank_account = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("uniqueId")
                if v is None:
                    o.unique_id = u
                    if "uniqueId" not in d:
                        m += 1
                else:
                    o.unique_id = v
                v = g("paymentTypeId")
                if v is None:
                    o.payment_type_id = u
                    if "paymentTypeId" not in d:
                        m += 1
                else:
                    o.payment_type_id = v
                v = g("paymentTypeValue")
                if v is None:
                    o.payment_type_value = u
                    if "paymentTypeValue" not in d:
                        m += 1
                else:
                    o.payment_type_value = v
                k = "paymentIntegration"
                v = g("paymentIntegration")
                if v is None:
                    o.payment_integration = u
                    if "paymentIntegration" not in d:
                        m += 1
                else:
                    o.payment_integration = (
                        e_
                        if (e_ := _e_payment_integration.get(v)) is not None
                        else enum_value(PaymentWidgetPaymentTypePaymentIntegration, v)
                    )
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("isDefault")
                if v is None:
                    o.is_default = u
                    if "isDefault" not in d:
                        m += 1
                else:
                    o.is_default = v
                v = g("accountNumber")
                if v is None:
                    o.account_number = u
                    if "accountNumber" not in d:
                        m += 1
                else:
                    o.account_number = v
                v = g("paymentTypeDescription")
                if v is None:
                    o.payment_type_description = u
                    if "paymentTypeDescription" not in d:
                        m += 1
                else:
                    o.payment_type_description = v
                v = g("bankAccount")
                if v is None:
                    o.bank_account = u
                    if "bankAccount" not in d:
                        m += 1
                else:
                    o.bank_account = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("unique_id", "uniqueId"),
            ("payment_type_id", "paymentTypeId"),
            ("payment_type_value", "paymentTypeValue"),
            ("payment_integration", "paymentIntegration"),
            ("currency_id", "currencyId"),
            ("currency_code", "currencyCode"),
            ("is_default", "isDefault"),
            ("account_number", "accountNumber"),
            ("payment_type_description", "paymentTypeDescription"),
            ("bank_account", "bankAccount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.unique_id
            o.unique_id = u if v is None else v
            v = s.payment_type_id
            o.payment_type_id = u if v is None else v
            v = s.payment_type_value
            o.payment_type_value = u if v is None else v
            v = s.payment_integration
            o.payment_integration = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payment_integration.get(v)) is not None
                else enum_value(PaymentWidgetPaymentTypePaymentIntegration, v)
            )
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.is_default
            o.is_default = u if v is None else v
            v = s.account_number
            o.account_number = u if v is None else v
            v = s.payment_type_description
            o.payment_type_description = u if v is None else v
            v = s.bank_account
            o.bank_account = u if v is None else v
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
