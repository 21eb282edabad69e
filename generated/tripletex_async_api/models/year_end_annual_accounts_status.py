from enum import StrEnum


class YearEndAnnualAccountsStatus(StrEnum):
    RESTARTED = "RESTARTED"
    STARTED = "STARTED"
    SUBMITTED_SIGNED = "SUBMITTED_SIGNED"
    SUBMITTED_UNSIGNED = "SUBMITTED_UNSIGNED"
    SYSTEM_MARKED_AS_SIGNEDBYALL = "SYSTEM_MARKED_AS_SIGNEDBYALL"
    UPDATED = "UPDATED"
    USER_MARKED_AS_SIGNEDBYALL = "USER_MARKED_AS_SIGNEDBYALL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "YearEndAnnualAccountsStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
