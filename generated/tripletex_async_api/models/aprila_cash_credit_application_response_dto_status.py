from enum import StrEnum


class AprilaCashCreditApplicationResponseDTOStatus(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    ERROR = "ERROR"
    PENDING_NEW_SIGNATURE = "PENDING_NEW_SIGNATURE"
    PREQUALIFIED = "PREQUALIFIED"
    READY_FOR_SIGNUP = "READY_FOR_SIGNUP"
    REJECTED = "REJECTED"
    SIGNED = "SIGNED"
    SUBMITTED = "SUBMITTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AprilaCashCreditApplicationResponseDTOStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
