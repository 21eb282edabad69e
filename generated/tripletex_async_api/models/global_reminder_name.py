from enum import StrEnum


class GlobalReminderName(StrEnum):
    ANNUAL_ACCOUNTS = "ANNUAL_ACCOUNTS"
    A_MELDING = "A_MELDING"
    SHAREHOLDER_REGISTER = "SHAREHOLDER_REGISTER"
    TAX_NOTICE = "TAX_NOTICE"
    TAX_PAYMENT = "TAX_PAYMENT"
    VAT_RETURN = "VAT_RETURN"
    WAGE_COMPILATION = "WAGE_COMPILATION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GlobalReminderName | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
