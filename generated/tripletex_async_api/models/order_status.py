from enum import StrEnum


class OrderStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CONFIRMATION_SENT = "CONFIRMATION_SENT"
    INVOICED = "INVOICED"
    NEW = "NEW"
    NOT_CHOSEN = "NOT_CHOSEN"
    PACKED = "PACKED"
    PICKED = "PICKED"
    READY_FOR_INVOICING = "READY_FOR_INVOICING"
    READY_FOR_PICKING = "READY_FOR_PICKING"
    READY_FOR_SHIPPING = "READY_FOR_SHIPPING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
