from enum import StrEnum


class InvoiceEhfSendStatus(StrEnum):
    DO_NOT_SEND = "DO_NOT_SEND"
    SEND = "SEND"
    SEND_FAILURE_RECIPIENT_NOT_FOUND = "SEND_FAILURE_RECIPIENT_NOT_FOUND"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InvoiceEhfSendStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
