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
    from ..models.account import Account
    from ..models.change import Change


T = TypeVar("T", bound="PaymentTypeOut")


@_attrs_define
class PaymentTypeOut(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        description (str | Unset):
        is_brutto_wage_deduction (bool | Unset): true if it should be a deduction from the wage. The module
            PROVISIONSALARY is required to both view and change this setting
        credit_account (Account | Unset):
        show_incoming_invoice (bool | Unset): true if the payment type should be available in supplier invoices
        show_wage_payment (bool | Unset): true if the payment type should be available in wage payments. The wage module
            is required to both view and change this setting
        show_vat_returns (bool | Unset): true if the payment type should be available in vat returns
        show_wage_period_transaction (bool | Unset): true if the payment type should be available in period
            transactionsThe wage module is required to both view and change this setting
        requires_separate_voucher (bool | Unset): true if a separate voucher is required
        sequence (int | Unset): determines in which order the types should be listed. No 1 is listed first
        is_inactive (bool | Unset): true if the payment type should be hidden from available payment types
        display_name (str | Unset): Value of a Dropdown Type used in the payment type dropdown
        currency_id (int | Unset): currency Id
        currency_code (str | Unset): currency code
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    is_brutto_wage_deduction: bool | Unset = UNSET
    credit_account: Account | Unset = UNSET
    show_incoming_invoice: bool | Unset = UNSET
    show_wage_payment: bool | Unset = UNSET
    show_vat_returns: bool | Unset = UNSET
    show_wage_period_transaction: bool | Unset = UNSET
    requires_separate_voucher: bool | Unset = UNSET
    sequence: int | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.is_brutto_wage_deduction
        if _v is not UNSET:
            field_dict["isBruttoWageDeduction"] = _v
        _v = self.credit_account
        if _v is not UNSET:
            field_dict["creditAccount"] = _v.to_dict()
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
        _v = self.requires_separate_voucher
        if _v is not UNSET:
            field_dict["requiresSeparateVoucher"] = _v
        _v = self.sequence
        if _v is not UNSET:
            field_dict["sequence"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.currency_code
        if _v is not UNSET:
            field_dict["currencyCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentTypeOut from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PaymentTypeOut.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "isBruttoWageDeduction",
                "creditAccount",
                "showIncomingInvoice",
                "showWagePayment",
                "showVatReturns",
                "showWagePeriodTransaction",
                "requiresSeparateVoucher",
                "sequence",
                "isInactive",
                "displayName",
                "currencyId",
                "currencyCode",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "description": "description",
            "isBruttoWageDeduction": "is_brutto_wage_deduction",
            "showIncomingInvoice": "show_incoming_invoice",
            "showWagePayment": "show_wage_payment",
            "showVatReturns": "show_vat_returns",
            "showWagePeriodTransaction": "show_wage_period_transaction",
            "requiresSeparateVoucher": "requires_separate_voucher",
            "sequence": "sequence",
            "isInactive": "is_inactive",
            "displayName": "display_name",
            "currencyId": "currency_id",
            "currencyCode": "currency_code",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.description = o.is_brutto_wage_deduction = (
                        o.credit_account
                    ) = o.show_incoming_invoice = o.show_wage_payment = o.show_vat_returns = (
                        o.show_wage_period_transaction
                    ) = o.requires_separate_voucher = o.sequence = o.is_inactive = o.display_name = o.currency_id = (
                        o.currency_code
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.description = o.is_brutto_wage_deduction = (
                        o.credit_account
                    ) = o.show_incoming_invoice = o.show_wage_payment = o.show_vat_returns = (
                        o.show_wage_period_transaction
                    ) = o.requires_separate_voucher = o.sequence = o.is_inactive = o.display_name = o.currency_id = (
                        o.currency_code
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("isBruttoWageDeduction")
                if v is None:
                    o.is_brutto_wage_deduction = u
                    if "isBruttoWageDeduction" not in d:
                        m += 1
                else:
                    o.is_brutto_wage_deduction = v
                k = "creditAccount"
                v = g("creditAccount")
                if v is None:
                    o.credit_account = u
                    if "creditAccount" not in d:
                        m += 1
                else:
                    o.credit_account = Account._tx_parse(v)
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
                v = g("requiresSeparateVoucher")
                if v is None:
                    o.requires_separate_voucher = u
                    if "requiresSeparateVoucher" not in d:
                        m += 1
                else:
                    o.requires_separate_voucher = v
                v = g("sequence")
                if v is None:
                    o.sequence = u
                    if "sequence" not in d:
                        m += 1
                else:
                    o.sequence = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("description", "description"),
            ("is_brutto_wage_deduction", "isBruttoWageDeduction"),
            ("credit_account", "creditAccount"),
            ("show_incoming_invoice", "showIncomingInvoice"),
            ("show_wage_payment", "showWagePayment"),
            ("show_vat_returns", "showVatReturns"),
            ("show_wage_period_transaction", "showWagePeriodTransaction"),
            ("requires_separate_voucher", "requiresSeparateVoucher"),
            ("sequence", "sequence"),
            ("is_inactive", "isInactive"),
            ("display_name", "displayName"),
            ("currency_id", "currencyId"),
            ("currency_code", "currencyCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.is_brutto_wage_deduction
            o.is_brutto_wage_deduction = u if v is None else v
            v = s.credit_account
            o.credit_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.show_incoming_invoice
            o.show_incoming_invoice = u if v is None else v
            v = s.show_wage_payment
            o.show_wage_payment = u if v is None else v
            v = s.show_vat_returns
            o.show_vat_returns = u if v is None else v
            v = s.show_wage_period_transaction
            o.show_wage_period_transaction = u if v is None else v
            v = s.requires_separate_voucher
            o.requires_separate_voucher = u if v is None else v
            v = s.sequence
            o.sequence = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
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
