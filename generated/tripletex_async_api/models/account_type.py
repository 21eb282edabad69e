from enum import StrEnum


class AccountType(StrEnum):
    ANNUAL_RESULT = "ANNUAL_RESULT"
    ASSETS = "ASSETS"
    COST_OF_CAPITAL = "COST_OF_CAPITAL"
    EQUITY = "EQUITY"
    EXTRAORDINARY_COST = "EXTRAORDINARY_COST"
    EXTRAORDINARY_INCOME = "EXTRAORDINARY_INCOME"
    INVESTMENT_INCOME = "INVESTMENT_INCOME"
    LIABILITIES = "LIABILITIES"
    OPERATING_EXPENSES = "OPERATING_EXPENSES"
    OPERATING_REVENUES = "OPERATING_REVENUES"
    TAX_ON_EXTRAORDINARY_ACTIVITIES = "TAX_ON_EXTRAORDINARY_ACTIVITIES"
    TAX_ON_ORDINARY_ACTIVITIES = "TAX_ON_ORDINARY_ACTIVITIES"
    TRANSFERS_AND_ALLOCATIONS = "TRANSFERS_AND_ALLOCATIONS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
