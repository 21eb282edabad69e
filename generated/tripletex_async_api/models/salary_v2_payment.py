from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_payment_delivery_method_pay_slip import SalaryV2PaymentDeliveryMethodPaySlip
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
    from ..models.employment import Employment
    from ..models.municipality import Municipality
    from ..models.salary_v2_employee import SalaryV2Employee
    from ..models.salary_v2_payment_validation_result import SalaryV2PaymentValidationResult
    from ..models.salary_v2_specification import SalaryV2Specification
    from ..models.salary_v2_travel_expense import SalaryV2TravelExpense


T = TypeVar("T", bound="SalaryV2Payment")


@_attrs_define
class SalaryV2Payment(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        employee (SalaryV2Employee | Unset):
        employment (Employment | Unset): Employments tied to the employee
        date (str | Unset): Voucher date.
        year (int | Unset):
        month (int | Unset):
        gross_amount (float | Unset):
        amount (float | Unset):
        number (int | Unset):
        payroll_tax_municipality (Municipality | Unset):
        division (Company | Unset): Vendor of the product
        holiday_allowance_rate (float | Unset):
        bank_account_or_iban (str | Unset):
        payroll_tax_percentage (float | Unset):
        delivery_method_pay_slip (SalaryV2PaymentDeliveryMethodPaySlip | Unset):
        is_tax_card_missing (bool | Unset):
        comment (str | Unset):
        specifications (list[SalaryV2Specification] | Unset): Link to salary specifications.
        travel_expenses (list[SalaryV2TravelExpense] | Unset): Link to salary specifications.
        employee_hourly_wage (float | Unset):
        seamen_days_on_board (int | Unset):
        last_month_paid_amount (float | Unset):
        employee_salary_date (str | Unset):
        suggest_add_readjustment (bool | Unset):
        is_employment_info_ameldinger (bool | Unset):
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
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.employment
        if _v is not UNSET:
            field_dict["employment"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.month
        if _v is not UNSET:
            field_dict["month"] = _v
        _v = self.gross_amount
        if _v is not UNSET and not _in_request:
            field_dict["grossAmount"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.payroll_tax_municipality
        if _v is not UNSET:
            field_dict["payrollTaxMunicipality"] = _v.to_dict()
        _v = self.division
        if _v is not UNSET:
            field_dict["division"] = _v.to_dict()
        _v = self.holiday_allowance_rate
        if _v is not UNSET and not _in_request:
            field_dict["holidayAllowanceRate"] = _v
        _v = self.bank_account_or_iban
        if _v is not UNSET and not _in_request:
            field_dict["bankAccountOrIban"] = _v
        _v = self.payroll_tax_percentage
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxPercentage"] = _v
        _v = self.delivery_method_pay_slip
        if _v is not UNSET and not _in_request:
            field_dict["deliveryMethodPaySlip"] = _v._value_
        _v = self.is_tax_card_missing
        if _v is not UNSET and not _in_request:
            field_dict["isTaxCardMissing"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.specifications
        if _v is not UNSET:
            field_dict["specifications"] = [_e.to_dict() for _e in _v]
        _v = self.travel_expenses
        if _v is not UNSET:
            field_dict["travelExpenses"] = [_e.to_dict() for _e in _v]
        _v = self.employee_hourly_wage
        if _v is not UNSET and not _in_request:
            field_dict["employeeHourlyWage"] = _v
        _v = self.seamen_days_on_board
        if _v is not UNSET:
            field_dict["seamenDaysOnBoard"] = _v
        _v = self.last_month_paid_amount
        if _v is not UNSET and not _in_request:
            field_dict["lastMonthPaidAmount"] = _v
        _v = self.employee_salary_date
        if _v is not UNSET and not _in_request:
            field_dict["employeeSalaryDate"] = _v
        _v = self.suggest_add_readjustment
        if _v is not UNSET and not _in_request:
            field_dict["suggestAddReadjustment"] = _v
        _v = self.is_employment_info_ameldinger
        if _v is not UNSET and not _in_request:
            field_dict["isEmploymentInfoAmeldinger"] = _v
        _v = self.seamen_deduction
        if _v is not UNSET:
            field_dict["seamenDeduction"] = _v
        _v = self.validation_results
        if _v is not UNSET:
            field_dict["validationResults"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Payment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Payment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415
        from ..models.salary_v2_employee import SalaryV2Employee  # noqa: PLC0415
        from ..models.salary_v2_payment_validation_result import SalaryV2PaymentValidationResult  # noqa: PLC0415
        from ..models.salary_v2_specification import SalaryV2Specification  # noqa: PLC0415
        from ..models.salary_v2_travel_expense import SalaryV2TravelExpense  # noqa: PLC0415

        _new = object.__new__
        _e_delivery_method_pay_slip: dict[Any, Any] = enum_members(SalaryV2PaymentDeliveryMethodPaySlip)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "year": "year",
            "month": "month",
            "grossAmount": "gross_amount",
            "amount": "amount",
            "number": "number",
            "holidayAllowanceRate": "holiday_allowance_rate",
            "bankAccountOrIban": "bank_account_or_iban",
            "payrollTaxPercentage": "payroll_tax_percentage",
            "isTaxCardMissing": "is_tax_card_missing",
            "comment": "comment",
            "employeeHourlyWage": "employee_hourly_wage",
            "seamenDaysOnBoard": "seamen_days_on_board",
            "lastMonthPaidAmount": "last_month_paid_amount",
            "employeeSalaryDate": "employee_salary_date",
            "suggestAddReadjustment": "suggest_add_readjustment",
            "isEmploymentInfoAmeldinger": "is_employment_info_ameldinger",
            "seamenDeduction": "seamen_deduction",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employee = o.employment = o.date = o.year = o.month = (
                        o.gross_amount
                    ) = o.amount = o.number = o.payroll_tax_municipality = o.division = o.holiday_allowance_rate = (
                        o.bank_account_or_iban
                    ) = o.payroll_tax_percentage = o.delivery_method_pay_slip = o.is_tax_card_missing = o.comment = (
                        o.specifications
                    ) = o.travel_expenses = o.employee_hourly_wage = o.seamen_days_on_board = (
                        o.last_month_paid_amount
                    ) = o.employee_salary_date = o.suggest_add_readjustment = o.is_employment_info_ameldinger = (
                        o.seamen_deduction
                    ) = o.validation_results = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 10 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employee = o.employment = o.date = o.year = o.month = (
                        o.gross_amount
                    ) = o.amount = o.number = o.payroll_tax_municipality = o.division = o.holiday_allowance_rate = (
                        o.bank_account_or_iban
                    ) = o.payroll_tax_percentage = o.delivery_method_pay_slip = o.is_tax_card_missing = o.comment = (
                        o.specifications
                    ) = o.travel_expenses = o.employee_hourly_wage = o.seamen_days_on_board = (
                        o.last_month_paid_amount
                    ) = o.employee_salary_date = o.suggest_add_readjustment = o.is_employment_info_ameldinger = (
                        o.seamen_deduction
                    ) = o.validation_results = UNSET
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
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = SalaryV2Employee._tx_parse(v)
                k = "employment"
                v = g("employment")
                if v is None:
                    o.employment = u
                    if "employment" not in d:
                        m += 1
                else:
                    o.employment = Employment._tx_parse(v)
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
                v = g("grossAmount")
                if v is None:
                    o.gross_amount = u
                    if "grossAmount" not in d:
                        m += 1
                else:
                    o.gross_amount = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                k = "payrollTaxMunicipality"
                v = g("payrollTaxMunicipality")
                if v is None:
                    o.payroll_tax_municipality = u
                    if "payrollTaxMunicipality" not in d:
                        m += 1
                else:
                    o.payroll_tax_municipality = Municipality._tx_parse(v)
                k = "division"
                v = g("division")
                if v is None:
                    o.division = u
                    if "division" not in d:
                        m += 1
                else:
                    o.division = Company._tx_parse(v)
                v = g("holidayAllowanceRate")
                if v is None:
                    o.holiday_allowance_rate = u
                    if "holidayAllowanceRate" not in d:
                        m += 1
                else:
                    o.holiday_allowance_rate = v
                v = g("bankAccountOrIban")
                if v is None:
                    o.bank_account_or_iban = u
                    if "bankAccountOrIban" not in d:
                        m += 1
                else:
                    o.bank_account_or_iban = v
                v = g("payrollTaxPercentage")
                if v is None:
                    o.payroll_tax_percentage = u
                    if "payrollTaxPercentage" not in d:
                        m += 1
                else:
                    o.payroll_tax_percentage = v
                k = "deliveryMethodPaySlip"
                v = g("deliveryMethodPaySlip")
                if v is None:
                    o.delivery_method_pay_slip = u
                    if "deliveryMethodPaySlip" not in d:
                        m += 1
                else:
                    o.delivery_method_pay_slip = (
                        e_
                        if (e_ := _e_delivery_method_pay_slip.get(v)) is not None
                        else enum_value(SalaryV2PaymentDeliveryMethodPaySlip, v)
                    )
                v = g("isTaxCardMissing")
                if v is None:
                    o.is_tax_card_missing = u
                    if "isTaxCardMissing" not in d:
                        m += 1
                else:
                    o.is_tax_card_missing = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                k = "specifications"
                v = g("specifications")
                if v is None:
                    o.specifications = u
                    if "specifications" not in d:
                        m += 1
                else:
                    o.specifications = (
                        ([SalaryV2Specification._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "travelExpenses"
                v = g("travelExpenses")
                if v is None:
                    o.travel_expenses = u
                    if "travelExpenses" not in d:
                        m += 1
                else:
                    o.travel_expenses = (
                        ([SalaryV2TravelExpense._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("employeeHourlyWage")
                if v is None:
                    o.employee_hourly_wage = u
                    if "employeeHourlyWage" not in d:
                        m += 1
                else:
                    o.employee_hourly_wage = v
                v = g("seamenDaysOnBoard")
                if v is None:
                    o.seamen_days_on_board = u
                    if "seamenDaysOnBoard" not in d:
                        m += 1
                else:
                    o.seamen_days_on_board = v
                v = g("lastMonthPaidAmount")
                if v is None:
                    o.last_month_paid_amount = u
                    if "lastMonthPaidAmount" not in d:
                        m += 1
                else:
                    o.last_month_paid_amount = v
                v = g("employeeSalaryDate")
                if v is None:
                    o.employee_salary_date = u
                    if "employeeSalaryDate" not in d:
                        m += 1
                else:
                    o.employee_salary_date = v
                v = g("suggestAddReadjustment")
                if v is None:
                    o.suggest_add_readjustment = u
                    if "suggestAddReadjustment" not in d:
                        m += 1
                else:
                    o.suggest_add_readjustment = v
                v = g("isEmploymentInfoAmeldinger")
                if v is None:
                    o.is_employment_info_ameldinger = u
                    if "isEmploymentInfoAmeldinger" not in d:
                        m += 1
                else:
                    o.is_employment_info_ameldinger = v
                v = g("seamenDeduction")
                if v is None:
                    o.seamen_deduction = u
                    if "seamenDeduction" not in d:
                        m += 1
                else:
                    o.seamen_deduction = v
                k = "validationResults"
                v = g("validationResults")
                if v is None:
                    o.validation_results = u
                    if "validationResults" not in d:
                        m += 1
                else:
                    o.validation_results = SalaryV2PaymentValidationResult._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 30 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("employee", "employee"),
            ("employment", "employment"),
            ("date", "date"),
            ("year", "year"),
            ("month", "month"),
            ("gross_amount", "grossAmount"),
            ("amount", "amount"),
            ("number", "number"),
            ("payroll_tax_municipality", "payrollTaxMunicipality"),
            ("division", "division"),
            ("holiday_allowance_rate", "holidayAllowanceRate"),
            ("bank_account_or_iban", "bankAccountOrIban"),
            ("payroll_tax_percentage", "payrollTaxPercentage"),
            ("delivery_method_pay_slip", "deliveryMethodPaySlip"),
            ("is_tax_card_missing", "isTaxCardMissing"),
            ("comment", "comment"),
            ("specifications", "specifications"),
            ("travel_expenses", "travelExpenses"),
            ("employee_hourly_wage", "employeeHourlyWage"),
            ("seamen_days_on_board", "seamenDaysOnBoard"),
            ("last_month_paid_amount", "lastMonthPaidAmount"),
            ("employee_salary_date", "employeeSalaryDate"),
            ("suggest_add_readjustment", "suggestAddReadjustment"),
            ("is_employment_info_ameldinger", "isEmploymentInfoAmeldinger"),
            ("seamen_deduction", "seamenDeduction"),
            ("validation_results", "validationResults"),
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
            v = s.employee
            o.employee = u if v is None or v is u else SalaryV2Employee._tx_parse(v)
            v = s.employment
            o.employment = u if v is None or v is u else Employment._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.month
            o.month = u if v is None else v
            v = s.gross_amount
            o.gross_amount = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.payroll_tax_municipality
            o.payroll_tax_municipality = u if v is None or v is u else Municipality._tx_parse(v)
            v = s.division
            o.division = u if v is None or v is u else Company._tx_parse(v)
            v = s.holiday_allowance_rate
            o.holiday_allowance_rate = u if v is None else v
            v = s.bank_account_or_iban
            o.bank_account_or_iban = u if v is None else v
            v = s.payroll_tax_percentage
            o.payroll_tax_percentage = u if v is None else v
            v = s.delivery_method_pay_slip
            o.delivery_method_pay_slip = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_delivery_method_pay_slip.get(v)) is not None
                else enum_value(SalaryV2PaymentDeliveryMethodPaySlip, v)
            )
            v = s.is_tax_card_missing
            o.is_tax_card_missing = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.specifications
            o.specifications = (
                u
                if v is None or v is u
                else ([SalaryV2Specification._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.travel_expenses
            o.travel_expenses = (
                u
                if v is None or v is u
                else ([SalaryV2TravelExpense._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.employee_hourly_wage
            o.employee_hourly_wage = u if v is None else v
            v = s.seamen_days_on_board
            o.seamen_days_on_board = u if v is None else v
            v = s.last_month_paid_amount
            o.last_month_paid_amount = u if v is None else v
            v = s.employee_salary_date
            o.employee_salary_date = u if v is None else v
            v = s.suggest_add_readjustment
            o.suggest_add_readjustment = u if v is None else v
            v = s.is_employment_info_ameldinger
            o.is_employment_info_ameldinger = u if v is None else v
            v = s.seamen_deduction
            o.seamen_deduction = u if v is None else v
            v = s.validation_results
            o.validation_results = u if v is None or v is u else SalaryV2PaymentValidationResult._tx_parse(v)
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
