from enum import StrEnum


class VatDeliveryStatusStatus(StrEnum):
    DELIVERY_FORBIDDEN = "DELIVERY_FORBIDDEN"
    FAILED = "FAILED"
    MANUAL_DELIVERY = "MANUAL_DELIVERY"
    NOT_SENT = "NOT_SENT"
    NOT_STARTED = "NOT_STARTED"
    RECEIPT_RECEIVED = "RECEIPT_RECEIVED"
    SENDING = "SENDING"
    WAITING_FOR_REPLY = "WAITING_FOR_REPLY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VatDeliveryStatusStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
