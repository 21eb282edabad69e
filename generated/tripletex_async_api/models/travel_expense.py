from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_expense_state import TravelExpenseState
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
    from ..models.accommodation_allowance import AccommodationAllowance
    from ..models.accounting_dimension_value import AccountingDimensionValue
    from ..models.attestation import Attestation
    from ..models.attestation_step import AttestationStep
    from ..models.change import Change
    from ..models.cost import Cost
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.invoice import Invoice
    from ..models.link import Link
    from ..models.mileage_allowance import MileageAllowance
    from ..models.payslip import Payslip
    from ..models.per_diem_compensation import PerDiemCompensation
    from ..models.project import Project
    from ..models.travel_details import TravelDetails
    from ..models.vat_type import VatType
    from ..models.voucher import Voucher


T = TypeVar("T", bound="TravelExpense")


@_attrs_define
class TravelExpense(Model):
    """Travel reports connected to the order.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        attestation_steps (list[AttestationStep] | Unset):
        attestation (Attestation | Unset): Attestation associated with the attestation object
        project (Project | Unset):
        employee (Employee | Unset):
        approved_by (Employee | Unset):
        completed_by (Employee | Unset):
        rejected_by (Employee | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        free_dimension_1 (AccountingDimensionValue | Unset): Free dimensions for the project connected to the order.
        free_dimension_2 (AccountingDimensionValue | Unset): Free dimensions for the project connected to the order.
        free_dimension_3 (AccountingDimensionValue | Unset): Free dimensions for the project connected to the order.
        payslip (Payslip | Unset):
        vat_type (VatType | Unset): The default vat type for this account.
        payment_currency (Currency | Unset):
        travel_details (TravelDetails | Unset):
        voucher (Voucher | Unset):
        attachment (Document | Unset): [BETA] Attachments belonging to this order
        is_completed (bool | Unset):
        is_approved (bool | Unset):
        rejected_comment (str | Unset):
        is_chargeable (bool | Unset):
        is_fixed_invoiced_amount (bool | Unset):
        is_markup_invoiced_percent (bool | Unset):
        is_include_attached_receipts_when_reinvoicing (bool | Unset):
        completed_date (str | Unset):
        approved_date (str | Unset):
        date (str | Unset):
        travel_advance (float | Unset):
        fixed_invoiced_amount (float | Unset):
        markup_invoiced_percent (float | Unset):
        amount (float | Unset):
        chargeable_amount_currency (float | Unset):
        payment_amount (float | Unset):
        chargeable_amount (float | Unset):
        low_rate_vat (float | Unset):
        medium_rate_vat (float | Unset):
        high_rate_vat (float | Unset):
        payment_amount_currency (float | Unset):
        number (int | Unset):
        number_as_string (str | Unset):
        invoice (Invoice | Unset): Invoicing plans tied to the project
        title (str | Unset):
        display_name (str | Unset):
        display_name_without_number (str | Unset):
        per_diem_compensations (list[PerDiemCompensation] | Unset): Link to individual per diem compensations.
        mileage_allowances (list[MileageAllowance] | Unset): Link to individual mileage allowances.
        accommodation_allowances (list[AccommodationAllowance] | Unset): Link to individual accommodation allowances.
        costs (list[Cost] | Unset): Link to individual costs.
        attachment_count (int | Unset):
        state (TravelExpenseState | Unset):
        state_name (str | Unset):
        actions (list[Link] | Unset):
        is_salary_admin (bool | Unset):
        show_payslip (bool | Unset):
        accounting_period_closed (bool | Unset):
        accounting_period_vat_closed (bool | Unset):
        type_ (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    attestation_steps: list[AttestationStep] | Unset = UNSET
    attestation: Attestation | Unset = UNSET
    project: Project | Unset = UNSET
    employee: Employee | Unset = UNSET
    approved_by: Employee | Unset = UNSET
    completed_by: Employee | Unset = UNSET
    rejected_by: Employee | Unset = UNSET
    department: Department | Unset = UNSET
    free_dimension_1: AccountingDimensionValue | Unset = UNSET
    free_dimension_2: AccountingDimensionValue | Unset = UNSET
    free_dimension_3: AccountingDimensionValue | Unset = UNSET
    payslip: Payslip | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    payment_currency: Currency | Unset = UNSET
    travel_details: TravelDetails | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    attachment: Document | Unset = UNSET
    is_completed: bool | Unset = UNSET
    is_approved: bool | Unset = UNSET
    rejected_comment: str | Unset = UNSET
    is_chargeable: bool | Unset = UNSET
    is_fixed_invoiced_amount: bool | Unset = UNSET
    is_markup_invoiced_percent: bool | Unset = UNSET
    is_include_attached_receipts_when_reinvoicing: bool | Unset = UNSET
    completed_date: str | Unset = UNSET
    approved_date: str | Unset = UNSET
    date: str | Unset = UNSET
    travel_advance: float | Unset = UNSET
    fixed_invoiced_amount: float | Unset = UNSET
    markup_invoiced_percent: float | Unset = UNSET
    amount: float | Unset = UNSET
    chargeable_amount_currency: float | Unset = UNSET
    payment_amount: float | Unset = UNSET
    chargeable_amount: float | Unset = UNSET
    low_rate_vat: float | Unset = UNSET
    medium_rate_vat: float | Unset = UNSET
    high_rate_vat: float | Unset = UNSET
    payment_amount_currency: float | Unset = UNSET
    number: int | Unset = UNSET
    number_as_string: str | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    title: str | Unset = UNSET
    display_name: str | Unset = UNSET
    display_name_without_number: str | Unset = UNSET
    per_diem_compensations: list[PerDiemCompensation] | Unset = UNSET
    mileage_allowances: list[MileageAllowance] | Unset = UNSET
    accommodation_allowances: list[AccommodationAllowance] | Unset = UNSET
    costs: list[Cost] | Unset = UNSET
    attachment_count: int | Unset = UNSET
    state: TravelExpenseState | Unset = UNSET
    state_name: str | Unset = UNSET
    actions: list[Link] | Unset = UNSET
    is_salary_admin: bool | Unset = UNSET
    show_payslip: bool | Unset = UNSET
    accounting_period_closed: bool | Unset = UNSET
    accounting_period_vat_closed: bool | Unset = UNSET
    type_: int | Unset = UNSET
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
        _v = self.attestation_steps
        if _v is not UNSET:
            field_dict["attestationSteps"] = [_e.to_dict() for _e in _v]
        _v = self.attestation
        if _v is not UNSET:
            field_dict["attestation"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.approved_by
        if _v is not UNSET:
            field_dict["approvedBy"] = _v.to_dict()
        _v = self.completed_by
        if _v is not UNSET:
            field_dict["completedBy"] = _v.to_dict()
        _v = self.rejected_by
        if _v is not UNSET:
            field_dict["rejectedBy"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.free_dimension_1
        if _v is not UNSET:
            field_dict["freeDimension1"] = _v.to_dict()
        _v = self.free_dimension_2
        if _v is not UNSET:
            field_dict["freeDimension2"] = _v.to_dict()
        _v = self.free_dimension_3
        if _v is not UNSET:
            field_dict["freeDimension3"] = _v.to_dict()
        _v = self.payslip
        if _v is not UNSET:
            field_dict["payslip"] = _v.to_dict()
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.payment_currency
        if _v is not UNSET:
            field_dict["paymentCurrency"] = _v.to_dict()
        _v = self.travel_details
        if _v is not UNSET:
            field_dict["travelDetails"] = _v.to_dict()
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.attachment
        if _v is not UNSET:
            field_dict["attachment"] = _v.to_dict()
        _v = self.is_completed
        if _v is not UNSET and not _in_request:
            field_dict["isCompleted"] = _v
        _v = self.is_approved
        if _v is not UNSET and not _in_request:
            field_dict["isApproved"] = _v
        _v = self.rejected_comment
        if _v is not UNSET and not _in_request:
            field_dict["rejectedComment"] = _v
        _v = self.is_chargeable
        if _v is not UNSET:
            field_dict["isChargeable"] = _v
        _v = self.is_fixed_invoiced_amount
        if _v is not UNSET:
            field_dict["isFixedInvoicedAmount"] = _v
        _v = self.is_markup_invoiced_percent
        if _v is not UNSET:
            field_dict["isMarkupInvoicedPercent"] = _v
        _v = self.is_include_attached_receipts_when_reinvoicing
        if _v is not UNSET:
            field_dict["isIncludeAttachedReceiptsWhenReinvoicing"] = _v
        _v = self.completed_date
        if _v is not UNSET and not _in_request:
            field_dict["completedDate"] = _v
        _v = self.approved_date
        if _v is not UNSET and not _in_request:
            field_dict["approvedDate"] = _v
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.travel_advance
        if _v is not UNSET:
            field_dict["travelAdvance"] = _v
        _v = self.fixed_invoiced_amount
        if _v is not UNSET:
            field_dict["fixedInvoicedAmount"] = _v
        _v = self.markup_invoiced_percent
        if _v is not UNSET:
            field_dict["markupInvoicedPercent"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.chargeable_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["chargeableAmountCurrency"] = _v
        _v = self.payment_amount
        if _v is not UNSET and not _in_request:
            field_dict["paymentAmount"] = _v
        _v = self.chargeable_amount
        if _v is not UNSET and not _in_request:
            field_dict["chargeableAmount"] = _v
        _v = self.low_rate_vat
        if _v is not UNSET and not _in_request:
            field_dict["lowRateVAT"] = _v
        _v = self.medium_rate_vat
        if _v is not UNSET and not _in_request:
            field_dict["mediumRateVAT"] = _v
        _v = self.high_rate_vat
        if _v is not UNSET and not _in_request:
            field_dict["highRateVAT"] = _v
        _v = self.payment_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["paymentAmountCurrency"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.number_as_string
        if _v is not UNSET and not _in_request:
            field_dict["numberAsString"] = _v
        _v = self.invoice
        if _v is not UNSET:
            field_dict["invoice"] = _v.to_dict()
        _v = self.title
        if _v is not UNSET:
            field_dict["title"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.display_name_without_number
        if _v is not UNSET and not _in_request:
            field_dict["displayNameWithoutNumber"] = _v
        _v = self.per_diem_compensations
        if _v is not UNSET:
            field_dict["perDiemCompensations"] = [_e.to_dict() for _e in _v]
        _v = self.mileage_allowances
        if _v is not UNSET and not _in_request:
            field_dict["mileageAllowances"] = [_e.to_dict() for _e in _v]
        _v = self.accommodation_allowances
        if _v is not UNSET and not _in_request:
            field_dict["accommodationAllowances"] = [_e.to_dict() for _e in _v]
        _v = self.costs
        if _v is not UNSET:
            field_dict["costs"] = [_e.to_dict() for _e in _v]
        _v = self.attachment_count
        if _v is not UNSET and not _in_request:
            field_dict["attachmentCount"] = _v
        _v = self.state
        if _v is not UNSET and not _in_request:
            field_dict["state"] = _v._value_
        _v = self.state_name
        if _v is not UNSET and not _in_request:
            field_dict["stateName"] = _v
        _v = self.actions
        if _v is not UNSET and not _in_request:
            field_dict["actions"] = [_e.to_dict() for _e in _v]
        _v = self.is_salary_admin
        if _v is not UNSET and not _in_request:
            field_dict["isSalaryAdmin"] = _v
        _v = self.show_payslip
        if _v is not UNSET and not _in_request:
            field_dict["showPayslip"] = _v
        _v = self.accounting_period_closed
        if _v is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = _v
        _v = self.accounting_period_vat_closed
        if _v is not UNSET and not _in_request:
            field_dict["accountingPeriodVATClosed"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelExpense from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TravelExpense.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accommodation_allowance import AccommodationAllowance  # noqa: PLC0415
        from ..models.accounting_dimension_value import AccountingDimensionValue  # noqa: PLC0415
        from ..models.attestation import Attestation  # noqa: PLC0415
        from ..models.attestation_step import AttestationStep  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.cost import Cost  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.mileage_allowance import MileageAllowance  # noqa: PLC0415
        from ..models.payslip import Payslip  # noqa: PLC0415
        from ..models.per_diem_compensation import PerDiemCompensation  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.travel_details import TravelDetails  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_state: dict[Any, Any] = enum_members(TravelExpenseState)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "attestationSteps",
                "attestation",
                "project",
                "employee",
                "approvedBy",
                "completedBy",
                "rejectedBy",
                "department",
                "freeDimension1",
                "freeDimension2",
                "freeDimension3",
                "payslip",
                "vatType",
                "paymentCurrency",
                "travelDetails",
                "voucher",
                "attachment",
                "isCompleted",
                "isApproved",
                "rejectedComment",
                "isChargeable",
                "isFixedInvoicedAmount",
                "isMarkupInvoicedPercent",
                "isIncludeAttachedReceiptsWhenReinvoicing",
                "completedDate",
                "approvedDate",
                "date",
                "travelAdvance",
                "fixedInvoicedAmount",
                "markupInvoicedPercent",
                "amount",
                "chargeableAmountCurrency",
                "paymentAmount",
                "chargeableAmount",
                "lowRateVAT",
                "mediumRateVAT",
                "highRateVAT",
                "paymentAmountCurrency",
                "number",
                "numberAsString",
                "invoice",
                "title",
                "displayName",
                "displayNameWithoutNumber",
                "perDiemCompensations",
                "mileageAllowances",
                "accommodationAllowances",
                "costs",
                "attachmentCount",
                "state",
                "stateName",
                "actions",
                "isSalaryAdmin",
                "showPayslip",
                "accountingPeriodClosed",
                "accountingPeriodVATClosed",
                "type",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "isCompleted": "is_completed",
            "isApproved": "is_approved",
            "rejectedComment": "rejected_comment",
            "isChargeable": "is_chargeable",
            "isFixedInvoicedAmount": "is_fixed_invoiced_amount",
            "isMarkupInvoicedPercent": "is_markup_invoiced_percent",
            "isIncludeAttachedReceiptsWhenReinvoicing": "is_include_attached_receipts_when_reinvoicing",
            "completedDate": "completed_date",
            "approvedDate": "approved_date",
            "date": "date",
            "travelAdvance": "travel_advance",
            "fixedInvoicedAmount": "fixed_invoiced_amount",
            "markupInvoicedPercent": "markup_invoiced_percent",
            "amount": "amount",
            "chargeableAmountCurrency": "chargeable_amount_currency",
            "paymentAmount": "payment_amount",
            "chargeableAmount": "chargeable_amount",
            "lowRateVAT": "low_rate_vat",
            "mediumRateVAT": "medium_rate_vat",
            "highRateVAT": "high_rate_vat",
            "paymentAmountCurrency": "payment_amount_currency",
            "number": "number",
            "numberAsString": "number_as_string",
            "title": "title",
            "displayName": "display_name",
            "displayNameWithoutNumber": "display_name_without_number",
            "attachmentCount": "attachment_count",
            "stateName": "state_name",
            "isSalaryAdmin": "is_salary_admin",
            "showPayslip": "show_payslip",
            "accountingPeriodClosed": "accounting_period_closed",
            "accountingPeriodVATClosed": "accounting_period_vat_closed",
            "type": "type_",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.attestation_steps = o.attestation = o.project = (
                        o.employee
                    ) = o.approved_by = o.completed_by = o.rejected_by = o.department = o.free_dimension_1 = (
                        o.free_dimension_2
                    ) = o.free_dimension_3 = o.payslip = o.vat_type = o.payment_currency = o.travel_details = (
                        o.voucher
                    ) = o.attachment = o.is_completed = o.is_approved = o.rejected_comment = o.is_chargeable = (
                        o.is_fixed_invoiced_amount
                    ) = o.is_markup_invoiced_percent = o.is_include_attached_receipts_when_reinvoicing = (
                        o.completed_date
                    ) = o.approved_date = o.date = o.travel_advance = o.fixed_invoiced_amount = (
                        o.markup_invoiced_percent
                    ) = o.amount = o.chargeable_amount_currency = o.payment_amount = o.chargeable_amount = (
                        o.low_rate_vat
                    ) = o.medium_rate_vat = o.high_rate_vat = o.payment_amount_currency = o.number = (
                        o.number_as_string
                    ) = o.invoice = o.title = o.display_name = o.display_name_without_number = (
                        o.per_diem_compensations
                    ) = o.mileage_allowances = o.accommodation_allowances = o.costs = o.attachment_count = o.state = (
                        o.state_name
                    ) = o.actions = o.is_salary_admin = o.show_payslip = o.accounting_period_closed = (
                        o.accounting_period_vat_closed
                    ) = o.type_ = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 20 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.attestation_steps = o.attestation = o.project = (
                        o.employee
                    ) = o.approved_by = o.completed_by = o.rejected_by = o.department = o.free_dimension_1 = (
                        o.free_dimension_2
                    ) = o.free_dimension_3 = o.payslip = o.vat_type = o.payment_currency = o.travel_details = (
                        o.voucher
                    ) = o.attachment = o.is_completed = o.is_approved = o.rejected_comment = o.is_chargeable = (
                        o.is_fixed_invoiced_amount
                    ) = o.is_markup_invoiced_percent = o.is_include_attached_receipts_when_reinvoicing = (
                        o.completed_date
                    ) = o.approved_date = o.date = o.travel_advance = o.fixed_invoiced_amount = (
                        o.markup_invoiced_percent
                    ) = o.amount = o.chargeable_amount_currency = o.payment_amount = o.chargeable_amount = (
                        o.low_rate_vat
                    ) = o.medium_rate_vat = o.high_rate_vat = o.payment_amount_currency = o.number = (
                        o.number_as_string
                    ) = o.invoice = o.title = o.display_name = o.display_name_without_number = (
                        o.per_diem_compensations
                    ) = o.mileage_allowances = o.accommodation_allowances = o.costs = o.attachment_count = o.state = (
                        o.state_name
                    ) = o.actions = o.is_salary_admin = o.show_payslip = o.accounting_period_closed = (
                        o.accounting_period_vat_closed
                    ) = o.type_ = UNSET
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
                k = "attestationSteps"
                v = g("attestationSteps")
                if v is None:
                    o.attestation_steps = u
                    if "attestationSteps" not in d:
                        m += 1
                else:
                    o.attestation_steps = (
                        ([AttestationStep._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "attestation"
                v = g("attestation")
                if v is None:
                    o.attestation = u
                    if "attestation" not in d:
                        m += 1
                else:
                    o.attestation = Attestation._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "approvedBy"
                v = g("approvedBy")
                if v is None:
                    o.approved_by = u
                    if "approvedBy" not in d:
                        m += 1
                else:
                    o.approved_by = Employee._tx_parse(v)
                k = "completedBy"
                v = g("completedBy")
                if v is None:
                    o.completed_by = u
                    if "completedBy" not in d:
                        m += 1
                else:
                    o.completed_by = Employee._tx_parse(v)
                k = "rejectedBy"
                v = g("rejectedBy")
                if v is None:
                    o.rejected_by = u
                    if "rejectedBy" not in d:
                        m += 1
                else:
                    o.rejected_by = Employee._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "freeDimension1"
                v = g("freeDimension1")
                if v is None:
                    o.free_dimension_1 = u
                    if "freeDimension1" not in d:
                        m += 1
                else:
                    o.free_dimension_1 = AccountingDimensionValue._tx_parse(v)
                k = "freeDimension2"
                v = g("freeDimension2")
                if v is None:
                    o.free_dimension_2 = u
                    if "freeDimension2" not in d:
                        m += 1
                else:
                    o.free_dimension_2 = AccountingDimensionValue._tx_parse(v)
                k = "freeDimension3"
                v = g("freeDimension3")
                if v is None:
                    o.free_dimension_3 = u
                    if "freeDimension3" not in d:
                        m += 1
                else:
                    o.free_dimension_3 = AccountingDimensionValue._tx_parse(v)
                k = "payslip"
                v = g("payslip")
                if v is None:
                    o.payslip = u
                    if "payslip" not in d:
                        m += 1
                else:
                    o.payslip = Payslip._tx_parse(v)
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = "paymentCurrency"
                v = g("paymentCurrency")
                if v is None:
                    o.payment_currency = u
                    if "paymentCurrency" not in d:
                        m += 1
                else:
                    o.payment_currency = Currency._tx_parse(v)
                k = "travelDetails"
                v = g("travelDetails")
                if v is None:
                    o.travel_details = u
                    if "travelDetails" not in d:
                        m += 1
                else:
                    o.travel_details = TravelDetails._tx_parse(v)
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                k = "attachment"
                v = g("attachment")
                if v is None:
                    o.attachment = u
                    if "attachment" not in d:
                        m += 1
                else:
                    o.attachment = Document._tx_parse(v)
                v = g("isCompleted")
                if v is None:
                    o.is_completed = u
                    if "isCompleted" not in d:
                        m += 1
                else:
                    o.is_completed = v
                v = g("isApproved")
                if v is None:
                    o.is_approved = u
                    if "isApproved" not in d:
                        m += 1
                else:
                    o.is_approved = v
                v = g("rejectedComment")
                if v is None:
                    o.rejected_comment = u
                    if "rejectedComment" not in d:
                        m += 1
                else:
                    o.rejected_comment = v
                v = g("isChargeable")
                if v is None:
                    o.is_chargeable = u
                    if "isChargeable" not in d:
                        m += 1
                else:
                    o.is_chargeable = v
                v = g("isFixedInvoicedAmount")
                if v is None:
                    o.is_fixed_invoiced_amount = u
                    if "isFixedInvoicedAmount" not in d:
                        m += 1
                else:
                    o.is_fixed_invoiced_amount = v
                v = g("isMarkupInvoicedPercent")
                if v is None:
                    o.is_markup_invoiced_percent = u
                    if "isMarkupInvoicedPercent" not in d:
                        m += 1
                else:
                    o.is_markup_invoiced_percent = v
                v = g("isIncludeAttachedReceiptsWhenReinvoicing")
                if v is None:
                    o.is_include_attached_receipts_when_reinvoicing = u
                    if "isIncludeAttachedReceiptsWhenReinvoicing" not in d:
                        m += 1
                else:
                    o.is_include_attached_receipts_when_reinvoicing = v
                v = g("completedDate")
                if v is None:
                    o.completed_date = u
                    if "completedDate" not in d:
                        m += 1
                else:
                    o.completed_date = v
                v = g("approvedDate")
                if v is None:
                    o.approved_date = u
                    if "approvedDate" not in d:
                        m += 1
                else:
                    o.approved_date = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("travelAdvance")
                if v is None:
                    o.travel_advance = u
                    if "travelAdvance" not in d:
                        m += 1
                else:
                    o.travel_advance = v
                v = g("fixedInvoicedAmount")
                if v is None:
                    o.fixed_invoiced_amount = u
                    if "fixedInvoicedAmount" not in d:
                        m += 1
                else:
                    o.fixed_invoiced_amount = v
                v = g("markupInvoicedPercent")
                if v is None:
                    o.markup_invoiced_percent = u
                    if "markupInvoicedPercent" not in d:
                        m += 1
                else:
                    o.markup_invoiced_percent = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("chargeableAmountCurrency")
                if v is None:
                    o.chargeable_amount_currency = u
                    if "chargeableAmountCurrency" not in d:
                        m += 1
                else:
                    o.chargeable_amount_currency = v
                v = g("paymentAmount")
                if v is None:
                    o.payment_amount = u
                    if "paymentAmount" not in d:
                        m += 1
                else:
                    o.payment_amount = v
                v = g("chargeableAmount")
                if v is None:
                    o.chargeable_amount = u
                    if "chargeableAmount" not in d:
                        m += 1
                else:
                    o.chargeable_amount = v
                v = g("lowRateVAT")
                if v is None:
                    o.low_rate_vat = u
                    if "lowRateVAT" not in d:
                        m += 1
                else:
                    o.low_rate_vat = v
                v = g("mediumRateVAT")
                if v is None:
                    o.medium_rate_vat = u
                    if "mediumRateVAT" not in d:
                        m += 1
                else:
                    o.medium_rate_vat = v
                v = g("highRateVAT")
                if v is None:
                    o.high_rate_vat = u
                    if "highRateVAT" not in d:
                        m += 1
                else:
                    o.high_rate_vat = v
                v = g("paymentAmountCurrency")
                if v is None:
                    o.payment_amount_currency = u
                    if "paymentAmountCurrency" not in d:
                        m += 1
                else:
                    o.payment_amount_currency = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("numberAsString")
                if v is None:
                    o.number_as_string = u
                    if "numberAsString" not in d:
                        m += 1
                else:
                    o.number_as_string = v
                k = "invoice"
                v = g("invoice")
                if v is None:
                    o.invoice = u
                    if "invoice" not in d:
                        m += 1
                else:
                    o.invoice = Invoice._tx_parse(v)
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("displayNameWithoutNumber")
                if v is None:
                    o.display_name_without_number = u
                    if "displayNameWithoutNumber" not in d:
                        m += 1
                else:
                    o.display_name_without_number = v
                k = "perDiemCompensations"
                v = g("perDiemCompensations")
                if v is None:
                    o.per_diem_compensations = u
                    if "perDiemCompensations" not in d:
                        m += 1
                else:
                    o.per_diem_compensations = (
                        ([PerDiemCompensation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "mileageAllowances"
                v = g("mileageAllowances")
                if v is None:
                    o.mileage_allowances = u
                    if "mileageAllowances" not in d:
                        m += 1
                else:
                    o.mileage_allowances = (
                        ([MileageAllowance._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "accommodationAllowances"
                v = g("accommodationAllowances")
                if v is None:
                    o.accommodation_allowances = u
                    if "accommodationAllowances" not in d:
                        m += 1
                else:
                    o.accommodation_allowances = (
                        ([AccommodationAllowance._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "costs"
                v = g("costs")
                if v is None:
                    o.costs = u
                    if "costs" not in d:
                        m += 1
                else:
                    o.costs = (
                        ([Cost._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("attachmentCount")
                if v is None:
                    o.attachment_count = u
                    if "attachmentCount" not in d:
                        m += 1
                else:
                    o.attachment_count = v
                k = "state"
                v = g("state")
                if v is None:
                    o.state = u
                    if "state" not in d:
                        m += 1
                else:
                    o.state = e_ if (e_ := _e_state.get(v)) is not None else enum_value(TravelExpenseState, v)
                v = g("stateName")
                if v is None:
                    o.state_name = u
                    if "stateName" not in d:
                        m += 1
                else:
                    o.state_name = v
                k = "actions"
                v = g("actions")
                if v is None:
                    o.actions = u
                    if "actions" not in d:
                        m += 1
                else:
                    o.actions = (
                        ([Link._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("isSalaryAdmin")
                if v is None:
                    o.is_salary_admin = u
                    if "isSalaryAdmin" not in d:
                        m += 1
                else:
                    o.is_salary_admin = v
                v = g("showPayslip")
                if v is None:
                    o.show_payslip = u
                    if "showPayslip" not in d:
                        m += 1
                else:
                    o.show_payslip = v
                v = g("accountingPeriodClosed")
                if v is None:
                    o.accounting_period_closed = u
                    if "accountingPeriodClosed" not in d:
                        m += 1
                else:
                    o.accounting_period_closed = v
                v = g("accountingPeriodVATClosed")
                if v is None:
                    o.accounting_period_vat_closed = u
                    if "accountingPeriodVATClosed" not in d:
                        m += 1
                else:
                    o.accounting_period_vat_closed = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 61 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("attestation_steps", "attestationSteps"),
            ("attestation", "attestation"),
            ("project", "project"),
            ("employee", "employee"),
            ("approved_by", "approvedBy"),
            ("completed_by", "completedBy"),
            ("rejected_by", "rejectedBy"),
            ("department", "department"),
            ("free_dimension_1", "freeDimension1"),
            ("free_dimension_2", "freeDimension2"),
            ("free_dimension_3", "freeDimension3"),
            ("payslip", "payslip"),
            ("vat_type", "vatType"),
            ("payment_currency", "paymentCurrency"),
            ("travel_details", "travelDetails"),
            ("voucher", "voucher"),
            ("attachment", "attachment"),
            ("is_completed", "isCompleted"),
            ("is_approved", "isApproved"),
            ("rejected_comment", "rejectedComment"),
            ("is_chargeable", "isChargeable"),
            ("is_fixed_invoiced_amount", "isFixedInvoicedAmount"),
            ("is_markup_invoiced_percent", "isMarkupInvoicedPercent"),
            ("is_include_attached_receipts_when_reinvoicing", "isIncludeAttachedReceiptsWhenReinvoicing"),
            ("completed_date", "completedDate"),
            ("approved_date", "approvedDate"),
            ("date", "date"),
            ("travel_advance", "travelAdvance"),
            ("fixed_invoiced_amount", "fixedInvoicedAmount"),
            ("markup_invoiced_percent", "markupInvoicedPercent"),
            ("amount", "amount"),
            ("chargeable_amount_currency", "chargeableAmountCurrency"),
            ("payment_amount", "paymentAmount"),
            ("chargeable_amount", "chargeableAmount"),
            ("low_rate_vat", "lowRateVAT"),
            ("medium_rate_vat", "mediumRateVAT"),
            ("high_rate_vat", "highRateVAT"),
            ("payment_amount_currency", "paymentAmountCurrency"),
            ("number", "number"),
            ("number_as_string", "numberAsString"),
            ("invoice", "invoice"),
            ("title", "title"),
            ("display_name", "displayName"),
            ("display_name_without_number", "displayNameWithoutNumber"),
            ("per_diem_compensations", "perDiemCompensations"),
            ("mileage_allowances", "mileageAllowances"),
            ("accommodation_allowances", "accommodationAllowances"),
            ("costs", "costs"),
            ("attachment_count", "attachmentCount"),
            ("state", "state"),
            ("state_name", "stateName"),
            ("actions", "actions"),
            ("is_salary_admin", "isSalaryAdmin"),
            ("show_payslip", "showPayslip"),
            ("accounting_period_closed", "accountingPeriodClosed"),
            ("accounting_period_vat_closed", "accountingPeriodVATClosed"),
            ("type_", "type"),
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
            v = s.attestation_steps
            o.attestation_steps = (
                u
                if v is None or v is u
                else ([AttestationStep._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.attestation
            o.attestation = u if v is None or v is u else Attestation._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.approved_by
            o.approved_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.completed_by
            o.completed_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.rejected_by
            o.rejected_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.free_dimension_1
            o.free_dimension_1 = u if v is None or v is u else AccountingDimensionValue._tx_parse(v)
            v = s.free_dimension_2
            o.free_dimension_2 = u if v is None or v is u else AccountingDimensionValue._tx_parse(v)
            v = s.free_dimension_3
            o.free_dimension_3 = u if v is None or v is u else AccountingDimensionValue._tx_parse(v)
            v = s.payslip
            o.payslip = u if v is None or v is u else Payslip._tx_parse(v)
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.payment_currency
            o.payment_currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.travel_details
            o.travel_details = u if v is None or v is u else TravelDetails._tx_parse(v)
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.attachment
            o.attachment = u if v is None or v is u else Document._tx_parse(v)
            v = s.is_completed
            o.is_completed = u if v is None else v
            v = s.is_approved
            o.is_approved = u if v is None else v
            v = s.rejected_comment
            o.rejected_comment = u if v is None else v
            v = s.is_chargeable
            o.is_chargeable = u if v is None else v
            v = s.is_fixed_invoiced_amount
            o.is_fixed_invoiced_amount = u if v is None else v
            v = s.is_markup_invoiced_percent
            o.is_markup_invoiced_percent = u if v is None else v
            v = s.is_include_attached_receipts_when_reinvoicing
            o.is_include_attached_receipts_when_reinvoicing = u if v is None else v
            v = s.completed_date
            o.completed_date = u if v is None else v
            v = s.approved_date
            o.approved_date = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.travel_advance
            o.travel_advance = u if v is None else v
            v = s.fixed_invoiced_amount
            o.fixed_invoiced_amount = u if v is None else v
            v = s.markup_invoiced_percent
            o.markup_invoiced_percent = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.chargeable_amount_currency
            o.chargeable_amount_currency = u if v is None else v
            v = s.payment_amount
            o.payment_amount = u if v is None else v
            v = s.chargeable_amount
            o.chargeable_amount = u if v is None else v
            v = s.low_rate_vat
            o.low_rate_vat = u if v is None else v
            v = s.medium_rate_vat
            o.medium_rate_vat = u if v is None else v
            v = s.high_rate_vat
            o.high_rate_vat = u if v is None else v
            v = s.payment_amount_currency
            o.payment_amount_currency = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.number_as_string
            o.number_as_string = u if v is None else v
            v = s.invoice
            o.invoice = u if v is None or v is u else Invoice._tx_parse(v)
            v = s.title
            o.title = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.display_name_without_number
            o.display_name_without_number = u if v is None else v
            v = s.per_diem_compensations
            o.per_diem_compensations = (
                u
                if v is None or v is u
                else ([PerDiemCompensation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.mileage_allowances
            o.mileage_allowances = (
                u
                if v is None or v is u
                else ([MileageAllowance._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accommodation_allowances
            o.accommodation_allowances = (
                u
                if v is None or v is u
                else ([AccommodationAllowance._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.costs
            o.costs = (
                u
                if v is None or v is u
                else ([Cost._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.attachment_count
            o.attachment_count = u if v is None else v
            v = s.state
            o.state = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_state.get(v)) is not None
                else enum_value(TravelExpenseState, v)
            )
            v = s.state_name
            o.state_name = u if v is None else v
            v = s.actions
            o.actions = (
                u
                if v is None or v is u
                else ([Link._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.is_salary_admin
            o.is_salary_admin = u if v is None else v
            v = s.show_payslip
            o.show_payslip = u if v is None else v
            v = s.accounting_period_closed
            o.accounting_period_closed = u if v is None else v
            v = s.accounting_period_vat_closed
            o.accounting_period_vat_closed = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
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
