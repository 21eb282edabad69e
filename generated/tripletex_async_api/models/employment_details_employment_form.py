from enum import StrEnum


class EmploymentDetailsEmploymentForm(StrEnum):
    NOT_CHOSEN = "NOT_CHOSEN"
    PERMANENT = "PERMANENT"
    PERMANENT_AND_HIRED_OUT = "PERMANENT_AND_HIRED_OUT"
    TEMPORARY = "TEMPORARY"
    TEMPORARY_AND_HIRED_OUT = "TEMPORARY_AND_HIRED_OUT"
    TEMPORARY_ON_CALL = "TEMPORARY_ON_CALL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmploymentDetailsEmploymentForm | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
