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
    from ..models.change import Change
    from ..models.document import Document
    from ..models.salary_v2_payment import SalaryV2Payment
    from ..models.salary_v2_payment_type import SalaryV2PaymentType
    from ..models.salary_v2_voucher import SalaryV2Voucher


T = TypeVar("T", bound="SalaryV2Transaction")


@_attrs_define
class SalaryV2Transaction(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        display_name (str | Unset):
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
        not_deletable_message (list[str] | Unset): List of messages that explain why voucher cannot be deleted
        has_bank_transfers (bool | Unset):
        voucher (SalaryV2Voucher | Unset):
        allow_delete_payments (bool | Unset): True if bank payments are deletable
        sum_paid_amount (float | Unset):
        sum_tax_deduction_amount (float | Unset):
        any_external_changes_on_this_transaction (bool | Unset):
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        amelding_wage_id (int | Unset):
        contains_negative_wps (bool | Unset):
        use_landscape_for_bank_list (bool | Unset):
        number_employees (int | Unset):
        wage_period_transaction_id (int | Unset):
        amelding_wage_number (int | Unset):
        wage_period_transaction_number (int | Unset):
        reverse_voucher_display_name (str | Unset):
        url_details (str | Unset):
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
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.month
        if _v is not UNSET:
            field_dict["month"] = _v
        _v = self.period_as_string
        if _v is not UNSET:
            field_dict["periodAsString"] = _v
        _v = self.is_historical
        if _v is not UNSET:
            field_dict["isHistorical"] = _v
        _v = self.payroll_tax_calc_method
        if _v is not UNSET:
            field_dict["payrollTaxCalcMethod"] = _v
        _v = self.voucher_comment
        if _v is not UNSET:
            field_dict["voucherComment"] = _v
        _v = self.payslip_general_comment
        if _v is not UNSET:
            field_dict["payslipGeneralComment"] = _v
        _v = self.completed
        if _v is not UNSET:
            field_dict["completed"] = _v
        _v = self.reversed_
        if _v is not UNSET:
            field_dict["reversed"] = _v
        _v = self.reverser
        if _v is not UNSET:
            field_dict["reverser"] = _v
        _v = self.ok_allow_reverse_different_date
        if _v is not UNSET:
            field_dict["okAllowReverseDifferentDate"] = _v
        _v = self.pay_slips_available_date
        if _v is not UNSET:
            field_dict["paySlipsAvailableDate"] = _v
        _v = self.salary_payments
        if _v is not UNSET:
            field_dict["salaryPayments"] = [_e.to_dict() for _e in _v]
        _v = self.payment_date
        if _v is not UNSET:
            field_dict["paymentDate"] = _v
        _v = self.not_deletable_message
        if _v is not UNSET and not _in_request:
            field_dict["notDeletableMessage"] = _v
        _v = self.has_bank_transfers
        if _v is not UNSET:
            field_dict["hasBankTransfers"] = _v
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.allow_delete_payments
        if _v is not UNSET:
            field_dict["allowDeletePayments"] = _v
        _v = self.sum_paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumPaidAmount"] = _v
        _v = self.sum_tax_deduction_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumTaxDeductionAmount"] = _v
        _v = self.any_external_changes_on_this_transaction
        if _v is not UNSET:
            field_dict["anyExternalChangesOnThisTransaction"] = _v
        _v = self.attachment
        if _v is not UNSET:
            field_dict["attachment"] = _v.to_dict()
        _v = self.amelding_wage_id
        if _v is not UNSET and not _in_request:
            field_dict["ameldingWageId"] = _v
        _v = self.contains_negative_wps
        if _v is not UNSET:
            field_dict["containsNegativeWps"] = _v
        _v = self.use_landscape_for_bank_list
        if _v is not UNSET:
            field_dict["useLandscapeForBankList"] = _v
        _v = self.number_employees
        if _v is not UNSET and not _in_request:
            field_dict["numberEmployees"] = _v
        _v = self.wage_period_transaction_id
        if _v is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionId"] = _v
        _v = self.amelding_wage_number
        if _v is not UNSET and not _in_request:
            field_dict["ameldingWageNumber"] = _v
        _v = self.wage_period_transaction_number
        if _v is not UNSET and not _in_request:
            field_dict["wagePeriodTransactionNumber"] = _v
        _v = self.reverse_voucher_display_name
        if _v is not UNSET and not _in_request:
            field_dict["reverseVoucherDisplayName"] = _v
        _v = self.url_details
        if _v is not UNSET and not _in_request:
            field_dict["urlDetails"] = _v
        _v = self.payment_type
        if _v is not UNSET:
            field_dict["paymentType"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Transaction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Transaction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.salary_v2_payment import SalaryV2Payment  # noqa: PLC0415
        from ..models.salary_v2_payment_type import SalaryV2PaymentType  # noqa: PLC0415
        from ..models.salary_v2_voucher import SalaryV2Voucher  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "displayName": "display_name",
            "date": "date",
            "year": "year",
            "month": "month",
            "periodAsString": "period_as_string",
            "isHistorical": "is_historical",
            "payrollTaxCalcMethod": "payroll_tax_calc_method",
            "voucherComment": "voucher_comment",
            "payslipGeneralComment": "payslip_general_comment",
            "completed": "completed",
            "reversed": "reversed_",
            "reverser": "reverser",
            "okAllowReverseDifferentDate": "ok_allow_reverse_different_date",
            "paySlipsAvailableDate": "pay_slips_available_date",
            "paymentDate": "payment_date",
            "hasBankTransfers": "has_bank_transfers",
            "allowDeletePayments": "allow_delete_payments",
            "sumPaidAmount": "sum_paid_amount",
            "sumTaxDeductionAmount": "sum_tax_deduction_amount",
            "anyExternalChangesOnThisTransaction": "any_external_changes_on_this_transaction",
            "ameldingWageId": "amelding_wage_id",
            "containsNegativeWps": "contains_negative_wps",
            "useLandscapeForBankList": "use_landscape_for_bank_list",
            "numberEmployees": "number_employees",
            "wagePeriodTransactionId": "wage_period_transaction_id",
            "ameldingWageNumber": "amelding_wage_number",
            "wagePeriodTransactionNumber": "wage_period_transaction_number",
            "reverseVoucherDisplayName": "reverse_voucher_display_name",
            "urlDetails": "url_details",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.display_name = o.date = o.year = o.month = (
                        o.period_as_string
                    ) = o.is_historical = o.payroll_tax_calc_method = o.voucher_comment = o.payslip_general_comment = (
                        o.completed
                    ) = o.reversed_ = o.reverser = o.ok_allow_reverse_different_date = o.pay_slips_available_date = (
                        o.salary_payments
                    ) = o.payment_date = o.not_deletable_message = o.has_bank_transfers = o.voucher = (
                        o.allow_delete_payments
                    ) = o.sum_paid_amount = o.sum_tax_deduction_amount = o.any_external_changes_on_this_transaction = (
                        o.attachment
                    ) = o.amelding_wage_id = o.contains_negative_wps = o.use_landscape_for_bank_list = (
                        o.number_employees
                    ) = o.wage_period_transaction_id = o.amelding_wage_number = o.wage_period_transaction_number = (
                        o.reverse_voucher_display_name
                    ) = o.url_details = o.payment_type = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 12 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.display_name = o.date = o.year = o.month = (
                        o.period_as_string
                    ) = o.is_historical = o.payroll_tax_calc_method = o.voucher_comment = o.payslip_general_comment = (
                        o.completed
                    ) = o.reversed_ = o.reverser = o.ok_allow_reverse_different_date = o.pay_slips_available_date = (
                        o.salary_payments
                    ) = o.payment_date = o.not_deletable_message = o.has_bank_transfers = o.voucher = (
                        o.allow_delete_payments
                    ) = o.sum_paid_amount = o.sum_tax_deduction_amount = o.any_external_changes_on_this_transaction = (
                        o.attachment
                    ) = o.amelding_wage_id = o.contains_negative_wps = o.use_landscape_for_bank_list = (
                        o.number_employees
                    ) = o.wage_period_transaction_id = o.amelding_wage_number = o.wage_period_transaction_number = (
                        o.reverse_voucher_display_name
                    ) = o.url_details = o.payment_type = UNSET
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
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("month")
                if v is None:
                    o.month = u
                    if "month" not in d:
                        m += 1
                else:
                    o.month = v
                v = g("periodAsString")
                if v is None:
                    o.period_as_string = u
                    if "periodAsString" not in d:
                        m += 1
                else:
                    o.period_as_string = v
                v = g("isHistorical")
                if v is None:
                    o.is_historical = u
                    if "isHistorical" not in d:
                        m += 1
                else:
                    o.is_historical = v
                v = g("payrollTaxCalcMethod")
                if v is None:
                    o.payroll_tax_calc_method = u
                    if "payrollTaxCalcMethod" not in d:
                        m += 1
                else:
                    o.payroll_tax_calc_method = v
                v = g("voucherComment")
                if v is None:
                    o.voucher_comment = u
                    if "voucherComment" not in d:
                        m += 1
                else:
                    o.voucher_comment = v
                v = g("payslipGeneralComment")
                if v is None:
                    o.payslip_general_comment = u
                    if "payslipGeneralComment" not in d:
                        m += 1
                else:
                    o.payslip_general_comment = v
                v = g("completed")
                if v is None:
                    o.completed = u
                    if "completed" not in d:
                        m += 1
                else:
                    o.completed = v
                v = g("reversed")
                if v is None:
                    o.reversed_ = u
                    if "reversed" not in d:
                        m += 1
                else:
                    o.reversed_ = v
                v = g("reverser")
                if v is None:
                    o.reverser = u
                    if "reverser" not in d:
                        m += 1
                else:
                    o.reverser = v
                v = g("okAllowReverseDifferentDate")
                if v is None:
                    o.ok_allow_reverse_different_date = u
                    if "okAllowReverseDifferentDate" not in d:
                        m += 1
                else:
                    o.ok_allow_reverse_different_date = v
                v = g("paySlipsAvailableDate")
                if v is None:
                    o.pay_slips_available_date = u
                    if "paySlipsAvailableDate" not in d:
                        m += 1
                else:
                    o.pay_slips_available_date = v
                k = "salaryPayments"
                v = g("salaryPayments")
                if v is None:
                    o.salary_payments = u
                    if "salaryPayments" not in d:
                        m += 1
                else:
                    o.salary_payments = (
                        ([SalaryV2Payment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                k = "notDeletableMessage"
                v = g("notDeletableMessage")
                if v is None:
                    o.not_deletable_message = u
                    if "notDeletableMessage" not in d:
                        m += 1
                else:
                    o.not_deletable_message = v
                v = g("hasBankTransfers")
                if v is None:
                    o.has_bank_transfers = u
                    if "hasBankTransfers" not in d:
                        m += 1
                else:
                    o.has_bank_transfers = v
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = SalaryV2Voucher._tx_parse(v)
                v = g("allowDeletePayments")
                if v is None:
                    o.allow_delete_payments = u
                    if "allowDeletePayments" not in d:
                        m += 1
                else:
                    o.allow_delete_payments = v
                v = g("sumPaidAmount")
                if v is None:
                    o.sum_paid_amount = u
                    if "sumPaidAmount" not in d:
                        m += 1
                else:
                    o.sum_paid_amount = v
                v = g("sumTaxDeductionAmount")
                if v is None:
                    o.sum_tax_deduction_amount = u
                    if "sumTaxDeductionAmount" not in d:
                        m += 1
                else:
                    o.sum_tax_deduction_amount = v
                v = g("anyExternalChangesOnThisTransaction")
                if v is None:
                    o.any_external_changes_on_this_transaction = u
                    if "anyExternalChangesOnThisTransaction" not in d:
                        m += 1
                else:
                    o.any_external_changes_on_this_transaction = v
                k = "attachment"
                v = g("attachment")
                if v is None:
                    o.attachment = u
                    if "attachment" not in d:
                        m += 1
                else:
                    o.attachment = Document._tx_parse(v)
                v = g("ameldingWageId")
                if v is None:
                    o.amelding_wage_id = u
                    if "ameldingWageId" not in d:
                        m += 1
                else:
                    o.amelding_wage_id = v
                v = g("containsNegativeWps")
                if v is None:
                    o.contains_negative_wps = u
                    if "containsNegativeWps" not in d:
                        m += 1
                else:
                    o.contains_negative_wps = v
                v = g("useLandscapeForBankList")
                if v is None:
                    o.use_landscape_for_bank_list = u
                    if "useLandscapeForBankList" not in d:
                        m += 1
                else:
                    o.use_landscape_for_bank_list = v
                v = g("numberEmployees")
                if v is None:
                    o.number_employees = u
                    if "numberEmployees" not in d:
                        m += 1
                else:
                    o.number_employees = v
                v = g("wagePeriodTransactionId")
                if v is None:
                    o.wage_period_transaction_id = u
                    if "wagePeriodTransactionId" not in d:
                        m += 1
                else:
                    o.wage_period_transaction_id = v
                v = g("ameldingWageNumber")
                if v is None:
                    o.amelding_wage_number = u
                    if "ameldingWageNumber" not in d:
                        m += 1
                else:
                    o.amelding_wage_number = v
                v = g("wagePeriodTransactionNumber")
                if v is None:
                    o.wage_period_transaction_number = u
                    if "wagePeriodTransactionNumber" not in d:
                        m += 1
                else:
                    o.wage_period_transaction_number = v
                v = g("reverseVoucherDisplayName")
                if v is None:
                    o.reverse_voucher_display_name = u
                    if "reverseVoucherDisplayName" not in d:
                        m += 1
                else:
                    o.reverse_voucher_display_name = v
                v = g("urlDetails")
                if v is None:
                    o.url_details = u
                    if "urlDetails" not in d:
                        m += 1
                else:
                    o.url_details = v
                k = "paymentType"
                v = g("paymentType")
                if v is None:
                    o.payment_type = u
                    if "paymentType" not in d:
                        m += 1
                else:
                    o.payment_type = SalaryV2PaymentType._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 38 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("display_name", "displayName"),
            ("date", "date"),
            ("year", "year"),
            ("month", "month"),
            ("period_as_string", "periodAsString"),
            ("is_historical", "isHistorical"),
            ("payroll_tax_calc_method", "payrollTaxCalcMethod"),
            ("voucher_comment", "voucherComment"),
            ("payslip_general_comment", "payslipGeneralComment"),
            ("completed", "completed"),
            ("reversed_", "reversed"),
            ("reverser", "reverser"),
            ("ok_allow_reverse_different_date", "okAllowReverseDifferentDate"),
            ("pay_slips_available_date", "paySlipsAvailableDate"),
            ("salary_payments", "salaryPayments"),
            ("payment_date", "paymentDate"),
            ("not_deletable_message", "notDeletableMessage"),
            ("has_bank_transfers", "hasBankTransfers"),
            ("voucher", "voucher"),
            ("allow_delete_payments", "allowDeletePayments"),
            ("sum_paid_amount", "sumPaidAmount"),
            ("sum_tax_deduction_amount", "sumTaxDeductionAmount"),
            ("any_external_changes_on_this_transaction", "anyExternalChangesOnThisTransaction"),
            ("attachment", "attachment"),
            ("amelding_wage_id", "ameldingWageId"),
            ("contains_negative_wps", "containsNegativeWps"),
            ("use_landscape_for_bank_list", "useLandscapeForBankList"),
            ("number_employees", "numberEmployees"),
            ("wage_period_transaction_id", "wagePeriodTransactionId"),
            ("amelding_wage_number", "ameldingWageNumber"),
            ("wage_period_transaction_number", "wagePeriodTransactionNumber"),
            ("reverse_voucher_display_name", "reverseVoucherDisplayName"),
            ("url_details", "urlDetails"),
            ("payment_type", "paymentType"),
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
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.month
            o.month = u if v is None else v
            v = s.period_as_string
            o.period_as_string = u if v is None else v
            v = s.is_historical
            o.is_historical = u if v is None else v
            v = s.payroll_tax_calc_method
            o.payroll_tax_calc_method = u if v is None else v
            v = s.voucher_comment
            o.voucher_comment = u if v is None else v
            v = s.payslip_general_comment
            o.payslip_general_comment = u if v is None else v
            v = s.completed
            o.completed = u if v is None else v
            v = s.reversed_
            o.reversed_ = u if v is None else v
            v = s.reverser
            o.reverser = u if v is None else v
            v = s.ok_allow_reverse_different_date
            o.ok_allow_reverse_different_date = u if v is None else v
            v = s.pay_slips_available_date
            o.pay_slips_available_date = u if v is None else v
            v = s.salary_payments
            o.salary_payments = (
                u
                if v is None or v is u
                else ([SalaryV2Payment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.not_deletable_message
            o.not_deletable_message = u if v is None or v is u else v
            v = s.has_bank_transfers
            o.has_bank_transfers = u if v is None else v
            v = s.voucher
            o.voucher = u if v is None or v is u else SalaryV2Voucher._tx_parse(v)
            v = s.allow_delete_payments
            o.allow_delete_payments = u if v is None else v
            v = s.sum_paid_amount
            o.sum_paid_amount = u if v is None else v
            v = s.sum_tax_deduction_amount
            o.sum_tax_deduction_amount = u if v is None else v
            v = s.any_external_changes_on_this_transaction
            o.any_external_changes_on_this_transaction = u if v is None else v
            v = s.attachment
            o.attachment = u if v is None or v is u else Document._tx_parse(v)
            v = s.amelding_wage_id
            o.amelding_wage_id = u if v is None else v
            v = s.contains_negative_wps
            o.contains_negative_wps = u if v is None else v
            v = s.use_landscape_for_bank_list
            o.use_landscape_for_bank_list = u if v is None else v
            v = s.number_employees
            o.number_employees = u if v is None else v
            v = s.wage_period_transaction_id
            o.wage_period_transaction_id = u if v is None else v
            v = s.amelding_wage_number
            o.amelding_wage_number = u if v is None else v
            v = s.wage_period_transaction_number
            o.wage_period_transaction_number = u if v is None else v
            v = s.reverse_voucher_display_name
            o.reverse_voucher_display_name = u if v is None else v
            v = s.url_details
            o.url_details = u if v is None else v
            v = s.payment_type
            o.payment_type = u if v is None or v is u else SalaryV2PaymentType._tx_parse(v)
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
