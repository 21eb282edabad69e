from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_payment_category import PaymentPaymentCategory
from ..models.payment_payment_source import PaymentPaymentSource
from ..models.payment_status_id import PaymentStatusId
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
    from ..models.account import Account
    from ..models.bank import Bank
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.employee import Employee
    from ..models.posting import Posting
    from ..models.voucher import Voucher


T = TypeVar("T", bound="Payment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("paymentSource", str, False),
    ("currency", dict, False),
    ("statusId", str, False),
    ("sourceVoucher", dict, False),
    ("postings", dict, False),
    ("account", dict, False),
    ("acceptors", list, False),
    ("paymentCategory", str, False),
    ("bank", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Payment(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        payment_source (PaymentPaymentSource | Unset):
        payment_date (str | Unset):
        booking_date (str | Unset): [read-only]
        value_date (str | Unset): [read-only]
        amount_currency (float | Unset): In the specified currency.
        currency (Currency | Unset):
        creditor_name (str | Unset): [read-only]
        creditor_iban_or_bban (str | Unset): [read-only]
        creditor_bank_name (str | Unset): [read-only]
        creditor_bank_address (str | Unset): [read-only]
        creditor_bank_postal_code (str | Unset): [read-only]
        creditor_bank_postal_city (str | Unset): [read-only]
        status_id (PaymentStatusId | Unset): The payment status Id. Usually all the payments in one batch have the same
            status ID, at least to the point of being received by bank.NEW: Payment is new.<br>PENDING_SIGNING: Payment is
            sent to AutoPay but not signed yet, requires re-approving.<br>CANCELLED: Payment was cancelled by ERP.<br>ERROR:
            Payment that failed.<br>RECEIVED_BY_BANK: Payment was received by the bank.<br>ACCEPTED_BY_BANK: Payment was
            accepted by bank.<br>CANCELLED_IN_BANK: Payment was cancelled in bank.<br>REJECTED_BY_BANK: Payment was rejected
            by bank.<br>PAID: Payment is paid.<br>OTHER: In case status in unknown. Will never be a final status.<br>
        is_final_status (bool | Unset): [read-only]
        is_foreign_payment (bool | Unset): [read-only]
        is_salary (bool | Unset): [read-only]
        description (str | Unset): [read-only]
        kid (str | Unset): [read-only] KID - Kundeidentifikasjonsnummer.
        receiver_reference (str | Unset): [read-only]
        source_voucher (Voucher | Unset):
        postings (Posting | Unset):
        account (Account | Unset):
        amount_in_account_currency (float | Unset): [read-only] Amount specified in the currency of the bank agreements
            account.
        is_disabled_for_update (bool | Unset): [read-only] Can this payment date be changed.
        is_disabled_for_amount_change (bool | Unset): [read-only] Can this payment amount be changed.
        is_due_date_updatable (bool | Unset): [read-only] Can this payment due date be changed.
        is_selectable (bool | Unset): [read-only] Is this payment selectable.
        is_manually_bookable (bool | Unset): [read-only] Is this payment manually bookable.
        acceptors (list[Employee] | Unset): [read-only] Who approved this payment.
        number_of_approved_in_bank (int | Unset): [read-only] Number of how many times this transaction has been
            approved in nettbank
        number_of_approvers (int | Unset): [read-only] Number of approvers required for this transaction. Ztl only!
        payment_category (PaymentPaymentCategory | Unset): [read-only] The payment category.
        display_status (str | Unset): [read-only] The payment filter status.
        is_approve_disabled (bool | Unset): [read-only] Can this payment be approved.
        is_delete_disabled (bool | Unset): [read-only] Can this payment be deleted
        is_cancel_disabled (bool | Unset): [read-only] Can this payment be cancelled.
        url_for_voucher (str | Unset): [read-only] The url to access the connected invoice/wage period transaction/vat
            returns/wage transaction.
        is_salary_date_invalid (bool | Unset): [read-only] Is the due date invalid, if this is a salary payment.
        expired (bool | Unset): [read-only] Is this transaction expired.
        receiver_link (str | Unset): [read-only] The payment receiver link or name.
        merging_banks_message (str | Unset): [read-only] Message regarding merging of banks
        bank (Bank | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    payment_source: PaymentPaymentSource | Unset = UNSET
    payment_date: str | Unset = UNSET
    booking_date: str | Unset = UNSET
    value_date: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    creditor_name: str | Unset = UNSET
    creditor_iban_or_bban: str | Unset = UNSET
    creditor_bank_name: str | Unset = UNSET
    creditor_bank_address: str | Unset = UNSET
    creditor_bank_postal_code: str | Unset = UNSET
    creditor_bank_postal_city: str | Unset = UNSET
    status_id: PaymentStatusId | Unset = UNSET
    is_final_status: bool | Unset = UNSET
    is_foreign_payment: bool | Unset = UNSET
    is_salary: bool | Unset = UNSET
    description: str | Unset = UNSET
    kid: str | Unset = UNSET
    receiver_reference: str | Unset = UNSET
    source_voucher: Voucher | Unset = UNSET
    postings: Posting | Unset = UNSET
    account: Account | Unset = UNSET
    amount_in_account_currency: float | Unset = UNSET
    is_disabled_for_update: bool | Unset = UNSET
    is_disabled_for_amount_change: bool | Unset = UNSET
    is_due_date_updatable: bool | Unset = UNSET
    is_selectable: bool | Unset = UNSET
    is_manually_bookable: bool | Unset = UNSET
    acceptors: list[Employee] | Unset = UNSET
    number_of_approved_in_bank: int | Unset = UNSET
    number_of_approvers: int | Unset = UNSET
    payment_category: PaymentPaymentCategory | Unset = UNSET
    display_status: str | Unset = UNSET
    is_approve_disabled: bool | Unset = UNSET
    is_delete_disabled: bool | Unset = UNSET
    is_cancel_disabled: bool | Unset = UNSET
    url_for_voucher: str | Unset = UNSET
    is_salary_date_invalid: bool | Unset = UNSET
    expired: bool | Unset = UNSET
    receiver_link: str | Unset = UNSET
    merging_banks_message: str | Unset = UNSET
    bank: Bank | Unset = UNSET
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

        payment_source: str | Unset = UNSET
        if not isinstance(self.payment_source, Unset):
            payment_source = self.payment_source.value

        payment_date = self.payment_date

        booking_date = self.booking_date

        value_date = self.value_date

        amount_currency = self.amount_currency

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        creditor_name = self.creditor_name

        creditor_iban_or_bban = self.creditor_iban_or_bban

        creditor_bank_name = self.creditor_bank_name

        creditor_bank_address = self.creditor_bank_address

        creditor_bank_postal_code = self.creditor_bank_postal_code

        creditor_bank_postal_city = self.creditor_bank_postal_city

        status_id: str | Unset = UNSET
        if not isinstance(self.status_id, Unset):
            status_id = self.status_id.value

        is_final_status = self.is_final_status

        is_foreign_payment = self.is_foreign_payment

        is_salary = self.is_salary

        description = self.description

        kid = self.kid

        receiver_reference = self.receiver_reference

        source_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_voucher, Unset):
            source_voucher = self.source_voucher.to_dict()

        postings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = self.postings.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        amount_in_account_currency = self.amount_in_account_currency

        is_disabled_for_update = self.is_disabled_for_update

        is_disabled_for_amount_change = self.is_disabled_for_amount_change

        is_due_date_updatable = self.is_due_date_updatable

        is_selectable = self.is_selectable

        is_manually_bookable = self.is_manually_bookable

        acceptors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acceptors, Unset):
            acceptors = []
            for acceptors_item_data in self.acceptors:
                acceptors_item = acceptors_item_data.to_dict()
                acceptors.append(acceptors_item)

        number_of_approved_in_bank = self.number_of_approved_in_bank

        number_of_approvers = self.number_of_approvers

        payment_category: str | Unset = UNSET
        if not isinstance(self.payment_category, Unset):
            payment_category = self.payment_category.value

        display_status = self.display_status

        is_approve_disabled = self.is_approve_disabled

        is_delete_disabled = self.is_delete_disabled

        is_cancel_disabled = self.is_cancel_disabled

        url_for_voucher = self.url_for_voucher

        is_salary_date_invalid = self.is_salary_date_invalid

        expired = self.expired

        receiver_link = self.receiver_link

        merging_banks_message = self.merging_banks_message

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

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
        if payment_source is not UNSET:
            field_dict["paymentSource"] = payment_source
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if booking_date is not UNSET and not _in_request:
            field_dict["bookingDate"] = booking_date
        if value_date is not UNSET and not _in_request:
            field_dict["valueDate"] = value_date
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        if creditor_name is not UNSET and not _in_request:
            field_dict["creditorName"] = creditor_name
        if creditor_iban_or_bban is not UNSET and not _in_request:
            field_dict["creditorIbanOrBban"] = creditor_iban_or_bban
        if creditor_bank_name is not UNSET and not _in_request:
            field_dict["creditorBankName"] = creditor_bank_name
        if creditor_bank_address is not UNSET and not _in_request:
            field_dict["creditorBankAddress"] = creditor_bank_address
        if creditor_bank_postal_code is not UNSET and not _in_request:
            field_dict["creditorBankPostalCode"] = creditor_bank_postal_code
        if creditor_bank_postal_city is not UNSET and not _in_request:
            field_dict["creditorBankPostalCity"] = creditor_bank_postal_city
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if is_final_status is not UNSET and not _in_request:
            field_dict["isFinalStatus"] = is_final_status
        if is_foreign_payment is not UNSET and not _in_request:
            field_dict["isForeignPayment"] = is_foreign_payment
        if is_salary is not UNSET and not _in_request:
            field_dict["isSalary"] = is_salary
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if kid is not UNSET and not _in_request:
            field_dict["kid"] = kid
        if receiver_reference is not UNSET and not _in_request:
            field_dict["receiverReference"] = receiver_reference
        if source_voucher is not UNSET:
            field_dict["sourceVoucher"] = source_voucher
        if postings is not UNSET:
            field_dict["postings"] = postings
        if account is not UNSET:
            field_dict["account"] = account
        if amount_in_account_currency is not UNSET and not _in_request:
            field_dict["amountInAccountCurrency"] = amount_in_account_currency
        if is_disabled_for_update is not UNSET and not _in_request:
            field_dict["isDisabledForUpdate"] = is_disabled_for_update
        if is_disabled_for_amount_change is not UNSET and not _in_request:
            field_dict["isDisabledForAmountChange"] = is_disabled_for_amount_change
        if is_due_date_updatable is not UNSET and not _in_request:
            field_dict["isDueDateUpdatable"] = is_due_date_updatable
        if is_selectable is not UNSET and not _in_request:
            field_dict["isSelectable"] = is_selectable
        if is_manually_bookable is not UNSET and not _in_request:
            field_dict["isManuallyBookable"] = is_manually_bookable
        if acceptors is not UNSET and not _in_request:
            field_dict["acceptors"] = acceptors
        if number_of_approved_in_bank is not UNSET and not _in_request:
            field_dict["numberOfApprovedInBank"] = number_of_approved_in_bank
        if number_of_approvers is not UNSET and not _in_request:
            field_dict["numberOfApprovers"] = number_of_approvers
        if payment_category is not UNSET and not _in_request:
            field_dict["paymentCategory"] = payment_category
        if display_status is not UNSET and not _in_request:
            field_dict["displayStatus"] = display_status
        if is_approve_disabled is not UNSET and not _in_request:
            field_dict["isApproveDisabled"] = is_approve_disabled
        if is_delete_disabled is not UNSET and not _in_request:
            field_dict["isDeleteDisabled"] = is_delete_disabled
        if is_cancel_disabled is not UNSET and not _in_request:
            field_dict["isCancelDisabled"] = is_cancel_disabled
        if url_for_voucher is not UNSET and not _in_request:
            field_dict["urlForVoucher"] = url_for_voucher
        if is_salary_date_invalid is not UNSET and not _in_request:
            field_dict["isSalaryDateInvalid"] = is_salary_date_invalid
        if expired is not UNSET and not _in_request:
            field_dict["expired"] = expired
        if receiver_link is not UNSET and not _in_request:
            field_dict["receiverLink"] = receiver_link
        if merging_banks_message is not UNSET and not _in_request:
            field_dict["mergingBanksMessage"] = merging_banks_message
        if bank is not UNSET:
            field_dict["bank"] = bank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Payment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_payment_source(_tx_v: Any) -> PaymentPaymentSource | Unset:
            _payment_source = _tx_v
            payment_source: PaymentPaymentSource | Unset
            if isinstance(_payment_source, Unset):
                payment_source = UNSET
            else:
                payment_source = PaymentPaymentSource(_payment_source)

            return payment_source

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_status_id(_tx_v: Any) -> PaymentStatusId | Unset:
            _status_id = _tx_v
            status_id: PaymentStatusId | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = PaymentStatusId(_status_id)

            return status_id

        def _p_source_voucher(_tx_v: Any) -> Voucher | Unset:
            _source_voucher = _tx_v
            source_voucher: Voucher | Unset
            if isinstance(_source_voucher, Unset):
                source_voucher = UNSET
            else:
                source_voucher = Voucher._tx_from_json(_source_voucher)

            return source_voucher

        def _p_postings(_tx_v: Any) -> Posting | Unset:
            _postings = _tx_v
            postings: Posting | Unset
            if isinstance(_postings, Unset):
                postings = UNSET
            else:
                postings = Posting._tx_from_json(_postings)

            return postings

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_acceptors(_tx_v: Any) -> list[Employee] | Unset:
            _acceptors = _tx_v
            acceptors: list[Employee] | Unset = UNSET
            if _acceptors is not UNSET:
                acceptors = []
                for acceptors_item_data in _acceptors:
                    if acceptors_item_data is None:
                        continue
                    acceptors_item = Employee._tx_from_json(acceptors_item_data)

                    acceptors.append(acceptors_item)

            return acceptors

        def _p_payment_category(_tx_v: Any) -> PaymentPaymentCategory | Unset:
            _payment_category = _tx_v
            payment_category: PaymentPaymentCategory | Unset
            if isinstance(_payment_category, Unset):
                payment_category = UNSET
            else:
                payment_category = PaymentPaymentCategory(_payment_category)

            return payment_category

        def _p_bank(_tx_v: Any) -> Bank | Unset:
            _bank = _tx_v
            bank: Bank | Unset
            if isinstance(_bank, Unset):
                bank = UNSET
            else:
                bank = Bank._tx_from_json(_bank)

            return bank

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "paymentSource",
                "paymentDate",
                "bookingDate",
                "valueDate",
                "amountCurrency",
                "currency",
                "creditorName",
                "creditorIbanOrBban",
                "creditorBankName",
                "creditorBankAddress",
                "creditorBankPostalCode",
                "creditorBankPostalCity",
                "statusId",
                "isFinalStatus",
                "isForeignPayment",
                "isSalary",
                "description",
                "kid",
                "receiverReference",
                "sourceVoucher",
                "postings",
                "account",
                "amountInAccountCurrency",
                "isDisabledForUpdate",
                "isDisabledForAmountChange",
                "isDueDateUpdatable",
                "isSelectable",
                "isManuallyBookable",
                "acceptors",
                "numberOfApprovedInBank",
                "numberOfApprovers",
                "paymentCategory",
                "displayStatus",
                "isApproveDisabled",
                "isDeleteDisabled",
                "isCancelDisabled",
                "urlForVoucher",
                "isSalaryDateInvalid",
                "expired",
                "receiverLink",
                "mergingBanksMessage",
                "bank",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "payment_source": ("paymentSource", _p_payment_source),
            "payment_date": ("paymentDate", None),
            "booking_date": ("bookingDate", None),
            "value_date": ("valueDate", None),
            "amount_currency": ("amountCurrency", None),
            "currency": ("currency", _p_currency),
            "creditor_name": ("creditorName", None),
            "creditor_iban_or_bban": ("creditorIbanOrBban", None),
            "creditor_bank_name": ("creditorBankName", None),
            "creditor_bank_address": ("creditorBankAddress", None),
            "creditor_bank_postal_code": ("creditorBankPostalCode", None),
            "creditor_bank_postal_city": ("creditorBankPostalCity", None),
            "status_id": ("statusId", _p_status_id),
            "is_final_status": ("isFinalStatus", None),
            "is_foreign_payment": ("isForeignPayment", None),
            "is_salary": ("isSalary", None),
            "description": ("description", None),
            "kid": ("kid", None),
            "receiver_reference": ("receiverReference", None),
            "source_voucher": ("sourceVoucher", _p_source_voucher),
            "postings": ("postings", _p_postings),
            "account": ("account", _p_account),
            "amount_in_account_currency": ("amountInAccountCurrency", None),
            "is_disabled_for_update": ("isDisabledForUpdate", None),
            "is_disabled_for_amount_change": ("isDisabledForAmountChange", None),
            "is_due_date_updatable": ("isDueDateUpdatable", None),
            "is_selectable": ("isSelectable", None),
            "is_manually_bookable": ("isManuallyBookable", None),
            "acceptors": ("acceptors", _p_acceptors),
            "number_of_approved_in_bank": ("numberOfApprovedInBank", None),
            "number_of_approvers": ("numberOfApprovers", None),
            "payment_category": ("paymentCategory", _p_payment_category),
            "display_status": ("displayStatus", None),
            "is_approve_disabled": ("isApproveDisabled", None),
            "is_delete_disabled": ("isDeleteDisabled", None),
            "is_cancel_disabled": ("isCancelDisabled", None),
            "url_for_voucher": ("urlForVoucher", None),
            "is_salary_date_invalid": ("isSalaryDateInvalid", None),
            "expired": ("expired", None),
            "receiver_link": ("receiverLink", None),
            "merging_banks_message": ("mergingBanksMessage", None),
            "bank": ("bank", _p_bank),
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
