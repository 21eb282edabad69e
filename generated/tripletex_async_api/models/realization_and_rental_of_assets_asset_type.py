from enum import StrEnum


class RealizationAndRentalOfAssetsAssetType(StrEnum):
    BOAT = "BOAT"
    CAR = "CAR"
    EMPTY = "EMPTY"
    GOODS = "GOODS"
    HELICOPTER = "HELICOPTER"
    HOLIDAY_PROPERTY = "HOLIDAY_PROPERTY"
    MOTORCYCLES = "MOTORCYCLES"
    MOTORHOMES = "MOTORHOMES"
    OTHER_PROPERTY = "OTHER_PROPERTY"
    OTHER_VEHICLES = "OTHER_VEHICLES"
    OTHER_WEALTH = "OTHER_WEALTH"
    PLANE = "PLANE"
    RESIDENTIAL_PROPERTY = "RESIDENTIAL_PROPERTY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RealizationAndRentalOfAssetsAssetType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
