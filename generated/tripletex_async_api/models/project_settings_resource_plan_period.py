from enum import StrEnum


class ProjectSettingsResourcePlanPeriod(StrEnum):
    PERIOD_DAY = "PERIOD_DAY"
    PERIOD_MONTH = "PERIOD_MONTH"
    PERIOD_WEEK = "PERIOD_WEEK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsResourcePlanPeriod | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
