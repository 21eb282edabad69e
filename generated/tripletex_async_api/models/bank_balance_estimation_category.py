from enum import StrEnum


class BankBalanceEstimationCategory(StrEnum):
    DUPLICATE = "DUPLICATE"
    ENI = "ENI"
    NONE = "NONE"
    SALARY = "SALARY"
    STARTING_BALANCE = "STARTING_BALANCE"
    TAX = "TAX"
    TRAVEL_AND_EXPENSES = "TRAVEL_AND_EXPENSES"
    VACATION_ALLOWANCE = "VACATION_ALLOWANCE"
    VAT_RETURNS = "VAT_RETURNS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankBalanceEstimationCategory | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
