from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_expense_state import TravelExpenseState
from ..types import UNSET, Unset, serializing_request_body

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
class TravelExpense:
    """Travel reports connected to the order.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        is_completed (bool | Unset): [read-only]
        is_approved (bool | Unset): [read-only]
        rejected_comment (str | Unset): [read-only]
        is_chargeable (bool | Unset):
        is_fixed_invoiced_amount (bool | Unset):
        is_markup_invoiced_percent (bool | Unset):
        is_include_attached_receipts_when_reinvoicing (bool | Unset):
        completed_date (str | Unset): [read-only]
        approved_date (str | Unset): [read-only]
        date (str | Unset): [read-only]
        travel_advance (float | Unset):
        fixed_invoiced_amount (float | Unset):
        markup_invoiced_percent (float | Unset):
        amount (float | Unset): [read-only]
        chargeable_amount_currency (float | Unset): [read-only]
        payment_amount (float | Unset): [read-only]
        chargeable_amount (float | Unset): [read-only]
        low_rate_vat (float | Unset): [read-only]
        medium_rate_vat (float | Unset): [read-only]
        high_rate_vat (float | Unset): [read-only]
        payment_amount_currency (float | Unset): [read-only]
        number (int | Unset): [read-only]
        number_as_string (str | Unset): [read-only]
        invoice (Invoice | Unset): Invoicing plans tied to the project
        title (str | Unset):
        display_name (str | Unset): [read-only]
        display_name_without_number (str | Unset): [read-only]
        per_diem_compensations (list[PerDiemCompensation] | Unset): Link to individual per diem compensations.
        mileage_allowances (list[MileageAllowance] | Unset): [read-only] Link to individual mileage allowances.
        accommodation_allowances (list[AccommodationAllowance] | Unset): [read-only] Link to individual accommodation
            allowances.
        costs (list[Cost] | Unset): Link to individual costs.
        attachment_count (int | Unset): [read-only]
        state (TravelExpenseState | Unset): [read-only]
        state_name (str | Unset): [read-only]
        actions (list[Link] | Unset): [read-only]
        is_salary_admin (bool | Unset): [read-only]
        show_payslip (bool | Unset): [read-only]
        accounting_period_closed (bool | Unset): [read-only]
        accounting_period_vat_closed (bool | Unset): [read-only]
        type_ (int | Unset): [read-only]
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

        attestation_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attestation_steps, Unset):
            attestation_steps = []
            for attestation_steps_item_data in self.attestation_steps:
                attestation_steps_item = attestation_steps_item_data.to_dict()
                attestation_steps.append(attestation_steps_item)

        attestation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attestation, Unset):
            attestation = self.attestation.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        approved_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_by, Unset):
            approved_by = self.approved_by.to_dict()

        completed_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completed_by, Unset):
            completed_by = self.completed_by.to_dict()

        rejected_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rejected_by, Unset):
            rejected_by = self.rejected_by.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        free_dimension_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_dimension_1, Unset):
            free_dimension_1 = self.free_dimension_1.to_dict()

        free_dimension_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_dimension_2, Unset):
            free_dimension_2 = self.free_dimension_2.to_dict()

        free_dimension_3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_dimension_3, Unset):
            free_dimension_3 = self.free_dimension_3.to_dict()

        payslip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payslip, Unset):
            payslip = self.payslip.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        payment_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_currency, Unset):
            payment_currency = self.payment_currency.to_dict()

        travel_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.travel_details, Unset):
            travel_details = self.travel_details.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        is_completed = self.is_completed

        is_approved = self.is_approved

        rejected_comment = self.rejected_comment

        is_chargeable = self.is_chargeable

        is_fixed_invoiced_amount = self.is_fixed_invoiced_amount

        is_markup_invoiced_percent = self.is_markup_invoiced_percent

        is_include_attached_receipts_when_reinvoicing = self.is_include_attached_receipts_when_reinvoicing

        completed_date = self.completed_date

        approved_date = self.approved_date

        date = self.date

        travel_advance = self.travel_advance

        fixed_invoiced_amount = self.fixed_invoiced_amount

        markup_invoiced_percent = self.markup_invoiced_percent

        amount = self.amount

        chargeable_amount_currency = self.chargeable_amount_currency

        payment_amount = self.payment_amount

        chargeable_amount = self.chargeable_amount

        low_rate_vat = self.low_rate_vat

        medium_rate_vat = self.medium_rate_vat

        high_rate_vat = self.high_rate_vat

        payment_amount_currency = self.payment_amount_currency

        number = self.number

        number_as_string = self.number_as_string

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        title = self.title

        display_name = self.display_name

        display_name_without_number = self.display_name_without_number

        per_diem_compensations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.per_diem_compensations, Unset):
            per_diem_compensations = []
            for per_diem_compensations_item_data in self.per_diem_compensations:
                per_diem_compensations_item = per_diem_compensations_item_data.to_dict()
                per_diem_compensations.append(per_diem_compensations_item)

        mileage_allowances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mileage_allowances, Unset):
            mileage_allowances = []
            for mileage_allowances_item_data in self.mileage_allowances:
                mileage_allowances_item = mileage_allowances_item_data.to_dict()
                mileage_allowances.append(mileage_allowances_item)

        accommodation_allowances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accommodation_allowances, Unset):
            accommodation_allowances = []
            for accommodation_allowances_item_data in self.accommodation_allowances:
                accommodation_allowances_item = accommodation_allowances_item_data.to_dict()
                accommodation_allowances.append(accommodation_allowances_item)

        costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item = costs_item_data.to_dict()
                costs.append(costs_item)

        attachment_count = self.attachment_count

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        state_name = self.state_name

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        is_salary_admin = self.is_salary_admin

        show_payslip = self.show_payslip

        accounting_period_closed = self.accounting_period_closed

        accounting_period_vat_closed = self.accounting_period_vat_closed

        type_ = self.type_

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
        if attestation_steps is not UNSET:
            field_dict["attestationSteps"] = attestation_steps
        if attestation is not UNSET:
            field_dict["attestation"] = attestation
        if project is not UNSET:
            field_dict["project"] = project
        if employee is not UNSET:
            field_dict["employee"] = employee
        if approved_by is not UNSET:
            field_dict["approvedBy"] = approved_by
        if completed_by is not UNSET:
            field_dict["completedBy"] = completed_by
        if rejected_by is not UNSET:
            field_dict["rejectedBy"] = rejected_by
        if department is not UNSET:
            field_dict["department"] = department
        if free_dimension_1 is not UNSET:
            field_dict["freeDimension1"] = free_dimension_1
        if free_dimension_2 is not UNSET:
            field_dict["freeDimension2"] = free_dimension_2
        if free_dimension_3 is not UNSET:
            field_dict["freeDimension3"] = free_dimension_3
        if payslip is not UNSET:
            field_dict["payslip"] = payslip
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if payment_currency is not UNSET:
            field_dict["paymentCurrency"] = payment_currency
        if travel_details is not UNSET:
            field_dict["travelDetails"] = travel_details
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if is_completed is not UNSET and not _in_request:
            field_dict["isCompleted"] = is_completed
        if is_approved is not UNSET and not _in_request:
            field_dict["isApproved"] = is_approved
        if rejected_comment is not UNSET and not _in_request:
            field_dict["rejectedComment"] = rejected_comment
        if is_chargeable is not UNSET:
            field_dict["isChargeable"] = is_chargeable
        if is_fixed_invoiced_amount is not UNSET:
            field_dict["isFixedInvoicedAmount"] = is_fixed_invoiced_amount
        if is_markup_invoiced_percent is not UNSET:
            field_dict["isMarkupInvoicedPercent"] = is_markup_invoiced_percent
        if is_include_attached_receipts_when_reinvoicing is not UNSET:
            field_dict["isIncludeAttachedReceiptsWhenReinvoicing"] = is_include_attached_receipts_when_reinvoicing
        if completed_date is not UNSET and not _in_request:
            field_dict["completedDate"] = completed_date
        if approved_date is not UNSET and not _in_request:
            field_dict["approvedDate"] = approved_date
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if travel_advance is not UNSET:
            field_dict["travelAdvance"] = travel_advance
        if fixed_invoiced_amount is not UNSET:
            field_dict["fixedInvoicedAmount"] = fixed_invoiced_amount
        if markup_invoiced_percent is not UNSET:
            field_dict["markupInvoicedPercent"] = markup_invoiced_percent
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if chargeable_amount_currency is not UNSET and not _in_request:
            field_dict["chargeableAmountCurrency"] = chargeable_amount_currency
        if payment_amount is not UNSET and not _in_request:
            field_dict["paymentAmount"] = payment_amount
        if chargeable_amount is not UNSET and not _in_request:
            field_dict["chargeableAmount"] = chargeable_amount
        if low_rate_vat is not UNSET and not _in_request:
            field_dict["lowRateVAT"] = low_rate_vat
        if medium_rate_vat is not UNSET and not _in_request:
            field_dict["mediumRateVAT"] = medium_rate_vat
        if high_rate_vat is not UNSET and not _in_request:
            field_dict["highRateVAT"] = high_rate_vat
        if payment_amount_currency is not UNSET and not _in_request:
            field_dict["paymentAmountCurrency"] = payment_amount_currency
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if number_as_string is not UNSET and not _in_request:
            field_dict["numberAsString"] = number_as_string
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if title is not UNSET:
            field_dict["title"] = title
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if display_name_without_number is not UNSET and not _in_request:
            field_dict["displayNameWithoutNumber"] = display_name_without_number
        if per_diem_compensations is not UNSET:
            field_dict["perDiemCompensations"] = per_diem_compensations
        if mileage_allowances is not UNSET and not _in_request:
            field_dict["mileageAllowances"] = mileage_allowances
        if accommodation_allowances is not UNSET and not _in_request:
            field_dict["accommodationAllowances"] = accommodation_allowances
        if costs is not UNSET:
            field_dict["costs"] = costs
        if attachment_count is not UNSET and not _in_request:
            field_dict["attachmentCount"] = attachment_count
        if state is not UNSET and not _in_request:
            field_dict["state"] = state
        if state_name is not UNSET and not _in_request:
            field_dict["stateName"] = state_name
        if actions is not UNSET and not _in_request:
            field_dict["actions"] = actions
        if is_salary_admin is not UNSET and not _in_request:
            field_dict["isSalaryAdmin"] = is_salary_admin
        if show_payslip is not UNSET and not _in_request:
            field_dict["showPayslip"] = show_payslip
        if accounting_period_closed is not UNSET and not _in_request:
            field_dict["accountingPeriodClosed"] = accounting_period_closed
        if accounting_period_vat_closed is not UNSET and not _in_request:
            field_dict["accountingPeriodVATClosed"] = accounting_period_vat_closed
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
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

        _attestation_steps = d.pop("attestationSteps", UNSET)
        attestation_steps: list[AttestationStep] | Unset = UNSET
        if _attestation_steps is not UNSET:
            attestation_steps = []
            for attestation_steps_item_data in _attestation_steps:
                if attestation_steps_item_data is None:
                    continue
                attestation_steps_item = AttestationStep.from_dict(attestation_steps_item_data)

                attestation_steps.append(attestation_steps_item)

        _attestation = d.pop("attestation", UNSET)
        attestation: Attestation | Unset
        if isinstance(_attestation, Unset):
            attestation = UNSET
        else:
            attestation = Attestation.from_dict(_attestation)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _approved_by = d.pop("approvedBy", UNSET)
        approved_by: Employee | Unset
        if isinstance(_approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = Employee.from_dict(_approved_by)

        _completed_by = d.pop("completedBy", UNSET)
        completed_by: Employee | Unset
        if isinstance(_completed_by, Unset):
            completed_by = UNSET
        else:
            completed_by = Employee.from_dict(_completed_by)

        _rejected_by = d.pop("rejectedBy", UNSET)
        rejected_by: Employee | Unset
        if isinstance(_rejected_by, Unset):
            rejected_by = UNSET
        else:
            rejected_by = Employee.from_dict(_rejected_by)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _free_dimension_1 = d.pop("freeDimension1", UNSET)
        free_dimension_1: AccountingDimensionValue | Unset
        if isinstance(_free_dimension_1, Unset):
            free_dimension_1 = UNSET
        else:
            free_dimension_1 = AccountingDimensionValue.from_dict(_free_dimension_1)

        _free_dimension_2 = d.pop("freeDimension2", UNSET)
        free_dimension_2: AccountingDimensionValue | Unset
        if isinstance(_free_dimension_2, Unset):
            free_dimension_2 = UNSET
        else:
            free_dimension_2 = AccountingDimensionValue.from_dict(_free_dimension_2)

        _free_dimension_3 = d.pop("freeDimension3", UNSET)
        free_dimension_3: AccountingDimensionValue | Unset
        if isinstance(_free_dimension_3, Unset):
            free_dimension_3 = UNSET
        else:
            free_dimension_3 = AccountingDimensionValue.from_dict(_free_dimension_3)

        _payslip = d.pop("payslip", UNSET)
        payslip: Payslip | Unset
        if isinstance(_payslip, Unset):
            payslip = UNSET
        else:
            payslip = Payslip.from_dict(_payslip)

        _vat_type = d.pop("vatType", UNSET)
        vat_type: VatType | Unset
        if isinstance(_vat_type, Unset):
            vat_type = UNSET
        else:
            vat_type = VatType.from_dict(_vat_type)

        _payment_currency = d.pop("paymentCurrency", UNSET)
        payment_currency: Currency | Unset
        if isinstance(_payment_currency, Unset):
            payment_currency = UNSET
        else:
            payment_currency = Currency.from_dict(_payment_currency)

        _travel_details = d.pop("travelDetails", UNSET)
        travel_details: TravelDetails | Unset
        if isinstance(_travel_details, Unset):
            travel_details = UNSET
        else:
            travel_details = TravelDetails.from_dict(_travel_details)

        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        _attachment = d.pop("attachment", UNSET)
        attachment: Document | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = Document.from_dict(_attachment)

        is_completed = d.pop("isCompleted", UNSET)

        is_approved = d.pop("isApproved", UNSET)

        rejected_comment = d.pop("rejectedComment", UNSET)

        is_chargeable = d.pop("isChargeable", UNSET)

        is_fixed_invoiced_amount = d.pop("isFixedInvoicedAmount", UNSET)

        is_markup_invoiced_percent = d.pop("isMarkupInvoicedPercent", UNSET)

        is_include_attached_receipts_when_reinvoicing = d.pop("isIncludeAttachedReceiptsWhenReinvoicing", UNSET)

        completed_date = d.pop("completedDate", UNSET)

        approved_date = d.pop("approvedDate", UNSET)

        date = d.pop("date", UNSET)

        travel_advance = d.pop("travelAdvance", UNSET)

        fixed_invoiced_amount = d.pop("fixedInvoicedAmount", UNSET)

        markup_invoiced_percent = d.pop("markupInvoicedPercent", UNSET)

        amount = d.pop("amount", UNSET)

        chargeable_amount_currency = d.pop("chargeableAmountCurrency", UNSET)

        payment_amount = d.pop("paymentAmount", UNSET)

        chargeable_amount = d.pop("chargeableAmount", UNSET)

        low_rate_vat = d.pop("lowRateVAT", UNSET)

        medium_rate_vat = d.pop("mediumRateVAT", UNSET)

        high_rate_vat = d.pop("highRateVAT", UNSET)

        payment_amount_currency = d.pop("paymentAmountCurrency", UNSET)

        number = d.pop("number", UNSET)

        number_as_string = d.pop("numberAsString", UNSET)

        _invoice = d.pop("invoice", UNSET)
        invoice: Invoice | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = Invoice.from_dict(_invoice)

        title = d.pop("title", UNSET)

        display_name = d.pop("displayName", UNSET)

        display_name_without_number = d.pop("displayNameWithoutNumber", UNSET)

        _per_diem_compensations = d.pop("perDiemCompensations", UNSET)
        per_diem_compensations: list[PerDiemCompensation] | Unset = UNSET
        if _per_diem_compensations is not UNSET:
            per_diem_compensations = []
            for per_diem_compensations_item_data in _per_diem_compensations:
                if per_diem_compensations_item_data is None:
                    continue
                per_diem_compensations_item = PerDiemCompensation.from_dict(per_diem_compensations_item_data)

                per_diem_compensations.append(per_diem_compensations_item)

        _mileage_allowances = d.pop("mileageAllowances", UNSET)
        mileage_allowances: list[MileageAllowance] | Unset = UNSET
        if _mileage_allowances is not UNSET:
            mileage_allowances = []
            for mileage_allowances_item_data in _mileage_allowances:
                if mileage_allowances_item_data is None:
                    continue
                mileage_allowances_item = MileageAllowance.from_dict(mileage_allowances_item_data)

                mileage_allowances.append(mileage_allowances_item)

        _accommodation_allowances = d.pop("accommodationAllowances", UNSET)
        accommodation_allowances: list[AccommodationAllowance] | Unset = UNSET
        if _accommodation_allowances is not UNSET:
            accommodation_allowances = []
            for accommodation_allowances_item_data in _accommodation_allowances:
                if accommodation_allowances_item_data is None:
                    continue
                accommodation_allowances_item = AccommodationAllowance.from_dict(accommodation_allowances_item_data)

                accommodation_allowances.append(accommodation_allowances_item)

        _costs = d.pop("costs", UNSET)
        costs: list[Cost] | Unset = UNSET
        if _costs is not UNSET:
            costs = []
            for costs_item_data in _costs:
                if costs_item_data is None:
                    continue
                costs_item = Cost.from_dict(costs_item_data)

                costs.append(costs_item)

        attachment_count = d.pop("attachmentCount", UNSET)

        _state = d.pop("state", UNSET)
        state: TravelExpenseState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = TravelExpenseState(_state)

        state_name = d.pop("stateName", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[Link] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                if actions_item_data is None:
                    continue
                actions_item = Link.from_dict(actions_item_data)

                actions.append(actions_item)

        is_salary_admin = d.pop("isSalaryAdmin", UNSET)

        show_payslip = d.pop("showPayslip", UNSET)

        accounting_period_closed = d.pop("accountingPeriodClosed", UNSET)

        accounting_period_vat_closed = d.pop("accountingPeriodVATClosed", UNSET)

        type_ = d.pop("type", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            attestation_steps=attestation_steps,
            attestation=attestation,
            project=project,
            employee=employee,
            approved_by=approved_by,
            completed_by=completed_by,
            rejected_by=rejected_by,
            department=department,
            free_dimension_1=free_dimension_1,
            free_dimension_2=free_dimension_2,
            free_dimension_3=free_dimension_3,
            payslip=payslip,
            vat_type=vat_type,
            payment_currency=payment_currency,
            travel_details=travel_details,
            voucher=voucher,
            attachment=attachment,
            is_completed=is_completed,
            is_approved=is_approved,
            rejected_comment=rejected_comment,
            is_chargeable=is_chargeable,
            is_fixed_invoiced_amount=is_fixed_invoiced_amount,
            is_markup_invoiced_percent=is_markup_invoiced_percent,
            is_include_attached_receipts_when_reinvoicing=is_include_attached_receipts_when_reinvoicing,
            completed_date=completed_date,
            approved_date=approved_date,
            date=date,
            travel_advance=travel_advance,
            fixed_invoiced_amount=fixed_invoiced_amount,
            markup_invoiced_percent=markup_invoiced_percent,
            amount=amount,
            chargeable_amount_currency=chargeable_amount_currency,
            payment_amount=payment_amount,
            chargeable_amount=chargeable_amount,
            low_rate_vat=low_rate_vat,
            medium_rate_vat=medium_rate_vat,
            high_rate_vat=high_rate_vat,
            payment_amount_currency=payment_amount_currency,
            number=number,
            number_as_string=number_as_string,
            invoice=invoice,
            title=title,
            display_name=display_name,
            display_name_without_number=display_name_without_number,
            per_diem_compensations=per_diem_compensations,
            mileage_allowances=mileage_allowances,
            accommodation_allowances=accommodation_allowances,
            costs=costs,
            attachment_count=attachment_count,
            state=state,
            state_name=state_name,
            actions=actions,
            is_salary_admin=is_salary_admin,
            show_payslip=show_payslip,
            accounting_period_closed=accounting_period_closed,
            accounting_period_vat_closed=accounting_period_vat_closed,
            type_=type_,
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
