from enum import StrEnum


class IncomingInvoicePaymentHistoryTransactionType(StrEnum):
    AUTOPAY = "AUTOPAY"
    CLOSED = "CLOSED"
    CREDIT_NOTE = "CREDIT_NOTE"
    OPEN_POST = "OPEN_POST"
    POSTING_RULE = "POSTING_RULE"
    REMIT = "REMIT"
    UNKNOWN = "UNKNOWN"
    VENDOR_POSTING = "VENDOR_POSTING"
    ZTL = "ZTL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IncomingInvoicePaymentHistoryTransactionType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
