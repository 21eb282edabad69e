from enum import StrEnum


class ResearchAndDevelopment2024BusinessCategory(StrEnum):
    LARGE_BUSINESS = "LARGE_BUSINESS"
    MEDIUM_BUSINESS = "MEDIUM_BUSINESS"
    NONE = "NONE"
    SMALL_BUSINESS = "SMALL_BUSINESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResearchAndDevelopment2024BusinessCategory | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
