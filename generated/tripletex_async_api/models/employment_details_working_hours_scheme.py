from enum import StrEnum


class EmploymentDetailsWorkingHoursScheme(StrEnum):
    CONTINUOUS = "CONTINUOUS"
    NOT_CHOSEN = "NOT_CHOSEN"
    NOT_SHIFT = "NOT_SHIFT"
    OFFSHORE_336 = "OFFSHORE_336"
    OTHER_SHIFT = "OTHER_SHIFT"
    ROUND_THE_CLOCK = "ROUND_THE_CLOCK"
    SHIFT_365 = "SHIFT_365"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmploymentDetailsWorkingHoursScheme | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
