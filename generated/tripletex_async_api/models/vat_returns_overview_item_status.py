from enum import StrEnum


class VatReturnsOverviewItemStatus(StrEnum):
    ATTACHMENTS_DELIVERED = "ATTACHMENTS_DELIVERED"
    FEEDBACK_RECEIVED = "FEEDBACK_RECEIVED"
    FILLING_COMPLETE = "FILLING_COMPLETE"
    INSTANCE_CREATED = "INSTANCE_CREATED"
    MANUAL_DELIVERY = "MANUAL_DELIVERY"
    NOT_STARTED = "NOT_STARTED"
    SENDING_COMPLETE = "SENDING_COMPLETE"
    SENDING_FAILED = "SENDING_FAILED"
    USER_FORBIDDEN = "USER_FORBIDDEN"
    VAT_ENVELOPE_DELIVERED = "VAT_ENVELOPE_DELIVERED"
    VAT_RETURNS_DELIVERED = "VAT_RETURNS_DELIVERED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VatReturnsOverviewItemStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
