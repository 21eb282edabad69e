from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_payment_category import PaymentPaymentCategory
from ..models.payment_payment_source import PaymentPaymentSource
from ..models.payment_status_id import PaymentStatusId
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
    from ..models.account import Account
    from ..models.bank import Bank
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.employee import Employee
    from ..models.posting import Posting
    from ..models.voucher import Voucher


T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        payment_source (PaymentPaymentSource | Unset):
        payment_date (str | Unset):
        booking_date (str | Unset):
        value_date (str | Unset):
        amount_currency (float | Unset): In the specified currency.
        currency (Currency | Unset):
        creditor_name (str | Unset):
        creditor_iban_or_bban (str | Unset):
        creditor_bank_name (str | Unset):
        creditor_bank_address (str | Unset):
        creditor_bank_postal_code (str | Unset):
        creditor_bank_postal_city (str | Unset):
        status_id (PaymentStatusId | Unset): The payment status Id. Usually all the payments in one batch have the same
            status ID, at least to the point of being received by bank.NEW: Payment is new.<br>PENDING_SIGNING: Payment is
            sent to AutoPay but not signed yet, requires re-approving.<br>CANCELLED: Payment was cancelled by ERP.<br>ERROR:
            Payment that failed.<br>RECEIVED_BY_BANK: Payment was received by the bank.<br>ACCEPTED_BY_BANK: Payment was
            accepted by bank.<br>CANCELLED_IN_BANK: Payment was cancelled in bank.<br>REJECTED_BY_BANK: Payment was rejected
            by bank.<br>PAID: Payment is paid.<br>OTHER: In case status in unknown. Will never be a final status.<br>
        is_final_status (bool | Unset):
        is_foreign_payment (bool | Unset):
        is_salary (bool | Unset):
        description (str | Unset):
        kid (str | Unset): KID - Kundeidentifikasjonsnummer.
        receiver_reference (str | Unset):
        source_voucher (Voucher | Unset):
        postings (Posting | Unset):
        account (Account | Unset):
        amount_in_account_currency (float | Unset): Amount specified in the currency of the bank agreements account.
        is_disabled_for_update (bool | Unset): Can this payment date be changed.
        is_disabled_for_amount_change (bool | Unset): Can this payment amount be changed.
        is_due_date_updatable (bool | Unset): Can this payment due date be changed.
        is_selectable (bool | Unset): Is this payment selectable.
        is_manually_bookable (bool | Unset): Is this payment manually bookable.
        acceptors (list[Employee] | Unset): Who approved this payment.
        number_of_approved_in_bank (int | Unset): Number of how many times this transaction has been approved in
            nettbank
        number_of_approvers (int | Unset): Number of approvers required for this transaction. Ztl only!
        payment_category (PaymentPaymentCategory | Unset): The payment category.
        display_status (str | Unset): The payment filter status.
        is_approve_disabled (bool | Unset): Can this payment be approved.
        is_delete_disabled (bool | Unset): Can this payment be deleted
        is_cancel_disabled (bool | Unset): Can this payment be cancelled.
        url_for_voucher (str | Unset): The url to access the connected invoice/wage period transaction/vat returns/wage
            transaction.
        is_salary_date_invalid (bool | Unset): Is the due date invalid, if this is a salary payment.
        expired (bool | Unset): Is this transaction expired.
        receiver_link (str | Unset): The payment receiver link or name.
        merging_banks_message (str | Unset): Message regarding merging of banks
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
        _v = self.payment_source
        if _v is not UNSET:
            field_dict["paymentSource"] = _v._value_
        _v = self.payment_date
        if _v is not UNSET:
            field_dict["paymentDate"] = _v
        _v = self.booking_date
        if _v is not UNSET and not _in_request:
            field_dict["bookingDate"] = _v
        _v = self.value_date
        if _v is not UNSET and not _in_request:
            field_dict["valueDate"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.creditor_name
        if _v is not UNSET and not _in_request:
            field_dict["creditorName"] = _v
        _v = self.creditor_iban_or_bban
        if _v is not UNSET and not _in_request:
            field_dict["creditorIbanOrBban"] = _v
        _v = self.creditor_bank_name
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankName"] = _v
        _v = self.creditor_bank_address
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankAddress"] = _v
        _v = self.creditor_bank_postal_code
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankPostalCode"] = _v
        _v = self.creditor_bank_postal_city
        if _v is not UNSET and not _in_request:
            field_dict["creditorBankPostalCity"] = _v
        _v = self.status_id
        if _v is not UNSET:
            field_dict["statusId"] = _v._value_
        _v = self.is_final_status
        if _v is not UNSET and not _in_request:
            field_dict["isFinalStatus"] = _v
        _v = self.is_foreign_payment
        if _v is not UNSET and not _in_request:
            field_dict["isForeignPayment"] = _v
        _v = self.is_salary
        if _v is not UNSET and not _in_request:
            field_dict["isSalary"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.kid
        if _v is not UNSET and not _in_request:
            field_dict["kid"] = _v
        _v = self.receiver_reference
        if _v is not UNSET and not _in_request:
            field_dict["receiverReference"] = _v
        _v = self.source_voucher
        if _v is not UNSET:
            field_dict["sourceVoucher"] = _v.to_dict()
        _v = self.postings
        if _v is not UNSET:
            field_dict["postings"] = _v.to_dict()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.amount_in_account_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountInAccountCurrency"] = _v
        _v = self.is_disabled_for_update
        if _v is not UNSET and not _in_request:
            field_dict["isDisabledForUpdate"] = _v
        _v = self.is_disabled_for_amount_change
        if _v is not UNSET and not _in_request:
            field_dict["isDisabledForAmountChange"] = _v
        _v = self.is_due_date_updatable
        if _v is not UNSET and not _in_request:
            field_dict["isDueDateUpdatable"] = _v
        _v = self.is_selectable
        if _v is not UNSET and not _in_request:
            field_dict["isSelectable"] = _v
        _v = self.is_manually_bookable
        if _v is not UNSET and not _in_request:
            field_dict["isManuallyBookable"] = _v
        _v = self.acceptors
        if _v is not UNSET and not _in_request:
            field_dict["acceptors"] = [_e.to_dict() for _e in _v]
        _v = self.number_of_approved_in_bank
        if _v is not UNSET and not _in_request:
            field_dict["numberOfApprovedInBank"] = _v
        _v = self.number_of_approvers
        if _v is not UNSET and not _in_request:
            field_dict["numberOfApprovers"] = _v
        _v = self.payment_category
        if _v is not UNSET and not _in_request:
            field_dict["paymentCategory"] = _v._value_
        _v = self.display_status
        if _v is not UNSET and not _in_request:
            field_dict["displayStatus"] = _v
        _v = self.is_approve_disabled
        if _v is not UNSET and not _in_request:
            field_dict["isApproveDisabled"] = _v
        _v = self.is_delete_disabled
        if _v is not UNSET and not _in_request:
            field_dict["isDeleteDisabled"] = _v
        _v = self.is_cancel_disabled
        if _v is not UNSET and not _in_request:
            field_dict["isCancelDisabled"] = _v
        _v = self.url_for_voucher
        if _v is not UNSET and not _in_request:
            field_dict["urlForVoucher"] = _v
        _v = self.is_salary_date_invalid
        if _v is not UNSET and not _in_request:
            field_dict["isSalaryDateInvalid"] = _v
        _v = self.expired
        if _v is not UNSET and not _in_request:
            field_dict["expired"] = _v
        _v = self.receiver_link
        if _v is not UNSET and not _in_request:
            field_dict["receiverLink"] = _v
        _v = self.merging_banks_message
        if _v is not UNSET and not _in_request:
            field_dict["mergingBanksMessage"] = _v
        _v = self.bank
        if _v is not UNSET:
            field_dict["bank"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Payment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Payment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_payment_source: dict[Any, Any] = enum_members(PaymentPaymentSource)
        _e_status_id: dict[Any, Any] = enum_members(PaymentStatusId)
        _e_payment_category: dict[Any, Any] = enum_members(PaymentPaymentCategory)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "paymentDate": "payment_date",
            "bookingDate": "booking_date",
            "valueDate": "value_date",
            "amountCurrency": "amount_currency",
            "creditorName": "creditor_name",
            "creditorIbanOrBban": "creditor_iban_or_bban",
            "creditorBankName": "creditor_bank_name",
            "creditorBankAddress": "creditor_bank_address",
            "creditorBankPostalCode": "creditor_bank_postal_code",
            "creditorBankPostalCity": "creditor_bank_postal_city",
            "isFinalStatus": "is_final_status",
            "isForeignPayment": "is_foreign_payment",
            "isSalary": "is_salary",
            "description": "description",
            "kid": "kid",
            "receiverReference": "receiver_reference",
            "amountInAccountCurrency": "amount_in_account_currency",
            "isDisabledForUpdate": "is_disabled_for_update",
            "isDisabledForAmountChange": "is_disabled_for_amount_change",
            "isDueDateUpdatable": "is_due_date_updatable",
            "isSelectable": "is_selectable",
            "isManuallyBookable": "is_manually_bookable",
            "numberOfApprovedInBank": "number_of_approved_in_bank",
            "numberOfApprovers": "number_of_approvers",
            "displayStatus": "display_status",
            "isApproveDisabled": "is_approve_disabled",
            "isDeleteDisabled": "is_delete_disabled",
            "isCancelDisabled": "is_cancel_disabled",
            "urlForVoucher": "url_for_voucher",
            "isSalaryDateInvalid": "is_salary_date_invalid",
            "expired": "expired",
            "receiverLink": "receiver_link",
            "mergingBanksMessage": "merging_banks_message",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.payment_source = o.payment_date = o.booking_date = (
                        o.value_date
                    ) = o.amount_currency = o.currency = o.creditor_name = o.creditor_iban_or_bban = (
                        o.creditor_bank_name
                    ) = o.creditor_bank_address = o.creditor_bank_postal_code = o.creditor_bank_postal_city = (
                        o.status_id
                    ) = o.is_final_status = o.is_foreign_payment = o.is_salary = o.description = o.kid = (
                        o.receiver_reference
                    ) = o.source_voucher = o.postings = o.account = o.amount_in_account_currency = (
                        o.is_disabled_for_update
                    ) = o.is_disabled_for_amount_change = o.is_due_date_updatable = o.is_selectable = (
                        o.is_manually_bookable
                    ) = o.acceptors = o.number_of_approved_in_bank = o.number_of_approvers = o.payment_category = (
                        o.display_status
                    ) = o.is_approve_disabled = o.is_delete_disabled = o.is_cancel_disabled = o.url_for_voucher = (
                        o.is_salary_date_invalid
                    ) = o.expired = o.receiver_link = o.merging_banks_message = o.bank = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 15 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.payment_source = o.payment_date = o.booking_date = (
                        o.value_date
                    ) = o.amount_currency = o.currency = o.creditor_name = o.creditor_iban_or_bban = (
                        o.creditor_bank_name
                    ) = o.creditor_bank_address = o.creditor_bank_postal_code = o.creditor_bank_postal_city = (
                        o.status_id
                    ) = o.is_final_status = o.is_foreign_payment = o.is_salary = o.description = o.kid = (
                        o.receiver_reference
                    ) = o.source_voucher = o.postings = o.account = o.amount_in_account_currency = (
                        o.is_disabled_for_update
                    ) = o.is_disabled_for_amount_change = o.is_due_date_updatable = o.is_selectable = (
                        o.is_manually_bookable
                    ) = o.acceptors = o.number_of_approved_in_bank = o.number_of_approvers = o.payment_category = (
                        o.display_status
                    ) = o.is_approve_disabled = o.is_delete_disabled = o.is_cancel_disabled = o.url_for_voucher = (
                        o.is_salary_date_invalid
                    ) = o.expired = o.receiver_link = o.merging_banks_message = o.bank = UNSET
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
                k = "paymentSource"
                v = g("paymentSource")
                if v is None:
                    o.payment_source = u
                    if "paymentSource" not in d:
                        m += 1
                else:
                    o.payment_source = (
                        e_ if (e_ := _e_payment_source.get(v)) is not None else enum_value(PaymentPaymentSource, v)
                    )
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                v = g("bookingDate")
                if v is None:
                    o.booking_date = u
                    if "bookingDate" not in d:
                        m += 1
                else:
                    o.booking_date = v
                v = g("valueDate")
                if v is None:
                    o.value_date = u
                    if "valueDate" not in d:
                        m += 1
                else:
                    o.value_date = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("creditorName")
                if v is None:
                    o.creditor_name = u
                    if "creditorName" not in d:
                        m += 1
                else:
                    o.creditor_name = v
                v = g("creditorIbanOrBban")
                if v is None:
                    o.creditor_iban_or_bban = u
                    if "creditorIbanOrBban" not in d:
                        m += 1
                else:
                    o.creditor_iban_or_bban = v
                v = g("creditorBankName")
                if v is None:
                    o.creditor_bank_name = u
                    if "creditorBankName" not in d:
                        m += 1
                else:
                    o.creditor_bank_name = v
                v = g("creditorBankAddress")
                if v is None:
                    o.creditor_bank_address = u
                    if "creditorBankAddress" not in d:
                        m += 1
                else:
                    o.creditor_bank_address = v
                v = g("creditorBankPostalCode")
                if v is None:
                    o.creditor_bank_postal_code = u
                    if "creditorBankPostalCode" not in d:
                        m += 1
                else:
                    o.creditor_bank_postal_code = v
                v = g("creditorBankPostalCity")
                if v is None:
                    o.creditor_bank_postal_city = u
                    if "creditorBankPostalCity" not in d:
                        m += 1
                else:
                    o.creditor_bank_postal_city = v
                k = "statusId"
                v = g("statusId")
                if v is None:
                    o.status_id = u
                    if "statusId" not in d:
                        m += 1
                else:
                    o.status_id = e_ if (e_ := _e_status_id.get(v)) is not None else enum_value(PaymentStatusId, v)
                v = g("isFinalStatus")
                if v is None:
                    o.is_final_status = u
                    if "isFinalStatus" not in d:
                        m += 1
                else:
                    o.is_final_status = v
                v = g("isForeignPayment")
                if v is None:
                    o.is_foreign_payment = u
                    if "isForeignPayment" not in d:
                        m += 1
                else:
                    o.is_foreign_payment = v
                v = g("isSalary")
                if v is None:
                    o.is_salary = u
                    if "isSalary" not in d:
                        m += 1
                else:
                    o.is_salary = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("kid")
                if v is None:
                    o.kid = u
                    if "kid" not in d:
                        m += 1
                else:
                    o.kid = v
                v = g("receiverReference")
                if v is None:
                    o.receiver_reference = u
                    if "receiverReference" not in d:
                        m += 1
                else:
                    o.receiver_reference = v
                k = "sourceVoucher"
                v = g("sourceVoucher")
                if v is None:
                    o.source_voucher = u
                    if "sourceVoucher" not in d:
                        m += 1
                else:
                    o.source_voucher = Voucher._tx_parse(v)
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = Posting._tx_parse(v)
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("amountInAccountCurrency")
                if v is None:
                    o.amount_in_account_currency = u
                    if "amountInAccountCurrency" not in d:
                        m += 1
                else:
                    o.amount_in_account_currency = v
                v = g("isDisabledForUpdate")
                if v is None:
                    o.is_disabled_for_update = u
                    if "isDisabledForUpdate" not in d:
                        m += 1
                else:
                    o.is_disabled_for_update = v
                v = g("isDisabledForAmountChange")
                if v is None:
                    o.is_disabled_for_amount_change = u
                    if "isDisabledForAmountChange" not in d:
                        m += 1
                else:
                    o.is_disabled_for_amount_change = v
                v = g("isDueDateUpdatable")
                if v is None:
                    o.is_due_date_updatable = u
                    if "isDueDateUpdatable" not in d:
                        m += 1
                else:
                    o.is_due_date_updatable = v
                v = g("isSelectable")
                if v is None:
                    o.is_selectable = u
                    if "isSelectable" not in d:
                        m += 1
                else:
                    o.is_selectable = v
                v = g("isManuallyBookable")
                if v is None:
                    o.is_manually_bookable = u
                    if "isManuallyBookable" not in d:
                        m += 1
                else:
                    o.is_manually_bookable = v
                k = "acceptors"
                v = g("acceptors")
                if v is None:
                    o.acceptors = u
                    if "acceptors" not in d:
                        m += 1
                else:
                    o.acceptors = (
                        ([Employee._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("numberOfApprovedInBank")
                if v is None:
                    o.number_of_approved_in_bank = u
                    if "numberOfApprovedInBank" not in d:
                        m += 1
                else:
                    o.number_of_approved_in_bank = v
                v = g("numberOfApprovers")
                if v is None:
                    o.number_of_approvers = u
                    if "numberOfApprovers" not in d:
                        m += 1
                else:
                    o.number_of_approvers = v
                k = "paymentCategory"
                v = g("paymentCategory")
                if v is None:
                    o.payment_category = u
                    if "paymentCategory" not in d:
                        m += 1
                else:
                    o.payment_category = (
                        e_ if (e_ := _e_payment_category.get(v)) is not None else enum_value(PaymentPaymentCategory, v)
                    )
                v = g("displayStatus")
                if v is None:
                    o.display_status = u
                    if "displayStatus" not in d:
                        m += 1
                else:
                    o.display_status = v
                v = g("isApproveDisabled")
                if v is None:
                    o.is_approve_disabled = u
                    if "isApproveDisabled" not in d:
                        m += 1
                else:
                    o.is_approve_disabled = v
                v = g("isDeleteDisabled")
                if v is None:
                    o.is_delete_disabled = u
                    if "isDeleteDisabled" not in d:
                        m += 1
                else:
                    o.is_delete_disabled = v
                v = g("isCancelDisabled")
                if v is None:
                    o.is_cancel_disabled = u
                    if "isCancelDisabled" not in d:
                        m += 1
                else:
                    o.is_cancel_disabled = v
                v = g("urlForVoucher")
                if v is None:
                    o.url_for_voucher = u
                    if "urlForVoucher" not in d:
                        m += 1
                else:
                    o.url_for_voucher = v
                v = g("isSalaryDateInvalid")
                if v is None:
                    o.is_salary_date_invalid = u
                    if "isSalaryDateInvalid" not in d:
                        m += 1
                else:
                    o.is_salary_date_invalid = v
                v = g("expired")
                if v is None:
                    o.expired = u
                    if "expired" not in d:
                        m += 1
                else:
                    o.expired = v
                v = g("receiverLink")
                if v is None:
                    o.receiver_link = u
                    if "receiverLink" not in d:
                        m += 1
                else:
                    o.receiver_link = v
                v = g("mergingBanksMessage")
                if v is None:
                    o.merging_banks_message = u
                    if "mergingBanksMessage" not in d:
                        m += 1
                else:
                    o.merging_banks_message = v
                k = "bank"
                v = g("bank")
                if v is None:
                    o.bank = u
                    if "bank" not in d:
                        m += 1
                else:
                    o.bank = Bank._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 46 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("payment_source", "paymentSource"),
            ("payment_date", "paymentDate"),
            ("booking_date", "bookingDate"),
            ("value_date", "valueDate"),
            ("amount_currency", "amountCurrency"),
            ("currency", "currency"),
            ("creditor_name", "creditorName"),
            ("creditor_iban_or_bban", "creditorIbanOrBban"),
            ("creditor_bank_name", "creditorBankName"),
            ("creditor_bank_address", "creditorBankAddress"),
            ("creditor_bank_postal_code", "creditorBankPostalCode"),
            ("creditor_bank_postal_city", "creditorBankPostalCity"),
            ("status_id", "statusId"),
            ("is_final_status", "isFinalStatus"),
            ("is_foreign_payment", "isForeignPayment"),
            ("is_salary", "isSalary"),
            ("description", "description"),
            ("kid", "kid"),
            ("receiver_reference", "receiverReference"),
            ("source_voucher", "sourceVoucher"),
            ("postings", "postings"),
            ("account", "account"),
            ("amount_in_account_currency", "amountInAccountCurrency"),
            ("is_disabled_for_update", "isDisabledForUpdate"),
            ("is_disabled_for_amount_change", "isDisabledForAmountChange"),
            ("is_due_date_updatable", "isDueDateUpdatable"),
            ("is_selectable", "isSelectable"),
            ("is_manually_bookable", "isManuallyBookable"),
            ("acceptors", "acceptors"),
            ("number_of_approved_in_bank", "numberOfApprovedInBank"),
            ("number_of_approvers", "numberOfApprovers"),
            ("payment_category", "paymentCategory"),
            ("display_status", "displayStatus"),
            ("is_approve_disabled", "isApproveDisabled"),
            ("is_delete_disabled", "isDeleteDisabled"),
            ("is_cancel_disabled", "isCancelDisabled"),
            ("url_for_voucher", "urlForVoucher"),
            ("is_salary_date_invalid", "isSalaryDateInvalid"),
            ("expired", "expired"),
            ("receiver_link", "receiverLink"),
            ("merging_banks_message", "mergingBanksMessage"),
            ("bank", "bank"),
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
            v = s.payment_source
            o.payment_source = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payment_source.get(v)) is not None
                else enum_value(PaymentPaymentSource, v)
            )
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.booking_date
            o.booking_date = u if v is None else v
            v = s.value_date
            o.value_date = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.creditor_name
            o.creditor_name = u if v is None else v
            v = s.creditor_iban_or_bban
            o.creditor_iban_or_bban = u if v is None else v
            v = s.creditor_bank_name
            o.creditor_bank_name = u if v is None else v
            v = s.creditor_bank_address
            o.creditor_bank_address = u if v is None else v
            v = s.creditor_bank_postal_code
            o.creditor_bank_postal_code = u if v is None else v
            v = s.creditor_bank_postal_city
            o.creditor_bank_postal_city = u if v is None else v
            v = s.status_id
            o.status_id = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status_id.get(v)) is not None
                else enum_value(PaymentStatusId, v)
            )
            v = s.is_final_status
            o.is_final_status = u if v is None else v
            v = s.is_foreign_payment
            o.is_foreign_payment = u if v is None else v
            v = s.is_salary
            o.is_salary = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.kid
            o.kid = u if v is None else v
            v = s.receiver_reference
            o.receiver_reference = u if v is None else v
            v = s.source_voucher
            o.source_voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.postings
            o.postings = u if v is None or v is u else Posting._tx_parse(v)
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.amount_in_account_currency
            o.amount_in_account_currency = u if v is None else v
            v = s.is_disabled_for_update
            o.is_disabled_for_update = u if v is None else v
            v = s.is_disabled_for_amount_change
            o.is_disabled_for_amount_change = u if v is None else v
            v = s.is_due_date_updatable
            o.is_due_date_updatable = u if v is None else v
            v = s.is_selectable
            o.is_selectable = u if v is None else v
            v = s.is_manually_bookable
            o.is_manually_bookable = u if v is None else v
            v = s.acceptors
            o.acceptors = (
                u
                if v is None or v is u
                else ([Employee._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.number_of_approved_in_bank
            o.number_of_approved_in_bank = u if v is None else v
            v = s.number_of_approvers
            o.number_of_approvers = u if v is None else v
            v = s.payment_category
            o.payment_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payment_category.get(v)) is not None
                else enum_value(PaymentPaymentCategory, v)
            )
            v = s.display_status
            o.display_status = u if v is None else v
            v = s.is_approve_disabled
            o.is_approve_disabled = u if v is None else v
            v = s.is_delete_disabled
            o.is_delete_disabled = u if v is None else v
            v = s.is_cancel_disabled
            o.is_cancel_disabled = u if v is None else v
            v = s.url_for_voucher
            o.url_for_voucher = u if v is None else v
            v = s.is_salary_date_invalid
            o.is_salary_date_invalid = u if v is None else v
            v = s.expired
            o.expired = u if v is None else v
            v = s.receiver_link
            o.receiver_link = u if v is None else v
            v = s.merging_banks_message
            o.merging_banks_message = u if v is None else v
            v = s.bank
            o.bank = u if v is None or v is u else Bank._tx_parse(v)
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
