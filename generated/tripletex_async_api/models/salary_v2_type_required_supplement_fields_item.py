from enum import StrEnum


class SalaryV2TypeRequiredSupplementFieldsItem(StrEnum):
    CAR_LIST_PRICE = "CAR_LIST_PRICE"
    CAR_NUMBER_OF_KM = "CAR_NUMBER_OF_KM"
    CAR_NUMBER_OF_KM_TO_HOME_OR_WORK = "CAR_NUMBER_OF_KM_TO_HOME_OR_WORK"
    CAR_REGISTRATION_NUMBER = "CAR_REGISTRATION_NUMBER"
    COUNTRY = "COUNTRY"
    DEDUCTED_ARTIST_TAX = "DEDUCTED_ARTIST_TAX"
    IS_CONTINENTAL_SHAFT = "IS_CONTINENTAL_SHAFT"
    NORWEGIAN_SHAFT_FIRST_60_DAYS = "NORWEGIAN_SHAFT_FIRST_60_DAYS"
    NORWEGIAN_SHAFT_PERIOD = "NORWEGIAN_SHAFT_PERIOD"
    NUMBER_OF_DAYS = "NUMBER_OF_DAYS"
    NUMBER_OF_JOURNEYS = "NUMBER_OF_JOURNEYS"
    SUPPORT_VESSEL = "SUPPORT_VESSEL"
    TAX_COUNTRY = "TAX_COUNTRY"
    TAX_PAID_ABROAD = "TAX_PAID_ABROAD"
    UPGROSSING_BASIS = "UPGROSSING_BASIS"
    UPGROSSING_TABLE_NUMBER = "UPGROSSING_TABLE_NUMBER"
    YEAR_OF_INCOME = "YEAR_OF_INCOME"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SalaryV2TypeRequiredSupplementFieldsItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
