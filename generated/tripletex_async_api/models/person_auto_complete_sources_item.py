from enum import StrEnum


class PersonAutoCompleteSourcesItem(StrEnum):
    ACTIVITY = "ACTIVITY"
    COMPANY = "COMPANY"
    CONTACT = "CONTACT"
    CONTROLSCHEMA = "CONTROLSCHEMA"
    CUSTOMER = "CUSTOMER"
    EMPLOYEE = "EMPLOYEE"
    HOUR = "HOUR"
    NICKNAME = "NICKNAME"
    OFFER = "OFFER"
    ORDER = "ORDER"
    PROJECT = "PROJECT"
    SEARCH1881 = "SEARCH1881"
    TRAVELEXPENSE = "TRAVELEXPENSE"
    TRIPLETEX = "TRIPLETEX"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PersonAutoCompleteSourcesItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
