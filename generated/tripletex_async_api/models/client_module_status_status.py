from enum import StrEnum


class ClientModuleStatusStatus(StrEnum):
    ACTIVATED = "ACTIVATED"
    FAILED_ACTIVATION = "FAILED_ACTIVATION"
    NOT_ACTIVATED = "NOT_ACTIVATED"
    NOT_AVAILABLE = "NOT_AVAILABLE"
    PENDING_ACTIVATION = "PENDING_ACTIVATION"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ClientModuleStatusStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
