from enum import StrEnum


class TangibleFixedAssetFacilityType(StrEnum):
    BERRY_FIELD = "BERRY_FIELD"
    FRUIT_FIELD = "FRUIT_FIELD"
    LIFETIME_OVER_20_YEARS = "LIFETIME_OVER_20_YEARS"
    LIFETIME_UNDER_20_YEARS = "LIFETIME_UNDER_20_YEARS"
    LIVESTOCK_BUILDINGS = "LIVESTOCK_BUILDINGS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TangibleFixedAssetFacilityType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
