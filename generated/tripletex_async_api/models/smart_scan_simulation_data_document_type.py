from enum import StrEnum


class SmartScanSimulationDataDocumentType(StrEnum):
    TYPE_CREDIT_NOTE = "TYPE_CREDIT_NOTE"
    TYPE_INVOICE = "TYPE_INVOICE"
    TYPE_RECEIPT = "TYPE_RECEIPT"
    TYPE_UNKNOWN = "TYPE_UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SmartScanSimulationDataDocumentType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
