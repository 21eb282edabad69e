from enum import StrEnum


class ProjectSettingsProjectTypeOfContract(StrEnum):
    PROJECT_FIXED_PRICE = "PROJECT_FIXED_PRICE"
    PROJECT_HOUR_RATES = "PROJECT_HOUR_RATES"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsProjectTypeOfContract | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
