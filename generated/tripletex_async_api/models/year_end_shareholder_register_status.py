from enum import StrEnum


class YearEndShareholderRegisterStatus(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "4"
    VALUE_4 = "20"
    VALUE_5 = "21"
    VALUE_6 = "70"
    VALUE_7 = "71"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "YearEndShareholderRegisterStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
