from enum import StrEnum


class PersonalIncomeBusinessActivityType(StrEnum):
    AGRICULTURE_HORTICULTURE_FUR_FARMING = "AGRICULTURE_HORTICULTURE_FUR_FARMING"
    FAMILY_DAY_CARE_CENTRE_IN_OWN_HOME = "FAMILY_DAY_CARE_CENTRE_IN_OWN_HOME"
    FISHING_AND_HUNTING_AT_SEA = "FISHING_AND_HUNTING_AT_SEA"
    FORESTRY = "FORESTRY"
    NOT_INDUSTRY = "NOT_INDUSTRY"
    OTHER_COMMERCIAL_ACTIVITIES = "OTHER_COMMERCIAL_ACTIVITIES"
    OTHER_COMMERCIAL_ACTIVITIES_2 = "OTHER_COMMERCIAL_ACTIVITIES_2"
    OTHER_COMMERCIAL_ACTIVITIES_3 = "OTHER_COMMERCIAL_ACTIVITIES_3"
    OTHER_COMMERCIAL_ACTIVITIES_4 = "OTHER_COMMERCIAL_ACTIVITIES_4"
    REINDEER_HUSBANDRY = "REINDEER_HUSBANDRY"
    SLATE_QUARRYING = "SLATE_QUARRYING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PersonalIncomeBusinessActivityType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
