from enum import StrEnum


class ShareholderRegisterDataShareholderRegisterDataSubType(StrEnum):
    COMPANY_EVENT = "COMPANY_EVENT"
    COMPANY_KEY_INFO = "COMPANY_KEY_INFO"
    NONE = "NONE"
    SHAREHOLDER_INFO = "SHAREHOLDER_INFO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ShareholderRegisterDataShareholderRegisterDataSubType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
