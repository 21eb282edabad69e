from enum import StrEnum


class SubscriptionStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DISABLED = "DISABLED"
    DISABLED_MISUSE = "DISABLED_MISUSE"
    DISABLED_RATE_LIMIT_EXCEEDED = "DISABLED_RATE_LIMIT_EXCEEDED"
    DISABLED_TOO_MANY_ERRORS = "DISABLED_TOO_MANY_ERRORS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscriptionStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
