from enum import StrEnum


class PhysicalOrderTransportMethod(StrEnum):
    BRING_EXPRESS_NEXT_DAY = "BRING_EXPRESS_NEXT_DAY"
    BRING_PACKAGE_DELIVERED_HOME = "BRING_PACKAGE_DELIVERED_HOME"
    BRING_PACKAGE_IN_MAILBOX = "BRING_PACKAGE_IN_MAILBOX"
    BRING_PACKAGE_TO_COMPANY = "BRING_PACKAGE_TO_COMPANY"
    BRING_PACKAGE_TO_PICKUP_POINT = "BRING_PACKAGE_TO_PICKUP_POINT"
    NOT_CHOSEN = "NOT_CHOSEN"
    PICKUP = "PICKUP"
    SENDING = "SENDING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PhysicalOrderTransportMethod | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
