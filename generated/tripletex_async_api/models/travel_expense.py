from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.travel_expense_state import TravelExpenseState
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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("attestationSteps", list, False),
    ("attestation", dict, False),
    ("project", dict, False),
    ("employee", dict, False),
    ("approvedBy", dict, False),
    ("completedBy", dict, False),
    ("rejectedBy", dict, False),
    ("department", dict, False),
    ("freeDimension1", dict, False),
    ("freeDimension2", dict, False),
    ("freeDimension3", dict, False),
    ("payslip", dict, False),
    ("vatType", dict, False),
    ("paymentCurrency", dict, False),
    ("travelDetails", dict, False),
    ("voucher", dict, False),
    ("attachment", dict, False),
    ("invoice", dict, False),
    ("perDiemCompensations", list, False),
    ("mileageAllowances", list, False),
    ("accommodationAllowances", list, False),
    ("costs", list, False),
    ("state", str, False),
    ("actions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TravelExpense(LazyModel):
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
        """A TravelExpense from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_attestation_steps(_tx_v: Any) -> list[AttestationStep] | Unset:
            _attestation_steps = _tx_v
            attestation_steps: list[AttestationStep] | Unset = UNSET
            if _attestation_steps is not UNSET:
                attestation_steps = []
                for attestation_steps_item_data in _attestation_steps:
                    if attestation_steps_item_data is None:
                        continue
                    attestation_steps_item = AttestationStep._tx_from_json(attestation_steps_item_data)

                    attestation_steps.append(attestation_steps_item)

            return attestation_steps

        def _p_attestation(_tx_v: Any) -> Attestation | Unset:
            _attestation = _tx_v
            attestation: Attestation | Unset
            if isinstance(_attestation, Unset):
                attestation = UNSET
            else:
                attestation = Attestation._tx_from_json(_attestation)

            return attestation

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_approved_by(_tx_v: Any) -> Employee | Unset:
            _approved_by = _tx_v
            approved_by: Employee | Unset
            if isinstance(_approved_by, Unset):
                approved_by = UNSET
            else:
                approved_by = Employee._tx_from_json(_approved_by)

            return approved_by

        def _p_completed_by(_tx_v: Any) -> Employee | Unset:
            _completed_by = _tx_v
            completed_by: Employee | Unset
            if isinstance(_completed_by, Unset):
                completed_by = UNSET
            else:
                completed_by = Employee._tx_from_json(_completed_by)

            return completed_by

        def _p_rejected_by(_tx_v: Any) -> Employee | Unset:
            _rejected_by = _tx_v
            rejected_by: Employee | Unset
            if isinstance(_rejected_by, Unset):
                rejected_by = UNSET
            else:
                rejected_by = Employee._tx_from_json(_rejected_by)

            return rejected_by

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_free_dimension_1(_tx_v: Any) -> AccountingDimensionValue | Unset:
            _free_dimension_1 = _tx_v
            free_dimension_1: AccountingDimensionValue | Unset
            if isinstance(_free_dimension_1, Unset):
                free_dimension_1 = UNSET
            else:
                free_dimension_1 = AccountingDimensionValue._tx_from_json(_free_dimension_1)

            return free_dimension_1

        def _p_free_dimension_2(_tx_v: Any) -> AccountingDimensionValue | Unset:
            _free_dimension_2 = _tx_v
            free_dimension_2: AccountingDimensionValue | Unset
            if isinstance(_free_dimension_2, Unset):
                free_dimension_2 = UNSET
            else:
                free_dimension_2 = AccountingDimensionValue._tx_from_json(_free_dimension_2)

            return free_dimension_2

        def _p_free_dimension_3(_tx_v: Any) -> AccountingDimensionValue | Unset:
            _free_dimension_3 = _tx_v
            free_dimension_3: AccountingDimensionValue | Unset
            if isinstance(_free_dimension_3, Unset):
                free_dimension_3 = UNSET
            else:
                free_dimension_3 = AccountingDimensionValue._tx_from_json(_free_dimension_3)

            return free_dimension_3

        def _p_payslip(_tx_v: Any) -> Payslip | Unset:
            _payslip = _tx_v
            payslip: Payslip | Unset
            if isinstance(_payslip, Unset):
                payslip = UNSET
            else:
                payslip = Payslip._tx_from_json(_payslip)

            return payslip

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_payment_currency(_tx_v: Any) -> Currency | Unset:
            _payment_currency = _tx_v
            payment_currency: Currency | Unset
            if isinstance(_payment_currency, Unset):
                payment_currency = UNSET
            else:
                payment_currency = Currency._tx_from_json(_payment_currency)

            return payment_currency

        def _p_travel_details(_tx_v: Any) -> TravelDetails | Unset:
            _travel_details = _tx_v
            travel_details: TravelDetails | Unset
            if isinstance(_travel_details, Unset):
                travel_details = UNSET
            else:
                travel_details = TravelDetails._tx_from_json(_travel_details)

            return travel_details

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_attachment(_tx_v: Any) -> Document | Unset:
            _attachment = _tx_v
            attachment: Document | Unset
            if isinstance(_attachment, Unset):
                attachment = UNSET
            else:
                attachment = Document._tx_from_json(_attachment)

            return attachment

        def _p_invoice(_tx_v: Any) -> Invoice | Unset:
            _invoice = _tx_v
            invoice: Invoice | Unset
            if isinstance(_invoice, Unset):
                invoice = UNSET
            else:
                invoice = Invoice._tx_from_json(_invoice)

            return invoice

        def _p_per_diem_compensations(_tx_v: Any) -> list[PerDiemCompensation] | Unset:
            _per_diem_compensations = _tx_v
            per_diem_compensations: list[PerDiemCompensation] | Unset = UNSET
            if _per_diem_compensations is not UNSET:
                per_diem_compensations = []
                for per_diem_compensations_item_data in _per_diem_compensations:
                    if per_diem_compensations_item_data is None:
                        continue
                    per_diem_compensations_item = PerDiemCompensation._tx_from_json(per_diem_compensations_item_data)

                    per_diem_compensations.append(per_diem_compensations_item)

            return per_diem_compensations

        def _p_mileage_allowances(_tx_v: Any) -> list[MileageAllowance] | Unset:
            _mileage_allowances = _tx_v
            mileage_allowances: list[MileageAllowance] | Unset = UNSET
            if _mileage_allowances is not UNSET:
                mileage_allowances = []
                for mileage_allowances_item_data in _mileage_allowances:
                    if mileage_allowances_item_data is None:
                        continue
                    mileage_allowances_item = MileageAllowance._tx_from_json(mileage_allowances_item_data)

                    mileage_allowances.append(mileage_allowances_item)

            return mileage_allowances

        def _p_accommodation_allowances(_tx_v: Any) -> list[AccommodationAllowance] | Unset:
            _accommodation_allowances = _tx_v
            accommodation_allowances: list[AccommodationAllowance] | Unset = UNSET
            if _accommodation_allowances is not UNSET:
                accommodation_allowances = []
                for accommodation_allowances_item_data in _accommodation_allowances:
                    if accommodation_allowances_item_data is None:
                        continue
                    accommodation_allowances_item = AccommodationAllowance._tx_from_json(
                        accommodation_allowances_item_data
                    )

                    accommodation_allowances.append(accommodation_allowances_item)

            return accommodation_allowances

        def _p_costs(_tx_v: Any) -> list[Cost] | Unset:
            _costs = _tx_v
            costs: list[Cost] | Unset = UNSET
            if _costs is not UNSET:
                costs = []
                for costs_item_data in _costs:
                    if costs_item_data is None:
                        continue
                    costs_item = Cost._tx_from_json(costs_item_data)

                    costs.append(costs_item)

            return costs

        def _p_state(_tx_v: Any) -> TravelExpenseState | Unset:
            _state = _tx_v
            state: TravelExpenseState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = TravelExpenseState(_state)

            return state

        def _p_actions(_tx_v: Any) -> list[Link] | Unset:
            _actions = _tx_v
            actions: list[Link] | Unset = UNSET
            if _actions is not UNSET:
                actions = []
                for actions_item_data in _actions:
                    if actions_item_data is None:
                        continue
                    actions_item = Link._tx_from_json(actions_item_data)

                    actions.append(actions_item)

            return actions

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "attestation_steps": ("attestationSteps", _p_attestation_steps),
            "attestation": ("attestation", _p_attestation),
            "project": ("project", _p_project),
            "employee": ("employee", _p_employee),
            "approved_by": ("approvedBy", _p_approved_by),
            "completed_by": ("completedBy", _p_completed_by),
            "rejected_by": ("rejectedBy", _p_rejected_by),
            "department": ("department", _p_department),
            "free_dimension_1": ("freeDimension1", _p_free_dimension_1),
            "free_dimension_2": ("freeDimension2", _p_free_dimension_2),
            "free_dimension_3": ("freeDimension3", _p_free_dimension_3),
            "payslip": ("payslip", _p_payslip),
            "vat_type": ("vatType", _p_vat_type),
            "payment_currency": ("paymentCurrency", _p_payment_currency),
            "travel_details": ("travelDetails", _p_travel_details),
            "voucher": ("voucher", _p_voucher),
            "attachment": ("attachment", _p_attachment),
            "is_completed": ("isCompleted", None),
            "is_approved": ("isApproved", None),
            "rejected_comment": ("rejectedComment", None),
            "is_chargeable": ("isChargeable", None),
            "is_fixed_invoiced_amount": ("isFixedInvoicedAmount", None),
            "is_markup_invoiced_percent": ("isMarkupInvoicedPercent", None),
            "is_include_attached_receipts_when_reinvoicing": ("isIncludeAttachedReceiptsWhenReinvoicing", None),
            "completed_date": ("completedDate", None),
            "approved_date": ("approvedDate", None),
            "date": ("date", None),
            "travel_advance": ("travelAdvance", None),
            "fixed_invoiced_amount": ("fixedInvoicedAmount", None),
            "markup_invoiced_percent": ("markupInvoicedPercent", None),
            "amount": ("amount", None),
            "chargeable_amount_currency": ("chargeableAmountCurrency", None),
            "payment_amount": ("paymentAmount", None),
            "chargeable_amount": ("chargeableAmount", None),
            "low_rate_vat": ("lowRateVAT", None),
            "medium_rate_vat": ("mediumRateVAT", None),
            "high_rate_vat": ("highRateVAT", None),
            "payment_amount_currency": ("paymentAmountCurrency", None),
            "number": ("number", None),
            "number_as_string": ("numberAsString", None),
            "invoice": ("invoice", _p_invoice),
            "title": ("title", None),
            "display_name": ("displayName", None),
            "display_name_without_number": ("displayNameWithoutNumber", None),
            "per_diem_compensations": ("perDiemCompensations", _p_per_diem_compensations),
            "mileage_allowances": ("mileageAllowances", _p_mileage_allowances),
            "accommodation_allowances": ("accommodationAllowances", _p_accommodation_allowances),
            "costs": ("costs", _p_costs),
            "attachment_count": ("attachmentCount", None),
            "state": ("state", _p_state),
            "state_name": ("stateName", None),
            "actions": ("actions", _p_actions),
            "is_salary_admin": ("isSalaryAdmin", None),
            "show_payslip": ("showPayslip", None),
            "accounting_period_closed": ("accountingPeriodClosed", None),
            "accounting_period_vat_closed": ("accountingPeriodVATClosed", None),
            "type_": ("type", None),
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
