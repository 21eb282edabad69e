from enum import StrEnum


class LedgerPostingSearchType(StrEnum):
    INCOMING_INVOICE_CUSTOMER_POSTING = "INCOMING_INVOICE_CUSTOMER_POSTING"
    INCOMING_PAYMENT = "INCOMING_PAYMENT"
    INCOMING_PAYMENT_OPPOSITE = "INCOMING_PAYMENT_OPPOSITE"
    INVOICE_EXPENSE = "INVOICE_EXPENSE"
    OUTGOING_INVOICE_CUSTOMER_POSTING = "OUTGOING_INVOICE_CUSTOMER_POSTING"
    WAGE = "WAGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LedgerPostingSearchType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
