from enum import StrEnum


class SnowplowGlobalCompanyCustomerType(StrEnum):
    AGRO = "Agro"
    FREE = "Free"
    MAMUT = "Mamut"
    PAYING = "Paying"
    TEST = "Test"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SnowplowGlobalCompanyCustomerType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
