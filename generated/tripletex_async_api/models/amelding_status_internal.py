from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amelding_status_internal_amelding_detailed_status import AmeldingStatusInternalAmeldingDetailedStatus
from ..models.amelding_status_internal_amelding_summary_status import AmeldingStatusInternalAmeldingSummaryStatus
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
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="AmeldingStatusInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("company", dict, False),
    ("ameldingActorEmployee", dict, False),
    ("paymentActorEmployee", dict, False),
    ("ameldingSummaryStatus", str, False),
    ("ameldingDetailedStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AmeldingStatusInternal(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        company (Company | Unset): Vendor of the product
        amelding_actor_employee (Employee | Unset):
        payment_actor_employee (Employee | Unset):
        last_amelding_action_time (str | Unset): [read-only] Time for last A-melding action
        last_payment_action_time (str | Unset): [read-only] Time for last payment of taxes (etc) action
        amelding_summary_status (AmeldingStatusInternalAmeldingSummaryStatus | Unset): [read-only] Summary of current
            A-melding status in period
        amelding_detailed_status (AmeldingStatusInternalAmeldingDetailedStatus | Unset): [read-only] Detailed status of
            current A-melding situation in period
        tax_deduction_accrued (float | Unset): [read-only] Tax deduction amount accrued from a-melding
        payroll_tax_accrued (float | Unset): [read-only] Payroll tax (ENI) amount accrued from a-melding
        finance_tax_accrued (float | Unset): [read-only] Finance tax amount accrued from a-melding
        mandatory_deduction_accrued (float | Unset): [read-only] Mandatory deduction amount accrued from a-melding
        tax_deduction_not_paid (float | Unset): [read-only] Tax deduction amount not paid
        payroll_tax_not_paid (float | Unset): [read-only] Payroll tax (ENI) amount not paid
        finance_tax_not_paid (float | Unset): [read-only] Finance tax amount not paid
        mandatory_deduction_not_paid (float | Unset): [read-only] Mandatory deduction amount not paid
        tax_period_name (str | Unset): [read-only] Name of the period the tax is accrued
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    company: Company | Unset = UNSET
    amelding_actor_employee: Employee | Unset = UNSET
    payment_actor_employee: Employee | Unset = UNSET
    last_amelding_action_time: str | Unset = UNSET
    last_payment_action_time: str | Unset = UNSET
    amelding_summary_status: AmeldingStatusInternalAmeldingSummaryStatus | Unset = UNSET
    amelding_detailed_status: AmeldingStatusInternalAmeldingDetailedStatus | Unset = UNSET
    tax_deduction_accrued: float | Unset = UNSET
    payroll_tax_accrued: float | Unset = UNSET
    finance_tax_accrued: float | Unset = UNSET
    mandatory_deduction_accrued: float | Unset = UNSET
    tax_deduction_not_paid: float | Unset = UNSET
    payroll_tax_not_paid: float | Unset = UNSET
    finance_tax_not_paid: float | Unset = UNSET
    mandatory_deduction_not_paid: float | Unset = UNSET
    tax_period_name: str | Unset = UNSET
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

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        amelding_actor_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amelding_actor_employee, Unset):
            amelding_actor_employee = self.amelding_actor_employee.to_dict()

        payment_actor_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_actor_employee, Unset):
            payment_actor_employee = self.payment_actor_employee.to_dict()

        last_amelding_action_time = self.last_amelding_action_time

        last_payment_action_time = self.last_payment_action_time

        amelding_summary_status: str | Unset = UNSET
        if not isinstance(self.amelding_summary_status, Unset):
            amelding_summary_status = self.amelding_summary_status.value

        amelding_detailed_status: str | Unset = UNSET
        if not isinstance(self.amelding_detailed_status, Unset):
            amelding_detailed_status = self.amelding_detailed_status.value

        tax_deduction_accrued = self.tax_deduction_accrued

        payroll_tax_accrued = self.payroll_tax_accrued

        finance_tax_accrued = self.finance_tax_accrued

        mandatory_deduction_accrued = self.mandatory_deduction_accrued

        tax_deduction_not_paid = self.tax_deduction_not_paid

        payroll_tax_not_paid = self.payroll_tax_not_paid

        finance_tax_not_paid = self.finance_tax_not_paid

        mandatory_deduction_not_paid = self.mandatory_deduction_not_paid

        tax_period_name = self.tax_period_name

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
        if company is not UNSET:
            field_dict["company"] = company
        if amelding_actor_employee is not UNSET:
            field_dict["ameldingActorEmployee"] = amelding_actor_employee
        if payment_actor_employee is not UNSET:
            field_dict["paymentActorEmployee"] = payment_actor_employee
        if last_amelding_action_time is not UNSET and not _in_request:
            field_dict["lastAmeldingActionTime"] = last_amelding_action_time
        if last_payment_action_time is not UNSET and not _in_request:
            field_dict["lastPaymentActionTime"] = last_payment_action_time
        if amelding_summary_status is not UNSET and not _in_request:
            field_dict["ameldingSummaryStatus"] = amelding_summary_status
        if amelding_detailed_status is not UNSET and not _in_request:
            field_dict["ameldingDetailedStatus"] = amelding_detailed_status
        if tax_deduction_accrued is not UNSET and not _in_request:
            field_dict["taxDeductionAccrued"] = tax_deduction_accrued
        if payroll_tax_accrued is not UNSET and not _in_request:
            field_dict["payrollTaxAccrued"] = payroll_tax_accrued
        if finance_tax_accrued is not UNSET and not _in_request:
            field_dict["financeTaxAccrued"] = finance_tax_accrued
        if mandatory_deduction_accrued is not UNSET and not _in_request:
            field_dict["mandatoryDeductionAccrued"] = mandatory_deduction_accrued
        if tax_deduction_not_paid is not UNSET and not _in_request:
            field_dict["taxDeductionNotPaid"] = tax_deduction_not_paid
        if payroll_tax_not_paid is not UNSET and not _in_request:
            field_dict["payrollTaxNotPaid"] = payroll_tax_not_paid
        if finance_tax_not_paid is not UNSET and not _in_request:
            field_dict["financeTaxNotPaid"] = finance_tax_not_paid
        if mandatory_deduction_not_paid is not UNSET and not _in_request:
            field_dict["mandatoryDeductionNotPaid"] = mandatory_deduction_not_paid
        if tax_period_name is not UNSET and not _in_request:
            field_dict["taxPeriodName"] = tax_period_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingStatusInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
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

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_amelding_actor_employee(_tx_v: Any) -> Employee | Unset:
            _amelding_actor_employee = _tx_v
            amelding_actor_employee: Employee | Unset
            if isinstance(_amelding_actor_employee, Unset):
                amelding_actor_employee = UNSET
            else:
                amelding_actor_employee = Employee._tx_from_json(_amelding_actor_employee)

            return amelding_actor_employee

        def _p_payment_actor_employee(_tx_v: Any) -> Employee | Unset:
            _payment_actor_employee = _tx_v
            payment_actor_employee: Employee | Unset
            if isinstance(_payment_actor_employee, Unset):
                payment_actor_employee = UNSET
            else:
                payment_actor_employee = Employee._tx_from_json(_payment_actor_employee)

            return payment_actor_employee

        def _p_amelding_summary_status(_tx_v: Any) -> AmeldingStatusInternalAmeldingSummaryStatus | Unset:
            _amelding_summary_status = _tx_v
            amelding_summary_status: AmeldingStatusInternalAmeldingSummaryStatus | Unset
            if isinstance(_amelding_summary_status, Unset):
                amelding_summary_status = UNSET
            else:
                amelding_summary_status = AmeldingStatusInternalAmeldingSummaryStatus(_amelding_summary_status)

            return amelding_summary_status

        def _p_amelding_detailed_status(_tx_v: Any) -> AmeldingStatusInternalAmeldingDetailedStatus | Unset:
            _amelding_detailed_status = _tx_v
            amelding_detailed_status: AmeldingStatusInternalAmeldingDetailedStatus | Unset
            if isinstance(_amelding_detailed_status, Unset):
                amelding_detailed_status = UNSET
            else:
                amelding_detailed_status = AmeldingStatusInternalAmeldingDetailedStatus(_amelding_detailed_status)

            return amelding_detailed_status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "company",
                "ameldingActorEmployee",
                "paymentActorEmployee",
                "lastAmeldingActionTime",
                "lastPaymentActionTime",
                "ameldingSummaryStatus",
                "ameldingDetailedStatus",
                "taxDeductionAccrued",
                "payrollTaxAccrued",
                "financeTaxAccrued",
                "mandatoryDeductionAccrued",
                "taxDeductionNotPaid",
                "payrollTaxNotPaid",
                "financeTaxNotPaid",
                "mandatoryDeductionNotPaid",
                "taxPeriodName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "company": ("company", _p_company),
            "amelding_actor_employee": ("ameldingActorEmployee", _p_amelding_actor_employee),
            "payment_actor_employee": ("paymentActorEmployee", _p_payment_actor_employee),
            "last_amelding_action_time": ("lastAmeldingActionTime", None),
            "last_payment_action_time": ("lastPaymentActionTime", None),
            "amelding_summary_status": ("ameldingSummaryStatus", _p_amelding_summary_status),
            "amelding_detailed_status": ("ameldingDetailedStatus", _p_amelding_detailed_status),
            "tax_deduction_accrued": ("taxDeductionAccrued", None),
            "payroll_tax_accrued": ("payrollTaxAccrued", None),
            "finance_tax_accrued": ("financeTaxAccrued", None),
            "mandatory_deduction_accrued": ("mandatoryDeductionAccrued", None),
            "tax_deduction_not_paid": ("taxDeductionNotPaid", None),
            "payroll_tax_not_paid": ("payrollTaxNotPaid", None),
            "finance_tax_not_paid": ("financeTaxNotPaid", None),
            "mandatory_deduction_not_paid": ("mandatoryDeductionNotPaid", None),
            "tax_period_name": ("taxPeriodName", None),
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
