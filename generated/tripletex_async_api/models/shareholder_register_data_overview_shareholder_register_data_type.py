from enum import StrEnum


class ShareholderRegisterDataOverviewShareholderRegisterDataType(StrEnum):
    COMPANY_INFO = "COMPANY_INFO"
    CONTACT_INFO = "CONTACT_INFO"
    EVENT_AND_TRANSACTION = "EVENT_AND_TRANSACTION"
    SHAREHOLDER_INFO = "SHAREHOLDER_INFO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ShareholderRegisterDataOverviewShareholderRegisterDataType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
