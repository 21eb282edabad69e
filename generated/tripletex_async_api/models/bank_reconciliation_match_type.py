from enum import StrEnum


class BankReconciliationMatchType(StrEnum):
    ADJUSTMENT = "ADJUSTMENT"
    APPROVED_SUGGESTION = "APPROVED_SUGGESTION"
    AUTOPOSTING_APPROVED = "AUTOPOSTING_APPROVED"
    AUTOPOSTING_REJECTED = "AUTOPOSTING_REJECTED"
    AUTO_MATCHED = "AUTO_MATCHED"
    MANUAL = "MANUAL"
    PENDING_SUGGESTION = "PENDING_SUGGESTION"
    REJECTED_AUTO_MATCH = "REJECTED_AUTO_MATCH"
    REJECTED_SUGGESTION = "REJECTED_SUGGESTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankReconciliationMatchType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
