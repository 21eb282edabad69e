from enum import StrEnum


class ReconciliationType(StrEnum):
    ANNUAL_BALANCE = "ANNUAL_BALANCE"
    BALANCE = "BALANCE"
    FINANCE_TAX = "FINANCE_TAX"
    HOLIDAY_ALLOWANCE = "HOLIDAY_ALLOWANCE"
    MANDATORY_DEDUCTION = "MANDATORY_DEDUCTION"
    PAYROLL_TAX = "PAYROLL_TAX"
    SALARY = "SALARY"
    TAX_DEDUCTION = "TAX_DEDUCTION"
    UNKNOWN = "UNKNOWN"
    VAT_GENERAL_INDUSTRY = "VAT_GENERAL_INDUSTRY"
    VAT_PRIMARY_INDUSTRY = "VAT_PRIMARY_INDUSTRY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReconciliationType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
