from enum import StrEnum


class CompanyRepresentativeSignatureStatus(StrEnum):
    NOT_A_SIGNER = "NOT_A_SIGNER"
    NOT_SIGNED = "NOT_SIGNED"
    PENDING_SIGNATURE = "PENDING_SIGNATURE"
    SIGNED = "SIGNED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompanyRepresentativeSignatureStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
