from enum import StrEnum


class BankDashboardAdviceAdviceType(StrEnum):
    APPLY_FOR_CASH_CREDIT_WITH_TRIPLETEX_APRILA = "APPLY_FOR_CASH_CREDIT_WITH_TRIPLETEX_APRILA"
    INCREASE_DUE_DATE_ON_INCOMING_INVOICES_FROM_VENDORS = "INCREASE_DUE_DATE_ON_INCOMING_INVOICES_FROM_VENDORS"
    SHORTEN_DUE_DATE_ON_OUTGOING_INVOICES_TO_CUSTOMERS = "SHORTEN_DUE_DATE_ON_OUTGOING_INVOICES_TO_CUSTOMERS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankDashboardAdviceAdviceType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
