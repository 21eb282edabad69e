from enum import StrEnum


class AddonCategoriesItem(StrEnum):
    APRILA_CASH_CREDIT = "APRILA_CASH_CREDIT"
    BANK = "BANK"
    BOARD_WORK = "BOARD_WORK"
    BOOKING_AND_CHECKOUT = "BOOKING_AND_CHECKOUT"
    CHECKOUT = "CHECKOUT"
    CRM = "CRM"
    DEBT_COLLECTION = "DEBT_COLLECTION"
    FAG_SYSTEMER = "FAG_SYSTEMER"
    HRM = "HRM"
    MILAGE = "MILAGE"
    ONLINE_STORE = "ONLINE_STORE"
    OTHER = "OTHER"
    PAYMENT_SERVICES = "PAYMENT_SERVICES"
    PROJECT = "PROJECT"
    RECONCILLIATION = "RECONCILLIATION"
    REPORTING = "REPORTING"
    STAFF = "STAFF"
    TIMESHEET = "TIMESHEET"
    TRAVEL_AND_EXPENSES = "TRAVEL_AND_EXPENSES"
    WAREHOUSE_LOGISTICS = "WAREHOUSE_LOGISTICS"
    YEAR_END = "YEAR_END"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AddonCategoriesItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
