from enum import StrEnum


class VoucherStatusSearchStatus(StrEnum):
    DONE = "DONE"
    ERROR = "ERROR"
    NONE = "NONE"
    PROCESSING = "PROCESSING"
    RECLAIMED = "RECLAIMED"
    SKIPPED = "SKIPPED"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoucherStatusSearchStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
