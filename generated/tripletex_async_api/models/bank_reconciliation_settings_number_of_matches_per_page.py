from enum import StrEnum


class BankReconciliationSettingsNumberOfMatchesPerPage(StrEnum):
    ITEMS_10 = "ITEMS_10"
    ITEMS_100 = "ITEMS_100"
    ITEMS_1000 = "ITEMS_1000"
    ITEMS_10000 = "ITEMS_10000"
    ITEMS_50 = "ITEMS_50"
    ITEMS_500 = "ITEMS_500"
    ITEMS_5000 = "ITEMS_5000"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankReconciliationSettingsNumberOfMatchesPerPage | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
