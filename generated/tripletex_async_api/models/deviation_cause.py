from enum import StrEnum


class DeviationCause(StrEnum):
    CAUSE_DEFECT = "CAUSE_DEFECT"
    CAUSE_REPLACEMENT = "CAUSE_REPLACEMENT"
    CAUSE_TOO_FEW = "CAUSE_TOO_FEW"
    CAUSE_TOO_MANY = "CAUSE_TOO_MANY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DeviationCause | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
