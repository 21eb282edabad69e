from enum import StrEnum


class CustomerTripletexAccount2VatTermType(StrEnum):
    FOUR_MONTHS = "FOUR_MONTHS"
    NOT_REGISTERED = "NOT_REGISTERED"
    ONE_MONTH = "ONE_MONTH"
    SIX_MONTHS = "SIX_MONTHS"
    THREE_MONTHS = "THREE_MONTHS"
    TWO_MONTHS = "TWO_MONTHS"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerTripletexAccount2VatTermType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
