from enum import StrEnum


class PurchaseOrderStatus(StrEnum):
    STATUS_CANCELLED = "STATUS_CANCELLED"
    STATUS_CLOSED = "STATUS_CLOSED"
    STATUS_CONFIRMED = "STATUS_CONFIRMED"
    STATUS_CONFIRMED_DEVIATION_DETECTED = "STATUS_CONFIRMED_DEVIATION_DETECTED"
    STATUS_DEVIATION_CONFIRMED = "STATUS_DEVIATION_CONFIRMED"
    STATUS_DEVIATION_OPEN = "STATUS_DEVIATION_OPEN"
    STATUS_OPEN = "STATUS_OPEN"
    STATUS_RECEIVING = "STATUS_RECEIVING"
    STATUS_SENT = "STATUS_SENT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PurchaseOrderStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
