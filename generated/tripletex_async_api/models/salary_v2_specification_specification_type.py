from enum import StrEnum


class SalaryV2SpecificationSpecificationType(StrEnum):
    TYPE_ABSENCE = "TYPE_ABSENCE"
    TYPE_FLEXI_ADJUSTMENT = "TYPE_FLEXI_ADJUSTMENT"
    TYPE_HOURLIST = "TYPE_HOURLIST"
    TYPE_HOURS = "TYPE_HOURS"
    TYPE_LEDGER = "TYPE_LEDGER"
    TYPE_MANUAL = "TYPE_MANUAL"
    TYPE_MESAN_BONUS = "TYPE_MESAN_BONUS"
    TYPE_MONTHLY_PAY = "TYPE_MONTHLY_PAY"
    TYPE_READJUSTMENT = "TYPE_READJUSTMENT"
    TYPE_REGULAR = "TYPE_REGULAR"
    TYPE_TAX = "TYPE_TAX"
    TYPE_TRAVEL_REPORT = "TYPE_TRAVEL_REPORT"
    TYPE_VACATION_ADJUSTMENT = "TYPE_VACATION_ADJUSTMENT"
    TYPE_VACATION_ALLOWANCE = "TYPE_VACATION_ALLOWANCE"
    TYPE_VACATION_ALLOWANCE_EXTRA = "TYPE_VACATION_ALLOWANCE_EXTRA"
    TYPE_VACATION_CORRECTION = "TYPE_VACATION_CORRECTION"
    TYPE_VACATION_FULL_MONTH_DEDUCTION = "TYPE_VACATION_FULL_MONTH_DEDUCTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SalaryV2SpecificationSpecificationType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
