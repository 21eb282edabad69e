from enum import StrEnum


class ResponseWrapperCompanyVerificationTypeValue(StrEnum):
    UNVERIFIED = "UNVERIFIED"
    VERIFIED_ACCOUNTANT = "VERIFIED_ACCOUNTANT"
    VERIFIED_BANK_AGREEMENT = "VERIFIED_BANK_AGREEMENT"
    VERIFIED_BY_ALTINN_MESSAGE = "VERIFIED_BY_ALTINN_MESSAGE"
    VERIFIED_BY_TRIPLETEX_SUPPORT = "VERIFIED_BY_TRIPLETEX_SUPPORT"
    VERIFIED_CLIENT_OF_ACCOUNTANT = "VERIFIED_CLIENT_OF_ACCOUNTANT"
    VERIFIED_CUSTOMER_BANKID = "VERIFIED_CUSTOMER_BANKID"
    VERIFIED_TRIPLETEX = "VERIFIED_TRIPLETEX"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResponseWrapperCompanyVerificationTypeValue | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
