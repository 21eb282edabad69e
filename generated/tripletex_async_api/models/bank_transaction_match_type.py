from enum import StrEnum


class BankTransactionMatchType(StrEnum):
    MANY_TRANSACTIONS_TO_MANY_POSTINGS = "MANY_TRANSACTIONS_TO_MANY_POSTINGS"
    MANY_TRANSACTIONS_TO_ONE_POSTING = "MANY_TRANSACTIONS_TO_ONE_POSTING"
    NO_MATCH = "NO_MATCH"
    ONE_TRANSACTION_TO_MANY_POSTINGS = "ONE_TRANSACTION_TO_MANY_POSTINGS"
    ONE_TRANSACTION_TO_ONE_POSTING = "ONE_TRANSACTION_TO_ONE_POSTING"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankTransactionMatchType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
