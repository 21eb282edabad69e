from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.document import Document
    from ..models.salary_v2_payment import SalaryV2Payment
    from ..models.salary_v2_payment_type import SalaryV2PaymentType
    from ..models.salary_v2_voucher import SalaryV2Voucher


T = TypeVar("T", bound="SalaryV2Transaction")


@_attrs_define
class SalaryV2Transaction:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.salary_v2_payment import SalaryV2Payment  # noqa: PLC0415
        from ..models.salary_v2_payment_type import SalaryV2PaymentType  # noqa: PLC0415
        from ..models.salary_v2_voucher import SalaryV2Voucher  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        display_name = d.pop("displayName", UNSET)

        date = d.pop("date", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        period_as_string = d.pop("periodAsString", UNSET)

        is_historical = d.pop("isHistorical", UNSET)

        payroll_tax_calc_method = d.pop("payrollTaxCalcMethod", UNSET)

        voucher_comment = d.pop("voucherComment", UNSET)

        payslip_general_comment = d.pop("payslipGeneralComment", UNSET)

        completed = d.pop("completed", UNSET)

        reversed_ = d.pop("reversed", UNSET)

        reverser = d.pop("reverser", UNSET)

        ok_allow_reverse_different_date = d.pop("okAllowReverseDifferentDate", UNSET)

        pay_slips_available_date = d.pop("paySlipsAvailableDate", UNSET)

        _salary_payments = d.pop("salaryPayments", UNSET)
        salary_payments: list[SalaryV2Payment] | Unset = UNSET
        if _salary_payments is not UNSET:
            salary_payments = []
            for salary_payments_item_data in _salary_payments:
                if salary_payments_item_data is None:
                    continue
                salary_payments_item = SalaryV2Payment.from_dict(salary_payments_item_data)

                salary_payments.append(salary_payments_item)

        payment_date = d.pop("paymentDate", UNSET)

        not_deletable_message = cast(list[str], d.pop("notDeletableMessage", UNSET))

        has_bank_transfers = d.pop("hasBankTransfers", UNSET)

        _voucher = d.pop("voucher", UNSET)
        voucher: SalaryV2Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = SalaryV2Voucher.from_dict(_voucher)

        allow_delete_payments = d.pop("allowDeletePayments", UNSET)

        sum_paid_amount = d.pop("sumPaidAmount", UNSET)

        sum_tax_deduction_amount = d.pop("sumTaxDeductionAmount", UNSET)

        any_external_changes_on_this_transaction = d.pop("anyExternalChangesOnThisTransaction", UNSET)

        _attachment = d.pop("attachment", UNSET)
        attachment: Document | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Document.from_dict(_attachment)

        amelding_wage_id = d.pop("ameldingWageId", UNSET)

        contains_negative_wps = d.pop("containsNegativeWps", UNSET)

        use_landscape_for_bank_list = d.pop("useLandscapeForBankList", UNSET)

        number_employees = d.pop("numberEmployees", UNSET)

        wage_period_transaction_id = d.pop("wagePeriodTransactionId", UNSET)

        amelding_wage_number = d.pop("ameldingWageNumber", UNSET)

        wage_period_transaction_number = d.pop("wagePeriodTransactionNumber", UNSET)

        reverse_voucher_display_name = d.pop("reverseVoucherDisplayName", UNSET)

        url_details = d.pop("urlDetails", UNSET)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: SalaryV2PaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = SalaryV2PaymentType.from_dict(_payment_type)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            display_name=display_name,
            date=date,
            year=year,
            month=month,
            period_as_string=period_as_string,
            is_historical=is_historical,
            payroll_tax_calc_method=payroll_tax_calc_method,
            voucher_comment=voucher_comment,
            payslip_general_comment=payslip_general_comment,
            completed=completed,
            reversed_=reversed_,
            reverser=reverser,
            ok_allow_reverse_different_date=ok_allow_reverse_different_date,
            pay_slips_available_date=pay_slips_available_date,
            salary_payments=salary_payments,
            payment_date=payment_date,
            not_deletable_message=not_deletable_message,
            has_bank_transfers=has_bank_transfers,
            voucher=voucher,
            allow_delete_payments=allow_delete_payments,
            sum_paid_amount=sum_paid_amount,
            sum_tax_deduction_amount=sum_tax_deduction_amount,
            any_external_changes_on_this_transaction=any_external_changes_on_this_transaction,
            attachment=attachment,
            amelding_wage_id=amelding_wage_id,
            contains_negative_wps=contains_negative_wps,
            use_landscape_for_bank_list=use_landscape_for_bank_list,
            number_employees=number_employees,
            wage_period_transaction_id=wage_period_transaction_id,
            amelding_wage_number=amelding_wage_number,
            wage_period_transaction_number=wage_period_transaction_number,
            reverse_voucher_display_name=reverse_voucher_display_name,
            url_details=url_details,
            payment_type=payment_type,
        )

        _obj.additional_properties = d
        return _obj

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
