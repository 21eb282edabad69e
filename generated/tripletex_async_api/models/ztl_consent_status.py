from enum import StrEnum


class ZtlConsentStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    AUTHORIZATION_REQUIRED = "AUTHORIZATION_REQUIRED"
    AWAITING_AUTHORIZATION = "AWAITING_AUTHORIZATION"
    EXPIRED = "EXPIRED"
    REJECTED = "REJECTED"
    REVOKED = "REVOKED"
    REVOKED_BY_CREATING_NEW_CONSENT = "REVOKED_BY_CREATING_NEW_CONSENT"
    REVOKED_BY_NO_ACCOUNT_MATCH = "REVOKED_BY_NO_ACCOUNT_MATCH"
    REVOKED_BY_REMOVING_ACCESS = "REVOKED_BY_REMOVING_ACCESS"
    REVOKED_BY_USER = "REVOKED_BY_USER"
    SCHEDULED_FOR_REVOKING = "SCHEDULED_FOR_REVOKING"
    UNKNOWN = "UNKNOWN"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ZtlConsentStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
