from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amelding_status_internal_amelding_detailed_status import AmeldingStatusInternalAmeldingDetailedStatus
from ..models.amelding_status_internal_amelding_summary_status import AmeldingStatusInternalAmeldingSummaryStatus
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
    from ..models.change import Change
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="AmeldingStatusInternal")


@_attrs_define
class AmeldingStatusInternal(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        company (Company | Unset): Vendor of the product
        amelding_actor_employee (Employee | Unset):
        payment_actor_employee (Employee | Unset):
        last_amelding_action_time (str | Unset): Time for last A-melding action
        last_payment_action_time (str | Unset): Time for last payment of taxes (etc) action
        amelding_summary_status (AmeldingStatusInternalAmeldingSummaryStatus | Unset): Summary of current A-melding
            status in period
        amelding_detailed_status (AmeldingStatusInternalAmeldingDetailedStatus | Unset): Detailed status of current
            A-melding situation in period
        tax_deduction_accrued (float | Unset): Tax deduction amount accrued from a-melding
        payroll_tax_accrued (float | Unset): Payroll tax (ENI) amount accrued from a-melding
        finance_tax_accrued (float | Unset): Finance tax amount accrued from a-melding
        mandatory_deduction_accrued (float | Unset): Mandatory deduction amount accrued from a-melding
        tax_deduction_not_paid (float | Unset): Tax deduction amount not paid
        payroll_tax_not_paid (float | Unset): Payroll tax (ENI) amount not paid
        finance_tax_not_paid (float | Unset): Finance tax amount not paid
        mandatory_deduction_not_paid (float | Unset): Mandatory deduction amount not paid
        tax_period_name (str | Unset): Name of the period the tax is accrued
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
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.amelding_actor_employee
        if _v is not UNSET:
            field_dict["ameldingActorEmployee"] = _v.to_dict()
        _v = self.payment_actor_employee
        if _v is not UNSET:
            field_dict["paymentActorEmployee"] = _v.to_dict()
        _v = self.last_amelding_action_time
        if _v is not UNSET and not _in_request:
            field_dict["lastAmeldingActionTime"] = _v
        _v = self.last_payment_action_time
        if _v is not UNSET and not _in_request:
            field_dict["lastPaymentActionTime"] = _v
        _v = self.amelding_summary_status
        if _v is not UNSET and not _in_request:
            field_dict["ameldingSummaryStatus"] = _v._value_
        _v = self.amelding_detailed_status
        if _v is not UNSET and not _in_request:
            field_dict["ameldingDetailedStatus"] = _v._value_
        _v = self.tax_deduction_accrued
        if _v is not UNSET and not _in_request:
            field_dict["taxDeductionAccrued"] = _v
        _v = self.payroll_tax_accrued
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxAccrued"] = _v
        _v = self.finance_tax_accrued
        if _v is not UNSET and not _in_request:
            field_dict["financeTaxAccrued"] = _v
        _v = self.mandatory_deduction_accrued
        if _v is not UNSET and not _in_request:
            field_dict["mandatoryDeductionAccrued"] = _v
        _v = self.tax_deduction_not_paid
        if _v is not UNSET and not _in_request:
            field_dict["taxDeductionNotPaid"] = _v
        _v = self.payroll_tax_not_paid
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxNotPaid"] = _v
        _v = self.finance_tax_not_paid
        if _v is not UNSET and not _in_request:
            field_dict["financeTaxNotPaid"] = _v
        _v = self.mandatory_deduction_not_paid
        if _v is not UNSET and not _in_request:
            field_dict["mandatoryDeductionNotPaid"] = _v
        _v = self.tax_period_name
        if _v is not UNSET and not _in_request:
            field_dict["taxPeriodName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingStatusInternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AmeldingStatusInternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_amelding_summary_status: dict[Any, Any] = enum_members(AmeldingStatusInternalAmeldingSummaryStatus)
        _e_amelding_detailed_status: dict[Any, Any] = enum_members(AmeldingStatusInternalAmeldingDetailedStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "lastAmeldingActionTime": "last_amelding_action_time",
            "lastPaymentActionTime": "last_payment_action_time",
            "taxDeductionAccrued": "tax_deduction_accrued",
            "payrollTaxAccrued": "payroll_tax_accrued",
            "financeTaxAccrued": "finance_tax_accrued",
            "mandatoryDeductionAccrued": "mandatory_deduction_accrued",
            "taxDeductionNotPaid": "tax_deduction_not_paid",
            "payrollTaxNotPaid": "payroll_tax_not_paid",
            "financeTaxNotPaid": "finance_tax_not_paid",
            "mandatoryDeductionNotPaid": "mandatory_deduction_not_paid",
            "taxPeriodName": "tax_period_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.company = o.amelding_actor_employee = (
                        o.payment_actor_employee
                    ) = o.last_amelding_action_time = o.last_payment_action_time = o.amelding_summary_status = (
                        o.amelding_detailed_status
                    ) = o.tax_deduction_accrued = o.payroll_tax_accrued = o.finance_tax_accrued = (
                        o.mandatory_deduction_accrued
                    ) = o.tax_deduction_not_paid = o.payroll_tax_not_paid = o.finance_tax_not_paid = (
                        o.mandatory_deduction_not_paid
                    ) = o.tax_period_name = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.company = o.amelding_actor_employee = (
                        o.payment_actor_employee
                    ) = o.last_amelding_action_time = o.last_payment_action_time = o.amelding_summary_status = (
                        o.amelding_detailed_status
                    ) = o.tax_deduction_accrued = o.payroll_tax_accrued = o.finance_tax_accrued = (
                        o.mandatory_deduction_accrued
                    ) = o.tax_deduction_not_paid = o.payroll_tax_not_paid = o.finance_tax_not_paid = (
                        o.mandatory_deduction_not_paid
                    ) = o.tax_period_name = UNSET
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
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                k = "ameldingActorEmployee"
                v = g("ameldingActorEmployee")
                if v is None:
                    o.amelding_actor_employee = u
                    if "ameldingActorEmployee" not in d:
                        m += 1
                else:
                    o.amelding_actor_employee = Employee._tx_parse(v)
                k = "paymentActorEmployee"
                v = g("paymentActorEmployee")
                if v is None:
                    o.payment_actor_employee = u
                    if "paymentActorEmployee" not in d:
                        m += 1
                else:
                    o.payment_actor_employee = Employee._tx_parse(v)
                v = g("lastAmeldingActionTime")
                if v is None:
                    o.last_amelding_action_time = u
                    if "lastAmeldingActionTime" not in d:
                        m += 1
                else:
                    o.last_amelding_action_time = v
                v = g("lastPaymentActionTime")
                if v is None:
                    o.last_payment_action_time = u
                    if "lastPaymentActionTime" not in d:
                        m += 1
                else:
                    o.last_payment_action_time = v
                k = "ameldingSummaryStatus"
                v = g("ameldingSummaryStatus")
                if v is None:
                    o.amelding_summary_status = u
                    if "ameldingSummaryStatus" not in d:
                        m += 1
                else:
                    o.amelding_summary_status = (
                        e_
                        if (e_ := _e_amelding_summary_status.get(v)) is not None
                        else enum_value(AmeldingStatusInternalAmeldingSummaryStatus, v)
                    )
                k = "ameldingDetailedStatus"
                v = g("ameldingDetailedStatus")
                if v is None:
                    o.amelding_detailed_status = u
                    if "ameldingDetailedStatus" not in d:
                        m += 1
                else:
                    o.amelding_detailed_status = (
                        e_
                        if (e_ := _e_amelding_detailed_status.get(v)) is not None
                        else enum_value(AmeldingStatusInternalAmeldingDetailedStatus, v)
                    )
                v = g("taxDeductionAccrued")
                if v is None:
                    o.tax_deduction_accrued = u
                    if "taxDeductionAccrued" not in d:
                        m += 1
                else:
                    o.tax_deduction_accrued = v
                v = g("payrollTaxAccrued")
                if v is None:
                    o.payroll_tax_accrued = u
                    if "payrollTaxAccrued" not in d:
                        m += 1
                else:
                    o.payroll_tax_accrued = v
                v = g("financeTaxAccrued")
                if v is None:
                    o.finance_tax_accrued = u
                    if "financeTaxAccrued" not in d:
                        m += 1
                else:
                    o.finance_tax_accrued = v
                v = g("mandatoryDeductionAccrued")
                if v is None:
                    o.mandatory_deduction_accrued = u
                    if "mandatoryDeductionAccrued" not in d:
                        m += 1
                else:
                    o.mandatory_deduction_accrued = v
                v = g("taxDeductionNotPaid")
                if v is None:
                    o.tax_deduction_not_paid = u
                    if "taxDeductionNotPaid" not in d:
                        m += 1
                else:
                    o.tax_deduction_not_paid = v
                v = g("payrollTaxNotPaid")
                if v is None:
                    o.payroll_tax_not_paid = u
                    if "payrollTaxNotPaid" not in d:
                        m += 1
                else:
                    o.payroll_tax_not_paid = v
                v = g("financeTaxNotPaid")
                if v is None:
                    o.finance_tax_not_paid = u
                    if "financeTaxNotPaid" not in d:
                        m += 1
                else:
                    o.finance_tax_not_paid = v
                v = g("mandatoryDeductionNotPaid")
                if v is None:
                    o.mandatory_deduction_not_paid = u
                    if "mandatoryDeductionNotPaid" not in d:
                        m += 1
                else:
                    o.mandatory_deduction_not_paid = v
                v = g("taxPeriodName")
                if v is None:
                    o.tax_period_name = u
                    if "taxPeriodName" not in d:
                        m += 1
                else:
                    o.tax_period_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("company", "company"),
            ("amelding_actor_employee", "ameldingActorEmployee"),
            ("payment_actor_employee", "paymentActorEmployee"),
            ("last_amelding_action_time", "lastAmeldingActionTime"),
            ("last_payment_action_time", "lastPaymentActionTime"),
            ("amelding_summary_status", "ameldingSummaryStatus"),
            ("amelding_detailed_status", "ameldingDetailedStatus"),
            ("tax_deduction_accrued", "taxDeductionAccrued"),
            ("payroll_tax_accrued", "payrollTaxAccrued"),
            ("finance_tax_accrued", "financeTaxAccrued"),
            ("mandatory_deduction_accrued", "mandatoryDeductionAccrued"),
            ("tax_deduction_not_paid", "taxDeductionNotPaid"),
            ("payroll_tax_not_paid", "payrollTaxNotPaid"),
            ("finance_tax_not_paid", "financeTaxNotPaid"),
            ("mandatory_deduction_not_paid", "mandatoryDeductionNotPaid"),
            ("tax_period_name", "taxPeriodName"),
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
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.amelding_actor_employee
            o.amelding_actor_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.payment_actor_employee
            o.payment_actor_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.last_amelding_action_time
            o.last_amelding_action_time = u if v is None else v
            v = s.last_payment_action_time
            o.last_payment_action_time = u if v is None else v
            v = s.amelding_summary_status
            o.amelding_summary_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_amelding_summary_status.get(v)) is not None
                else enum_value(AmeldingStatusInternalAmeldingSummaryStatus, v)
            )
            v = s.amelding_detailed_status
            o.amelding_detailed_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_amelding_detailed_status.get(v)) is not None
                else enum_value(AmeldingStatusInternalAmeldingDetailedStatus, v)
            )
            v = s.tax_deduction_accrued
            o.tax_deduction_accrued = u if v is None else v
            v = s.payroll_tax_accrued
            o.payroll_tax_accrued = u if v is None else v
            v = s.finance_tax_accrued
            o.finance_tax_accrued = u if v is None else v
            v = s.mandatory_deduction_accrued
            o.mandatory_deduction_accrued = u if v is None else v
            v = s.tax_deduction_not_paid
            o.tax_deduction_not_paid = u if v is None else v
            v = s.payroll_tax_not_paid
            o.payroll_tax_not_paid = u if v is None else v
            v = s.finance_tax_not_paid
            o.finance_tax_not_paid = u if v is None else v
            v = s.mandatory_deduction_not_paid
            o.mandatory_deduction_not_paid = u if v is None else v
            v = s.tax_period_name
            o.tax_period_name = u if v is None else v
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
