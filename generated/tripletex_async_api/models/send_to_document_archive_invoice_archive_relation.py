from enum import StrEnum


class SendToDocumentArchiveInvoiceArchiveRelation(StrEnum):
    ADD_TO_INVOICE_ALL = "ADD_TO_INVOICE_ALL"
    ADD_TO_INVOICE_NEXT = "ADD_TO_INVOICE_NEXT"
    ADD_TO_INVOICE_NONE = "ADD_TO_INVOICE_NONE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SendToDocumentArchiveInvoiceArchiveRelation | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
