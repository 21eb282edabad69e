from enum import StrEnum


class CustomerTripletexAccount2VatStatusType(StrEnum):
    VAT_APPLICANT = "VAT_APPLICANT"
    VAT_NOT_REGISTERED = "VAT_NOT_REGISTERED"
    VAT_REGISTERED = "VAT_REGISTERED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerTripletexAccount2VatStatusType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
