from enum import StrEnum


class OrderInvoicesDueInType(StrEnum):
    DAYS = "DAYS"
    MONTHS = "MONTHS"
    RECURRING_DAY_OF_MONTH = "RECURRING_DAY_OF_MONTH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderInvoicesDueInType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
