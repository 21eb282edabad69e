from enum import StrEnum


class PostPrefillSubject(StrEnum):
    REAL_ESTATE = "REAL_ESTATE"
    RESEARCH_AND_DEVELOPMENT = "RESEARCH_AND_DEVELOPMENT"
    SHARES_AND_SECURITIES = "SHARES_AND_SECURITIES"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PostPrefillSubject | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
