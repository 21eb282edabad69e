from enum import StrEnum


class VoucherInboxItemFilterType(StrEnum):
    EFO_NELFO = "EFO_NELFO"
    EFO_NELFO_WITH_PREDICTIONS = "EFO_NELFO_WITH_PREDICTIONS"
    EHF = "EHF"
    EHF_WITH_PREDICTIONS = "EHF_WITH_PREDICTIONS"
    ERROR_EHF_IMPORT = "ERROR_EHF_IMPORT"
    INVOICE = "INVOICE"
    PDF_CREDIT_NOTE = "PDF_CREDIT_NOTE"
    PDF_INVOICE = "PDF_INVOICE"
    PDF_INVOICE_WITH_PREDICTIONS = "PDF_INVOICE_WITH_PREDICTIONS"
    PDF_RECEIPT = "PDF_RECEIPT"
    REMINDER_SPECIFICATION = "REMINDER_SPECIFICATION"
    REPLAYABLE_VOUCHER = "REPLAYABLE_VOUCHER"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoucherInboxItemFilterType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
