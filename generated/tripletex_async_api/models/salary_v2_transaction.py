from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.change import Change
    from ..models.document import Document
    from ..models.salary_v2_payment import SalaryV2Payment
    from ..models.salary_v2_payment_type import SalaryV2PaymentType
    from ..models.salary_v2_voucher import SalaryV2Voucher


T = TypeVar("T", bound="SalaryV2Transaction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("salaryPayments", list, False),
    ("notDeletableMessage", list, False),
    ("voucher", dict, False),
    ("attachment", dict, False),
    ("paymentType", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Transaction(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        display_name (str | Unset): [read-only]
        date (str | Unset): Voucher date.
        year (int | Unset):
        month (int | Unset):
        period_as_string (str | Unset):
        is_historical (bool | Unset): With historical wage vouchers you can update the wage system with information
            dated before the opening balance.
        payroll_tax_calc_method (str | Unset): Employee National Insurance calculation method
        voucher_comment (str | Unset): Comment on voucher
        payslip_general_comment (str | Unset): Comment to be shown on all payslips
        completed (bool | Unset):
        reversed_ (bool | Unset):
        reverser (bool | Unset):
        ok_allow_reverse_different_date (bool | Unset):
        pay_slips_available_date (str | Unset): The date payslips are made available to the employee. Defaults to
            voucherDate.
        salary_payments (list[SalaryV2Payment] | Unset): Link to individual payslip objects.
        payment_date (str | Unset): The date payslips are paid
        not_deletable_message (list[str] | Unset): [read-only] List of messages that explain why voucher cannot be
            deleted
        has_bank_transfers (bool | Unset):
        voucher (SalaryV2Voucher | Unset):
        allow_delete_payments (bool | Unset): True if bank payments are deletable
        sum_paid_amount (float | Unset): [read-only]
        sum_tax_deduction_amount (float | Unset): [read-only]
        any_external_changes_on_this_transaction (bool | Unset):
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        amelding_wage_id (int | Unset): [read-only]
        contains_negative_wps (bool | Unset):
        use_landscape_for_bank_list (bool | Unset):
        number_employees (int | Unset): [read-only]
        wage_period_transaction_id (int | Unset): [read-only]
        amelding_wage_number (int | Unset): [read-only]
        wage_period_transaction_number (int | Unset): [read-only]
        reverse_voucher_display_name (str | Unset): [read-only]
        url_details (str | Unset): [read-only]
        payment_type (SalaryV2PaymentType | Unset): Payment type in use, or default payment type
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    period_as_string: str | Unset = UNSET
    is_historical: bool | Unset = UNSET
    payroll_tax_calc_method: str | Unset = UNSET
    voucher_comment: str | Unset = UNSET
    payslip_general_comment: str | Unset = UNSET
    completed: bool | Unset = UNSET
    reversed_: bool | Unset = UNSET
    reverser: bool | Unset = UNSET
    ok_allow_reverse_different_date: bool | Unset = UNSET
    pay_slips_available_date: str | Unset = UNSET
    salary_payments: list[SalaryV2Payment] | Unset = UNSET
    payment_date: str | Unset = UNSET
    not_deletable_message: list[str] | Unset = UNSET
    has_bank_transfers: bool | Unset = UNSET
    voucher: SalaryV2Voucher | Unset = UNSET
    allow_delete_payments: bool | Unset = UNSET
    sum_paid_amount: float | Unset = UNSET
    sum_tax_deduction_amount: float | Unset = UNSET
    any_external_changes_on_this_transaction: bool | Unset = UNSET
    attachment: Document | Unset = UNSET
    amelding_wage_id: int | Unset = UNSET
    contains_negative_wps: bool | Unset = UNSET
    use_landscape_for_bank_list: bool | Unset = UNSET
    number_employees: int | Unset = UNSET
    wage_period_transaction_id: int | Unset = UNSET
    amelding_wage_number: int | Unset = UNSET
    wage_period_transaction_number: int | Unset = UNSET
    reverse_voucher_display_name: str | Unset = UNSET
    url_details: str | Unset = UNSET
    payment_type: SalaryV2PaymentType | Unset = UNSET
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

        display_name = self.display_name

        date = self.date

        year = self.year

        month = self.month

        period_as_string = self.period_as_string

        is_historical = self.is_historical

        payroll_tax_calc_method = self.payroll_tax_calc_method

        voucher_comment = self.voucher_comment

        payslip_general_comment = self.payslip_general_comment

        completed = self.completed

        reversed_ = self.reversed_

        reverser = self.reverser

        ok_allow_reverse_different_date = self.ok_allow_reverse_different_date

        pay_slips_available_date = self.pay_slips_available_date

        salary_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.salary_payments, Unset):
            salary_payments = []
            for salary_payments_item_data in self.salary_payments:
                salary_payments_item = salary_payments_item_data.to_dict()
                salary_payments.append(salary_payments_item)

        payment_date = self.payment_date

        not_deletable_message: list[str] | Unset = UNSET
        if not isinstance(self.not_deletable_message, Unset):
            not_deletable_message = self.not_deletable_message

        has_bank_transfers = self.has_bank_transfers

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        allow_delete_payments = self.allow_delete_payments

        sum_paid_amount = self.sum_paid_amount

        sum_tax_deduction_amount = self.sum_tax_deduction_amount

        any_external_changes_on_this_transaction = self.any_external_changes_on_this_transaction

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        amelding_wage_id = self.amelding_wage_id

        contains_negative_wps = self.contains_negative_wps

        use_landscape_for_bank_list = self.use_landscape_for_bank_list

        number_employees = self.number_employees

        wage_period_transaction_id = self.wage_period_transaction_id

        amelding_wage_number = self.amelding_wage_number

        wage_period_transaction_number = self.wage_period_transaction_number

        reverse_voucher_display_name = self.reverse_voucher_display_name

        url_details = self.url_details

        payment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.to_dict()

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
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if date is not UNSET:
            field_dict["date"] = date
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if period_as_string is not UNSET:
            field_dict["periodAsString"] = period_as_string
        if is_historical is not UNSET:
            field_dict["isHistorical"] = is_historical
        if payroll_tax_calc_method is not UNSET:
            field_dict["payrollTaxCalcMethod"] = payroll_tax_calc_method
        if voucher_comment is not UNSET:
            field_dict["voucherComment"] = voucher_comment
        if payslip_general_comment is not UNSET:
            field_dict["payslipGeneralComment"] = payslip_general_comment
        if completed is not UNSET:
            field_dict["completed"] = completed
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_
        if reverser is not UNSET:
            field_dict["reverser"] = reverser
        if ok_allow_reverse_different_date is not UNSET:
            field_dict["okAllowReverseDifferentDate"] = ok_allow_reverse_different_date
        if pay_slips_available_date is not UNSET:
            field_dict["paySlipsAvailableDate"] = pay_slips_available_date
        if salary_payments is not UNSET:
            field_dict["salaryPayments"] = salary_payments
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if not_deletable_message is not UNSET and not _in_request:
            field_dict["notDeletableMessage"] = not_deletable_message
        if has_bank_transfers is not UNSET:
            field_dict["hasBankTransfers"] = has_bank_transfers
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if allow_delete_payments is not UNSET:
            field_dict["allowDeletePayments"] = allow_delete_payments
        if sum_paid_amount is not UNSET and not _in_request:
            field_dict["sumPaidAmount"] = sum_paid_amount
        if sum_tax_deduction_amount is not UNSET and not _in_request:
            field_dict["sumTaxDeductionAmount"] = sum_tax_deduction_amount
        if any_external_changes_on_this_transaction is not UNSET:
            field_dict["anyExternalChangesOnThisTransaction"] = any_external_changes_on_this_transaction
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if amelding_wage_id is not UNSET and not _in_request:
            field_dict["ameldingWageId"] = amelding_wage_id
        if contains_negative_wps is not UNSET:
            field_dict["containsNegativeWps"] = contains_negative_wps
        if use_landscape_for_bank_list is not UNSET:
            field_dict["useLandscapeForBankList"] = use_landscape_for_bank_list
        if number_employees is not UNSET and not _in_request:
            field_dict["numberEmployees"] = number_employees
        if wage_period_transaction_id is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionId"] = wage_period_transaction_id
        if amelding_wage_number is not UNSET and not _in_request:
            field_dict["ameldingWageNumber"] = amelding_wage_number
        if wage_period_transaction_number is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionNumber"] = wage_period_transaction_number
        if reverse_voucher_display_name is not UNSET and not _in_request:
            field_dict["reverseVoucherDisplayName"] = reverse_voucher_display_name
        if url_details is not UNSET and not _in_request:
            field_dict["urlDetails"] = url_details
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Transaction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.salary_v2_payment import SalaryV2Payment  # noqa: PLC0415
        from ..models.salary_v2_payment_type import SalaryV2PaymentType  # noqa: PLC0415
        from ..models.salary_v2_voucher import SalaryV2Voucher  # noqa: PLC0415

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

        def _p_salary_payments(_tx_v: Any) -> list[SalaryV2Payment] | Unset:
            _salary_payments = _tx_v
            salary_payments: list[SalaryV2Payment] | Unset = UNSET
            if _salary_payments is not UNSET:
                salary_payments = []
                for salary_payments_item_data in _salary_payments:
                    if salary_payments_item_data is None:
                        continue
                    salary_payments_item = SalaryV2Payment._tx_from_json(salary_payments_item_data)

                    salary_payments.append(salary_payments_item)

            return salary_payments

        def _p_not_deletable_message(_tx_v: Any) -> list[str] | Unset:
            not_deletable_message = cast(list[str], _tx_v)

            return not_deletable_message

        def _p_voucher(_tx_v: Any) -> SalaryV2Voucher | Unset:
            _voucher = _tx_v
            voucher: SalaryV2Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = SalaryV2Voucher._tx_from_json(_voucher)

            return voucher

        def _p_attachment(_tx_v: Any) -> Document | Unset:
            _attachment = _tx_v
            attachment: Document | Unset
            if isinstance(_attachment, Unset):
                attachment = UNSET
            else:
                attachment = Document._tx_from_json(_attachment)

            return attachment

        def _p_payment_type(_tx_v: Any) -> SalaryV2PaymentType | Unset:
            _payment_type = _tx_v
            payment_type: SalaryV2PaymentType | Unset
            if isinstance(_payment_type, Unset):
                payment_type = UNSET
            else:
                payment_type = SalaryV2PaymentType._tx_from_json(_payment_type)

            return payment_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "displayName",
                "date",
                "year",
                "month",
                "periodAsString",
                "isHistorical",
                "payrollTaxCalcMethod",
                "voucherComment",
                "payslipGeneralComment",
                "completed",
                "reversed",
                "reverser",
                "okAllowReverseDifferentDate",
                "paySlipsAvailableDate",
                "salaryPayments",
                "paymentDate",
                "notDeletableMessage",
                "hasBankTransfers",
                "voucher",
                "allowDeletePayments",
                "sumPaidAmount",
                "sumTaxDeductionAmount",
                "anyExternalChangesOnThisTransaction",
                "attachment",
                "ameldingWageId",
                "containsNegativeWps",
                "useLandscapeForBankList",
                "numberEmployees",
                "wagePeriodTransactionId",
                "ameldingWageNumber",
                "wagePeriodTransactionNumber",
                "reverseVoucherDisplayName",
                "urlDetails",
                "paymentType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "display_name": ("displayName", None),
            "date": ("date", None),
            "year": ("year", None),
            "month": ("month", None),
            "period_as_string": ("periodAsString", None),
            "is_historical": ("isHistorical", None),
            "payroll_tax_calc_method": ("payrollTaxCalcMethod", None),
            "voucher_comment": ("voucherComment", None),
            "payslip_general_comment": ("payslipGeneralComment", None),
            "completed": ("completed", None),
            "reversed_": ("reversed", None),
            "reverser": ("reverser", None),
            "ok_allow_reverse_different_date": ("okAllowReverseDifferentDate", None),
            "pay_slips_available_date": ("paySlipsAvailableDate", None),
            "salary_payments": ("salaryPayments", _p_salary_payments),
            "payment_date": ("paymentDate", None),
            "not_deletable_message": ("notDeletableMessage", _p_not_deletable_message),
            "has_bank_transfers": ("hasBankTransfers", None),
            "voucher": ("voucher", _p_voucher),
            "allow_delete_payments": ("allowDeletePayments", None),
            "sum_paid_amount": ("sumPaidAmount", None),
            "sum_tax_deduction_amount": ("sumTaxDeductionAmount", None),
            "any_external_changes_on_this_transaction": ("anyExternalChangesOnThisTransaction", None),
            "attachment": ("attachment", _p_attachment),
            "amelding_wage_id": ("ameldingWageId", None),
            "contains_negative_wps": ("containsNegativeWps", None),
            "use_landscape_for_bank_list": ("useLandscapeForBankList", None),
            "number_employees": ("numberEmployees", None),
            "wage_period_transaction_id": ("wagePeriodTransactionId", None),
            "amelding_wage_number": ("ameldingWageNumber", None),
            "wage_period_transaction_number": ("wagePeriodTransactionNumber", None),
            "reverse_voucher_display_name": ("reverseVoucherDisplayName", None),
            "url_details": ("urlDetails", None),
            "payment_type": ("paymentType", _p_payment_type),
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
