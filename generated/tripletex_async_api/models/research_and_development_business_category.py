from enum import StrEnum


class ResearchAndDevelopmentBusinessCategory(StrEnum):
    LARGE_BUSINESS = "LARGE_BUSINESS"
    MEDIUM_BUSINESS = "MEDIUM_BUSINESS"
    NONE = "NONE"
    SMALL_BUSINESS = "SMALL_BUSINESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResearchAndDevelopmentBusinessCategory | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
