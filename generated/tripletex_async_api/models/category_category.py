from enum import StrEnum


class CategoryCategory(StrEnum):
    ACCOUNTING = "ACCOUNTING"
    BANK = "BANK"
    COMPANY = "COMPANY"
    CUSTOMER = "CUSTOMER"
    DOCUMENT = "DOCUMENT"
    GENERAL = "GENERAL"
    HOUR_LIST = "HOUR_LIST"
    INVOICING = "INVOICING"
    PRODUCT = "PRODUCT"
    PROJECT = "PROJECT"
    REPORT = "REPORT"
    TASK = "TASK"
    TRAVEL_REPORT = "TRAVEL_REPORT"
    VOUCHER = "VOUCHER"
    VOUCHER_APPROVAL = "VOUCHER_APPROVAL"
    WAGE = "WAGE"
    YEAR_END_REPORT = "YEAR_END_REPORT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CategoryCategory | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
