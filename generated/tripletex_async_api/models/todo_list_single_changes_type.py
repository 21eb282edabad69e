from enum import StrEnum


class TodoListSingleChangesType(StrEnum):
    AMELDING = "AMELDING"
    ANNUAL_ACCOUNTS = "ANNUAL_ACCOUNTS"
    CUSTOM = "CUSTOM"
    HARMONIZATION = "HARMONIZATION"
    PERIOD_OVERVIEW = "PERIOD_OVERVIEW"
    VAT_RETURNS = "VAT_RETURNS"
    WAGE_TRANSACTIONS = "WAGE_TRANSACTIONS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TodoListSingleChangesType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
