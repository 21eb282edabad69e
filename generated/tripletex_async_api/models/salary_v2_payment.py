from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_payment_delivery_method_pay_slip import SalaryV2PaymentDeliveryMethodPaySlip
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
    from ..models.employment import Employment
    from ..models.municipality import Municipality
    from ..models.salary_v2_employee import SalaryV2Employee
    from ..models.salary_v2_payment_validation_result import SalaryV2PaymentValidationResult
    from ..models.salary_v2_specification import SalaryV2Specification
    from ..models.salary_v2_travel_expense import SalaryV2TravelExpense


T = TypeVar("T", bound="SalaryV2Payment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employee", dict, False),
    ("employment", dict, False),
    ("payrollTaxMunicipality", dict, False),
    ("division", dict, False),
    ("deliveryMethodPaySlip", str, False),
    ("specifications", list, False),
    ("travelExpenses", list, False),
    ("validationResults", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Payment(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee (SalaryV2Employee | Unset):
        employment (Employment | Unset): Employments tied to the employee
        date (str | Unset): Voucher date.
        year (int | Unset):
        month (int | Unset):
        gross_amount (float | Unset): [read-only]
        amount (float | Unset): [read-only]
        number (int | Unset): [read-only]
        payroll_tax_municipality (Municipality | Unset):
        division (Company | Unset): Vendor of the product
        holiday_allowance_rate (float | Unset): [read-only]
        bank_account_or_iban (str | Unset): [read-only]
        payroll_tax_percentage (float | Unset): [read-only]
        delivery_method_pay_slip (SalaryV2PaymentDeliveryMethodPaySlip | Unset): [read-only]
        is_tax_card_missing (bool | Unset): [read-only]
        comment (str | Unset):
        specifications (list[SalaryV2Specification] | Unset): Link to salary specifications.
        travel_expenses (list[SalaryV2TravelExpense] | Unset): Link to salary specifications.
        employee_hourly_wage (float | Unset): [read-only]
        seamen_days_on_board (int | Unset):
        last_month_paid_amount (float | Unset): [read-only]
        employee_salary_date (str | Unset): [read-only]
        suggest_add_readjustment (bool | Unset): [read-only]
        is_employment_info_ameldinger (bool | Unset): [read-only]
        seamen_deduction (bool | Unset):
        validation_results (SalaryV2PaymentValidationResult | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: SalaryV2Employee | Unset = UNSET
    employment: Employment | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    gross_amount: float | Unset = UNSET
    amount: float | Unset = UNSET
    number: int | Unset = UNSET
    payroll_tax_municipality: Municipality | Unset = UNSET
    division: Company | Unset = UNSET
    holiday_allowance_rate: float | Unset = UNSET
    bank_account_or_iban: str | Unset = UNSET
    payroll_tax_percentage: float | Unset = UNSET
    delivery_method_pay_slip: SalaryV2PaymentDeliveryMethodPaySlip | Unset = UNSET
    is_tax_card_missing: bool | Unset = UNSET
    comment: str | Unset = UNSET
    specifications: list[SalaryV2Specification] | Unset = UNSET
    travel_expenses: list[SalaryV2TravelExpense] | Unset = UNSET
    employee_hourly_wage: float | Unset = UNSET
    seamen_days_on_board: int | Unset = UNSET
    last_month_paid_amount: float | Unset = UNSET
    employee_salary_date: str | Unset = UNSET
    suggest_add_readjustment: bool | Unset = UNSET
    is_employment_info_ameldinger: bool | Unset = UNSET
    seamen_deduction: bool | Unset = UNSET
    validation_results: SalaryV2PaymentValidationResult | Unset = UNSET
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

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        employment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employment, Unset):
            employment = self.employment.to_dict()

        date = self.date

        year = self.year

        month = self.month

        gross_amount = self.gross_amount

        amount = self.amount

        number = self.number

        payroll_tax_municipality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_tax_municipality, Unset):
            payroll_tax_municipality = self.payroll_tax_municipality.to_dict()

        division: dict[str, Any] | Unset = UNSET
        if not isinstance(self.division, Unset):
            division = self.division.to_dict()

        holiday_allowance_rate = self.holiday_allowance_rate

        bank_account_or_iban = self.bank_account_or_iban

        payroll_tax_percentage = self.payroll_tax_percentage

        delivery_method_pay_slip: str | Unset = UNSET
        if not isinstance(self.delivery_method_pay_slip, Unset):
            delivery_method_pay_slip = self.delivery_method_pay_slip.value

        is_tax_card_missing = self.is_tax_card_missing

        comment = self.comment

        specifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.specifications, Unset):
            specifications = []
            for specifications_item_data in self.specifications:
                specifications_item = specifications_item_data.to_dict()
                specifications.append(specifications_item)

        travel_expenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.travel_expenses, Unset):
            travel_expenses = []
            for travel_expenses_item_data in self.travel_expenses:
                travel_expenses_item = travel_expenses_item_data.to_dict()
                travel_expenses.append(travel_expenses_item)

        employee_hourly_wage = self.employee_hourly_wage

        seamen_days_on_board = self.seamen_days_on_board

        last_month_paid_amount = self.last_month_paid_amount

        employee_salary_date = self.employee_salary_date

        suggest_add_readjustment = self.suggest_add_readjustment

        is_employment_info_ameldinger = self.is_employment_info_ameldinger

        seamen_deduction = self.seamen_deduction

        validation_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_results, Unset):
            validation_results = self.validation_results.to_dict()

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
        if employee is not UNSET:
            field_dict["employee"] = employee
        if employment is not UNSET:
            field_dict["employment"] = employment
        if date is not UNSET:
            field_dict["date"] = date
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if gross_amount is not UNSET and not _in_request:
            field_dict["grossAmount"] = gross_amount
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if payroll_tax_municipality is not UNSET:
            field_dict["payrollTaxMunicipality"] = payroll_tax_municipality
        if division is not UNSET:
            field_dict["division"] = division
        if holiday_allowance_rate is not UNSET and not _in_request:
            field_dict["holidayAllowanceRate"] = holiday_allowance_rate
        if bank_account_or_iban is not UNSET and not _in_request:
            field_dict["bankAccountOrIban"] = bank_account_or_iban
        if payroll_tax_percentage is not UNSET and not _in_request:
            field_dict["payrollTaxPercentage"] = payroll_tax_percentage
        if delivery_method_pay_slip is not UNSET and not _in_request:
            field_dict["deliveryMethodPaySlip"] = delivery_method_pay_slip
        if is_tax_card_missing is not UNSET and not _in_request:
            field_dict["isTaxCardMissing"] = is_tax_card_missing
        if comment is not UNSET:
            field_dict["comment"] = comment
        if specifications is not UNSET:
            field_dict["specifications"] = specifications
        if travel_expenses is not UNSET:
            field_dict["travelExpenses"] = travel_expenses
        if employee_hourly_wage is not UNSET and not _in_request:
            field_dict["employeeHourlyWage"] = employee_hourly_wage
        if seamen_days_on_board is not UNSET:
            field_dict["seamenDaysOnBoard"] = seamen_days_on_board
        if last_month_paid_amount is not UNSET and not _in_request:
            field_dict["lastMonthPaidAmount"] = last_month_paid_amount
        if employee_salary_date is not UNSET and not _in_request:
            field_dict["employeeSalaryDate"] = employee_salary_date
        if suggest_add_readjustment is not UNSET and not _in_request:
            field_dict["suggestAddReadjustment"] = suggest_add_readjustment
        if is_employment_info_ameldinger is not UNSET and not _in_request:
            field_dict["isEmploymentInfoAmeldinger"] = is_employment_info_ameldinger
        if seamen_deduction is not UNSET:
            field_dict["seamenDeduction"] = seamen_deduction
        if validation_results is not UNSET:
            field_dict["validationResults"] = validation_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Payment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415
        from ..models.salary_v2_employee import SalaryV2Employee  # noqa: PLC0415
        from ..models.salary_v2_payment_validation_result import SalaryV2PaymentValidationResult  # noqa: PLC0415
        from ..models.salary_v2_specification import SalaryV2Specification  # noqa: PLC0415
        from ..models.salary_v2_travel_expense import SalaryV2TravelExpense  # noqa: PLC0415

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

        def _p_employee(_tx_v: Any) -> SalaryV2Employee | Unset:
            _employee = _tx_v
            employee: SalaryV2Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = SalaryV2Employee._tx_from_json(_employee)

            return employee

        def _p_employment(_tx_v: Any) -> Employment | Unset:
            _employment = _tx_v
            employment: Employment | Unset
            if isinstance(_employment, Unset):
                employment = UNSET
            else:
                employment = Employment._tx_from_json(_employment)

            return employment

        def _p_payroll_tax_municipality(_tx_v: Any) -> Municipality | Unset:
            _payroll_tax_municipality = _tx_v
            payroll_tax_municipality: Municipality | Unset
            if isinstance(_payroll_tax_municipality, Unset):
                payroll_tax_municipality = UNSET
            else:
                payroll_tax_municipality = Municipality._tx_from_json(_payroll_tax_municipality)

            return payroll_tax_municipality

        def _p_division(_tx_v: Any) -> Company | Unset:
            _division = _tx_v
            division: Company | Unset
            if isinstance(_division, Unset):
                division = UNSET
            else:
                division = Company._tx_from_json(_division)

            return division

        def _p_delivery_method_pay_slip(_tx_v: Any) -> SalaryV2PaymentDeliveryMethodPaySlip | Unset:
            _delivery_method_pay_slip = _tx_v
            delivery_method_pay_slip: SalaryV2PaymentDeliveryMethodPaySlip | Unset
            if isinstance(_delivery_method_pay_slip, Unset):
                delivery_method_pay_slip = UNSET
            else:
                delivery_method_pay_slip = SalaryV2PaymentDeliveryMethodPaySlip(_delivery_method_pay_slip)

            return delivery_method_pay_slip

        def _p_specifications(_tx_v: Any) -> list[SalaryV2Specification] | Unset:
            _specifications = _tx_v
            specifications: list[SalaryV2Specification] | Unset = UNSET
            if _specifications is not UNSET:
                specifications = []
                for specifications_item_data in _specifications:
                    if specifications_item_data is None:
                        continue
                    specifications_item = SalaryV2Specification._tx_from_json(specifications_item_data)

                    specifications.append(specifications_item)

            return specifications

        def _p_travel_expenses(_tx_v: Any) -> list[SalaryV2TravelExpense] | Unset:
            _travel_expenses = _tx_v
            travel_expenses: list[SalaryV2TravelExpense] | Unset = UNSET
            if _travel_expenses is not UNSET:
                travel_expenses = []
                for travel_expenses_item_data in _travel_expenses:
                    if travel_expenses_item_data is None:
                        continue
                    travel_expenses_item = SalaryV2TravelExpense._tx_from_json(travel_expenses_item_data)

                    travel_expenses.append(travel_expenses_item)

            return travel_expenses

        def _p_validation_results(_tx_v: Any) -> SalaryV2PaymentValidationResult | Unset:
            _validation_results = _tx_v
            validation_results: SalaryV2PaymentValidationResult | Unset
            if isinstance(_validation_results, Unset):
                validation_results = UNSET
            else:
                validation_results = SalaryV2PaymentValidationResult._tx_from_json(_validation_results)

            return validation_results

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "employment",
                "date",
                "year",
                "month",
                "grossAmount",
                "amount",
                "number",
                "payrollTaxMunicipality",
                "division",
                "holidayAllowanceRate",
                "bankAccountOrIban",
                "payrollTaxPercentage",
                "deliveryMethodPaySlip",
                "isTaxCardMissing",
                "comment",
                "specifications",
                "travelExpenses",
                "employeeHourlyWage",
                "seamenDaysOnBoard",
                "lastMonthPaidAmount",
                "employeeSalaryDate",
                "suggestAddReadjustment",
                "isEmploymentInfoAmeldinger",
                "seamenDeduction",
                "validationResults",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employee": ("employee", _p_employee),
            "employment": ("employment", _p_employment),
            "date": ("date", None),
            "year": ("year", None),
            "month": ("month", None),
            "gross_amount": ("grossAmount", None),
            "amount": ("amount", None),
            "number": ("number", None),
            "payroll_tax_municipality": ("payrollTaxMunicipality", _p_payroll_tax_municipality),
            "division": ("division", _p_division),
            "holiday_allowance_rate": ("holidayAllowanceRate", None),
            "bank_account_or_iban": ("bankAccountOrIban", None),
            "payroll_tax_percentage": ("payrollTaxPercentage", None),
            "delivery_method_pay_slip": ("deliveryMethodPaySlip", _p_delivery_method_pay_slip),
            "is_tax_card_missing": ("isTaxCardMissing", None),
            "comment": ("comment", None),
            "specifications": ("specifications", _p_specifications),
            "travel_expenses": ("travelExpenses", _p_travel_expenses),
            "employee_hourly_wage": ("employeeHourlyWage", None),
            "seamen_days_on_board": ("seamenDaysOnBoard", None),
            "last_month_paid_amount": ("lastMonthPaidAmount", None),
            "employee_salary_date": ("employeeSalaryDate", None),
            "suggest_add_readjustment": ("suggestAddReadjustment", None),
            "is_employment_info_ameldinger": ("isEmploymentInfoAmeldinger", None),
            "seamen_deduction": ("seamenDeduction", None),
            "validation_results": ("validationResults", _p_validation_results),
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
