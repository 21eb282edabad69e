from enum import StrEnum


class TaxReturnSubmissionResultFailureStep(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "64"
    VALUE_3 = "2"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "255"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TaxReturnSubmissionResultFailureStep | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
