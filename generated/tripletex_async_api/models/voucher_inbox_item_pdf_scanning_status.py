from enum import StrEnum


class VoucherInboxItemPdfScanningStatus(StrEnum):
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    NOT_STARTED = "NOT_STARTED"
    PROCESSING = "PROCESSING"
    PROCESSING_ERROR = "PROCESSING_ERROR"
    SENT = "SENT"
    STOPPED = "STOPPED"
    VALIDATION_ERROR = "VALIDATION_ERROR"
    WONT_SEND = "WONT_SEND"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoucherInboxItemPdfScanningStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
