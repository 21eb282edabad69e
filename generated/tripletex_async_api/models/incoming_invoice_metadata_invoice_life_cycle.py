from enum import StrEnum


class IncomingInvoiceMetadataInvoiceLifeCycle(StrEnum):
    DRAFT_IN_INBOX = "DRAFT_IN_INBOX"
    DRAFT_IN_NON_POSTED = "DRAFT_IN_NON_POSTED"
    IN_LEDGER = "IN_LEDGER"
    TEMPORARY_IN_LEDGER = "TEMPORARY_IN_LEDGER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IncomingInvoiceMetadataInvoiceLifeCycle | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
