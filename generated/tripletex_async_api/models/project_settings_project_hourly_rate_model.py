from enum import StrEnum


class ProjectSettingsProjectHourlyRateModel(StrEnum):
    TYPE_FIXED_HOURLY_RATE = "TYPE_FIXED_HOURLY_RATE"
    TYPE_PREDEFINED_HOURLY_RATES = "TYPE_PREDEFINED_HOURLY_RATES"
    TYPE_PROJECT_SPECIFIC_HOURLY_RATES = "TYPE_PROJECT_SPECIFIC_HOURLY_RATES"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsProjectHourlyRateModel | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
