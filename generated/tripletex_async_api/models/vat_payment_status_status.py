from enum import StrEnum


class VatPaymentStatusStatus(StrEnum):
    AMOUNT_CREDITED = "AMOUNT_CREDITED"
    NOT_PAID = "NOT_PAID"
    NOT_STARTED = "NOT_STARTED"
    NO_TAX_TO_PAY = "NO_TAX_TO_PAY"
    PAYMENT_REGISTERED = "PAYMENT_REGISTERED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VatPaymentStatusStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
