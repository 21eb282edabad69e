from enum import StrEnum


class PaymentStatusId(StrEnum):
    ACCEPTED_BY_BANK = "ACCEPTED_BY_BANK"
    CANCELLED = "CANCELLED"
    CANCELLED_IN_BANK = "CANCELLED_IN_BANK"
    ERROR = "ERROR"
    NEW = "NEW"
    OTHER = "OTHER"
    PAID = "PAID"
    PENDING_IN_BANK = "PENDING_IN_BANK"
    PENDING_SIGNING = "PENDING_SIGNING"
    PENDING_SIGNING_IN_BANK = "PENDING_SIGNING_IN_BANK"
    RECEIVED_BY_BANK = "RECEIVED_BY_BANK"
    REJECTED_BY_BANK = "REJECTED_BY_BANK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaymentStatusId | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
