from enum import StrEnum


class InvoiceCreateCreditNoteCreateCreditNoteSendType(StrEnum):
    AUTOINVOICE_EHF_INCOMING = "AUTOINVOICE_EHF_INCOMING"
    AUTOINVOICE_EHF_OUTBOUND = "AUTOINVOICE_EHF_OUTBOUND"
    AVTALEGIRO = "AVTALEGIRO"
    DIRECT = "DIRECT"
    EFAKTURA = "EFAKTURA"
    EHF = "EHF"
    EMAIL = "EMAIL"
    MANUAL = "MANUAL"
    PAPER = "PAPER"
    PEPPOL_EHF_INCOMING = "PEPPOL_EHF_INCOMING"
    VIPPS = "VIPPS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InvoiceCreateCreditNoteCreateCreditNoteSendType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
