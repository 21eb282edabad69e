from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_settings_payment_with_unknown_kid_parse_option import BankSettingsPaymentWithUnknownKidParseOption
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

if TYPE_CHECKING:
    from ..models.autopay_bank_agreement import AutopayBankAgreement
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="BankSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("taxBankAgreement", dict, False),
    ("paymentWithUnknownKidParseOption", str, False),
    ("employeesWithDirectRemitAccess", list, False),
    ("employeesWithLimitedDirectRemitAccess", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankSettings(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        employees_with_direct_remit_access (list[Employee] | Unset): [read-only]
        employees_with_limited_direct_remit_access (list[Employee] | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        tax_bank_agreement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_bank_agreement, Unset):
            tax_bank_agreement = self.tax_bank_agreement.to_dict()

        remit_number_of_acceptors = self.remit_number_of_acceptors

        show_advice_currency_mismatch = self.show_advice_currency_mismatch

        payment_with_unknown_kid_parse_option: str | Unset = UNSET
        if not isinstance(self.payment_with_unknown_kid_parse_option, Unset):
            payment_with_unknown_kid_parse_option = self.payment_with_unknown_kid_parse_option.value

        sign_auto_pay_with_bank_id = self.sign_auto_pay_with_bank_id

        batch_booking_of_payments = self.batch_booking_of_payments

        parse_entries_as_sum_posts = self.parse_entries_as_sum_posts

        employees_with_direct_remit_access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees_with_direct_remit_access, Unset):
            employees_with_direct_remit_access = []
            for employees_with_direct_remit_access_item_data in self.employees_with_direct_remit_access:
                employees_with_direct_remit_access_item = employees_with_direct_remit_access_item_data.to_dict()
                employees_with_direct_remit_access.append(employees_with_direct_remit_access_item)

        employees_with_limited_direct_remit_access: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees_with_limited_direct_remit_access, Unset):
            employees_with_limited_direct_remit_access = []
            for employees_with_limited_direct_remit_access_item_data in self.employees_with_limited_direct_remit_access:
                employees_with_limited_direct_remit_access_item = (
                    employees_with_limited_direct_remit_access_item_data.to_dict()
                )
                employees_with_limited_direct_remit_access.append(employees_with_limited_direct_remit_access_item)

        days_before_payment_outdated = self.days_before_payment_outdated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if tax_bank_agreement is not UNSET:
            field_dict["taxBankAgreement"] = tax_bank_agreement
        if remit_number_of_acceptors is not UNSET:
            field_dict["remitNumberOfAcceptors"] = remit_number_of_acceptors
        if show_advice_currency_mismatch is not UNSET:
            field_dict["showAdviceCurrencyMismatch"] = show_advice_currency_mismatch
        if payment_with_unknown_kid_parse_option is not UNSET:
            field_dict["paymentWithUnknownKidParseOption"] = payment_with_unknown_kid_parse_option
        if sign_auto_pay_with_bank_id is not UNSET:
            field_dict["signAutoPayWithBankId"] = sign_auto_pay_with_bank_id
        if batch_booking_of_payments is not UNSET:
            field_dict["batchBookingOfPayments"] = batch_booking_of_payments
        if parse_entries_as_sum_posts is not UNSET:
            field_dict["parseEntriesAsSumPosts"] = parse_entries_as_sum_posts
        if employees_with_direct_remit_access is not UNSET and not _in_request:
            field_dict["employeesWithDirectRemitAccess"] = employees_with_direct_remit_access
        if employees_with_limited_direct_remit_access is not UNSET and not _in_request:
            field_dict["employeesWithLimitedDirectRemitAccess"] = employees_with_limited_direct_remit_access
        if days_before_payment_outdated is not UNSET:
            field_dict["daysBeforePaymentOutdated"] = days_before_payment_outdated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.autopay_bank_agreement import AutopayBankAgreement  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_tax_bank_agreement(_tx_v: Any) -> AutopayBankAgreement | Unset:
            _tax_bank_agreement = _tx_v
            tax_bank_agreement: AutopayBankAgreement | Unset
            if isinstance(_tax_bank_agreement, Unset):
                tax_bank_agreement = UNSET
            else:
                tax_bank_agreement = AutopayBankAgreement._tx_from_json(_tax_bank_agreement)

            return tax_bank_agreement

        def _p_payment_with_unknown_kid_parse_option(
            _tx_v: Any,
        ) -> BankSettingsPaymentWithUnknownKidParseOption | Unset:
            _payment_with_unknown_kid_parse_option = _tx_v
            payment_with_unknown_kid_parse_option: BankSettingsPaymentWithUnknownKidParseOption | Unset
            if isinstance(_payment_with_unknown_kid_parse_option, Unset):
                payment_with_unknown_kid_parse_option = UNSET
            else:
                payment_with_unknown_kid_parse_option = BankSettingsPaymentWithUnknownKidParseOption(
                    _payment_with_unknown_kid_parse_option
                )

            return payment_with_unknown_kid_parse_option

        def _p_employees_with_direct_remit_access(_tx_v: Any) -> list[Employee] | Unset:
            _employees_with_direct_remit_access = _tx_v
            employees_with_direct_remit_access: list[Employee] | Unset = UNSET
            if _employees_with_direct_remit_access is not UNSET:
                employees_with_direct_remit_access = []
                for employees_with_direct_remit_access_item_data in _employees_with_direct_remit_access:
                    if employees_with_direct_remit_access_item_data is None:
                        continue
                    employees_with_direct_remit_access_item = Employee._tx_from_json(
                        employees_with_direct_remit_access_item_data
                    )

                    employees_with_direct_remit_access.append(employees_with_direct_remit_access_item)

            return employees_with_direct_remit_access

        def _p_employees_with_limited_direct_remit_access(_tx_v: Any) -> list[Employee] | Unset:
            _employees_with_limited_direct_remit_access = _tx_v
            employees_with_limited_direct_remit_access: list[Employee] | Unset = UNSET
            if _employees_with_limited_direct_remit_access is not UNSET:
                employees_with_limited_direct_remit_access = []
                for employees_with_limited_direct_remit_access_item_data in _employees_with_limited_direct_remit_access:
                    if employees_with_limited_direct_remit_access_item_data is None:
                        continue
                    employees_with_limited_direct_remit_access_item = Employee._tx_from_json(
                        employees_with_limited_direct_remit_access_item_data
                    )

                    employees_with_limited_direct_remit_access.append(employees_with_limited_direct_remit_access_item)

            return employees_with_limited_direct_remit_access

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "tax_bank_agreement": ("taxBankAgreement", _p_tax_bank_agreement),
            "remit_number_of_acceptors": ("remitNumberOfAcceptors", None),
            "show_advice_currency_mismatch": ("showAdviceCurrencyMismatch", None),
            "payment_with_unknown_kid_parse_option": (
                "paymentWithUnknownKidParseOption",
                _p_payment_with_unknown_kid_parse_option,
            ),
            "sign_auto_pay_with_bank_id": ("signAutoPayWithBankId", None),
            "batch_booking_of_payments": ("batchBookingOfPayments", None),
            "parse_entries_as_sum_posts": ("parseEntriesAsSumPosts", None),
            "employees_with_direct_remit_access": (
                "employeesWithDirectRemitAccess",
                _p_employees_with_direct_remit_access,
            ),
            "employees_with_limited_direct_remit_access": (
                "employeesWithLimitedDirectRemitAccess",
                _p_employees_with_limited_direct_remit_access,
            ),
            "days_before_payment_outdated": ("daysBeforePaymentOutdated", None),
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
