from enum import StrEnum


class RemunerationTypeRemunerationType(StrEnum):
    COMMISION_PERCENTAGE = "COMMISION_PERCENTAGE"
    FEE = "FEE"
    HOURLY_WAGE = "HOURLY_WAGE"
    MONTHLY_WAGE = "MONTHLY_WAGE"
    NOT_CHOSEN = "NOT_CHOSEN"
    PIECEWORK_WAGE = "PIECEWORK_WAGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RemunerationTypeRemunerationType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
