from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_settings_payment_with_unknown_kid_parse_option import BankSettingsPaymentWithUnknownKidParseOption
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.autopay_bank_agreement import AutopayBankAgreement
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="BankSettings")


@_attrs_define
class BankSettings(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        tax_bank_agreement (AutopayBankAgreement | Unset):
        remit_number_of_acceptors (int | Unset): The remit number of acceptors.
        show_advice_currency_mismatch (bool | Unset): The showAdviceCurrencyMismatch property.
        payment_with_unknown_kid_parse_option (BankSettingsPaymentWithUnknownKidParseOption | Unset): Setting for
            whether incoming AutoPay payments without KID should be automatically posted, sent to voucher reception or
            ignored.
        sign_auto_pay_with_bank_id (bool | Unset): Setting for whether the user should have the option to sign payments
            and agreements with Bank ID in addition to 2FA.
        batch_booking_of_payments (bool | Unset): Setting for the user to use or not the batch booking for payments.
        parse_entries_as_sum_posts (bool | Unset): Setting for the user to choose if account statements entries should
            be parsed as sum posts or not.
        employees_with_direct_remit_access (list[Employee] | Unset):
        employees_with_limited_direct_remit_access (list[Employee] | Unset):
        days_before_payment_outdated (int | Unset): Number of days before a payment is set as outdated
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    tax_bank_agreement: AutopayBankAgreement | Unset = UNSET
    remit_number_of_acceptors: int | Unset = UNSET
    show_advice_currency_mismatch: bool | Unset = UNSET
    payment_with_unknown_kid_parse_option: BankSettingsPaymentWithUnknownKidParseOption | Unset = UNSET
    sign_auto_pay_with_bank_id: bool | Unset = UNSET
    batch_booking_of_payments: bool | Unset = UNSET
    parse_entries_as_sum_posts: bool | Unset = UNSET
    employees_with_direct_remit_access: list[Employee] | Unset = UNSET
    employees_with_limited_direct_remit_access: list[Employee] | Unset = UNSET
    days_before_payment_outdated: int | Unset = UNSET
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
        _v = self.tax_bank_agreement
        if _v is not UNSET:
            field_dict["taxBankAgreement"] = _v.to_dict()
        _v = self.remit_number_of_acceptors
        if _v is not UNSET:
            field_dict["remitNumberOfAcceptors"] = _v
        _v = self.show_advice_currency_mismatch
        if _v is not UNSET:
            field_dict["showAdviceCurrencyMismatch"] = _v
        _v = self.payment_with_unknown_kid_parse_option
        if _v is not UNSET:
            field_dict["paymentWithUnknownKidParseOption"] = _v._value_
        _v = self.sign_auto_pay_with_bank_id
        if _v is not UNSET:
            field_dict["signAutoPayWithBankId"] = _v
        _v = self.batch_booking_of_payments
        if _v is not UNSET:
            field_dict["batchBookingOfPayments"] = _v
        _v = self.parse_entries_as_sum_posts
        if _v is not UNSET:
            field_dict["parseEntriesAsSumPosts"] = _v
        _v = self.employees_with_direct_remit_access
        if _v is not UNSET and not _in_request:
            field_dict["employeesWithDirectRemitAccess"] = [_e.to_dict() for _e in _v]
        _v = self.employees_with_limited_direct_remit_access
        if _v is not UNSET and not _in_request:
            field_dict["employeesWithLimitedDirectRemitAccess"] = [_e.to_dict() for _e in _v]
        _v = self.days_before_payment_outdated
        if _v is not UNSET:
            field_dict["daysBeforePaymentOutdated"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.autopay_bank_agreement import AutopayBankAgreement  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_payment_with_unknown_kid_parse_option: dict[Any, Any] = enum_members(
            BankSettingsPaymentWithUnknownKidParseOption
        )
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "taxBankAgreement",
                "remitNumberOfAcceptors",
                "showAdviceCurrencyMismatch",
                "paymentWithUnknownKidParseOption",
                "signAutoPayWithBankId",
                "batchBookingOfPayments",
                "parseEntriesAsSumPosts",
                "employeesWithDirectRemitAccess",
                "employeesWithLimitedDirectRemitAccess",
                "daysBeforePaymentOutdated",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "remitNumberOfAcceptors": "remit_number_of_acceptors",
            "showAdviceCurrencyMismatch": "show_advice_currency_mismatch",
            "signAutoPayWithBankId": "sign_auto_pay_with_bank_id",
            "batchBookingOfPayments": "batch_booking_of_payments",
            "parseEntriesAsSumPosts": "parse_entries_as_sum_posts",
            "daysBeforePaymentOutdated": "days_before_payment_outdated",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.tax_bank_agreement = o.remit_number_of_acceptors = (
                        o.show_advice_currency_mismatch
                    ) = o.payment_with_unknown_kid_parse_option = o.sign_auto_pay_with_bank_id = (
                        o.batch_booking_of_payments
                    ) = o.parse_entries_as_sum_posts = o.employees_with_direct_remit_access = (
                        o.employees_with_limited_direct_remit_access
                    ) = o.days_before_payment_outdated = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.tax_bank_agreement = o.remit_number_of_acceptors = (
                        o.show_advice_currency_mismatch
                    ) = o.payment_with_unknown_kid_parse_option = o.sign_auto_pay_with_bank_id = (
                        o.batch_booking_of_payments
                    ) = o.parse_entries_as_sum_posts = o.employees_with_direct_remit_access = (
                        o.employees_with_limited_direct_remit_access
                    ) = o.days_before_payment_outdated = UNSET
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
                k = "taxBankAgreement"
                v = g("taxBankAgreement")
                if v is None:
                    o.tax_bank_agreement = u
                    if "taxBankAgreement" not in d:
                        m += 1
                else:
                    o.tax_bank_agreement = AutopayBankAgreement._tx_parse(v)
                v = g("remitNumberOfAcceptors")
                if v is None:
                    o.remit_number_of_acceptors = u
                    if "remitNumberOfAcceptors" not in d:
                        m += 1
                else:
                    o.remit_number_of_acceptors = v
                v = g("showAdviceCurrencyMismatch")
                if v is None:
                    o.show_advice_currency_mismatch = u
                    if "showAdviceCurrencyMismatch" not in d:
                        m += 1
                else:
                    o.show_advice_currency_mismatch = v
                k = "paymentWithUnknownKidParseOption"
                v = g("paymentWithUnknownKidParseOption")
                if v is None:
                    o.payment_with_unknown_kid_parse_option = u
                    if "paymentWithUnknownKidParseOption" not in d:
                        m += 1
                else:
                    o.payment_with_unknown_kid_parse_option = (
                        e_
                        if (e_ := _e_payment_with_unknown_kid_parse_option.get(v)) is not None
                        else enum_value(BankSettingsPaymentWithUnknownKidParseOption, v)
                    )
                v = g("signAutoPayWithBankId")
                if v is None:
                    o.sign_auto_pay_with_bank_id = u
                    if "signAutoPayWithBankId" not in d:
                        m += 1
                else:
                    o.sign_auto_pay_with_bank_id = v
                v = g("batchBookingOfPayments")
                if v is None:
                    o.batch_booking_of_payments = u
                    if "batchBookingOfPayments" not in d:
                        m += 1
                else:
                    o.batch_booking_of_payments = v
                v = g("parseEntriesAsSumPosts")
                if v is None:
                    o.parse_entries_as_sum_posts = u
                    if "parseEntriesAsSumPosts" not in d:
                        m += 1
                else:
                    o.parse_entries_as_sum_posts = v
                k = "employeesWithDirectRemitAccess"
                v = g("employeesWithDirectRemitAccess")
                if v is None:
                    o.employees_with_direct_remit_access = u
                    if "employeesWithDirectRemitAccess" not in d:
                        m += 1
                else:
                    o.employees_with_direct_remit_access = (
                        ([Employee._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "employeesWithLimitedDirectRemitAccess"
                v = g("employeesWithLimitedDirectRemitAccess")
                if v is None:
                    o.employees_with_limited_direct_remit_access = u
                    if "employeesWithLimitedDirectRemitAccess" not in d:
                        m += 1
                else:
                    o.employees_with_limited_direct_remit_access = (
                        ([Employee._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("daysBeforePaymentOutdated")
                if v is None:
                    o.days_before_payment_outdated = u
                    if "daysBeforePaymentOutdated" not in d:
                        m += 1
                else:
                    o.days_before_payment_outdated = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("tax_bank_agreement", "taxBankAgreement"),
            ("remit_number_of_acceptors", "remitNumberOfAcceptors"),
            ("show_advice_currency_mismatch", "showAdviceCurrencyMismatch"),
            ("payment_with_unknown_kid_parse_option", "paymentWithUnknownKidParseOption"),
            ("sign_auto_pay_with_bank_id", "signAutoPayWithBankId"),
            ("batch_booking_of_payments", "batchBookingOfPayments"),
            ("parse_entries_as_sum_posts", "parseEntriesAsSumPosts"),
            ("employees_with_direct_remit_access", "employeesWithDirectRemitAccess"),
            ("employees_with_limited_direct_remit_access", "employeesWithLimitedDirectRemitAccess"),
            ("days_before_payment_outdated", "daysBeforePaymentOutdated"),
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
            v = s.tax_bank_agreement
            o.tax_bank_agreement = u if v is None or v is u else AutopayBankAgreement._tx_parse(v)
            v = s.remit_number_of_acceptors
            o.remit_number_of_acceptors = u if v is None else v
            v = s.show_advice_currency_mismatch
            o.show_advice_currency_mismatch = u if v is None else v
            v = s.payment_with_unknown_kid_parse_option
            o.payment_with_unknown_kid_parse_option = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payment_with_unknown_kid_parse_option.get(v)) is not None
                else enum_value(BankSettingsPaymentWithUnknownKidParseOption, v)
            )
            v = s.sign_auto_pay_with_bank_id
            o.sign_auto_pay_with_bank_id = u if v is None else v
            v = s.batch_booking_of_payments
            o.batch_booking_of_payments = u if v is None else v
            v = s.parse_entries_as_sum_posts
            o.parse_entries_as_sum_posts = u if v is None else v
            v = s.employees_with_direct_remit_access
            o.employees_with_direct_remit_access = (
                u
                if v is None or v is u
                else ([Employee._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.employees_with_limited_direct_remit_access
            o.employees_with_limited_direct_remit_access = (
                u
                if v is None or v is u
                else ([Employee._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.days_before_payment_outdated
            o.days_before_payment_outdated = u if v is None else v
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
