from enum import StrEnum


class AggregateAnomalyCheckType(StrEnum):
    ACCOUNT_VENDOR_AGGREGATE_AMOUNT = "ACCOUNT_VENDOR_AGGREGATE_AMOUNT"
    CUSTOMER_ID = "CUSTOMER_ID"
    CUSTOMER_VAT_NUMBER = "CUSTOMER_VAT_NUMBER"
    DUPLICATE_POSTINGS = "DUPLICATE_POSTINGS"
    NEW_ACCOUNT = "NEW_ACCOUNT"
    OLD_DATE = "OLD_DATE"
    POSTING_AMOUNT = "POSTING_AMOUNT"
    UNKNOWN = "UNKNOWN"
    VAT_NUMBER = "VAT_NUMBER"
    VENDOR_ID = "VENDOR_ID"
    VENDOR_VAT_NUMBER = "VENDOR_VAT_NUMBER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AggregateAnomalyCheckType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
