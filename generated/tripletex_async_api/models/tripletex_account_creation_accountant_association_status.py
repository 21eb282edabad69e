from enum import StrEnum


class TripletexAccountCreationAccountantAssociationStatus(StrEnum):
    CLIENT_ORG_NUM_INVALID = "CLIENT_ORG_NUM_INVALID"
    CLIENT_ORG_NUM_MISSING = "CLIENT_ORG_NUM_MISSING"
    CLIENT_TLX_ACCOUNT_EXISTS = "CLIENT_TLX_ACCOUNT_EXISTS"
    CONNECTED = "CONNECTED"
    NOT_RELEVANT = "NOT_RELEVANT"
    NO_CLIENT_TLX_ACCOUNT = "NO_CLIENT_TLX_ACCOUNT"
    SEVERAL_TLX_ACCOUNTS_EXIST_ERROR = "SEVERAL_TLX_ACCOUNTS_EXIST_ERROR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TripletexAccountCreationAccountantAssociationStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
