from enum import StrEnum


class TripletexAccountCreatorCreatorRelationTypesItem(StrEnum):
    ACCOUNTANT = "ACCOUNTANT"
    ACCOUNTANT_AND_AUDITOR = "ACCOUNTANT_AND_AUDITOR"
    AUDITOR = "AUDITOR"
    NONE = "NONE"
    RESELLER = "RESELLER"
    SCHOOL_RESELLER = "SCHOOL_RESELLER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TripletexAccountCreatorCreatorRelationTypesItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
