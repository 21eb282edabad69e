from enum import StrEnum


class InternationalIdIntAmeldingType(StrEnum):
    NATIONAL_INSURANCE_NO = "NATIONAL_INSURANCE_NO"
    PASSPORT_NO = "PASSPORT_NO"
    TAX_IDENTIFICATION_NO = "TAX_IDENTIFICATION_NO"
    VALUE_ADDED_TAX_IDENTIFICATION_NO = "VALUE_ADDED_TAX_IDENTIFICATION_NO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InternationalIdIntAmeldingType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
