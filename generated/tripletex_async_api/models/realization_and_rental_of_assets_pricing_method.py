from enum import StrEnum


class RealizationAndRentalOfAssetsPricingMethod(StrEnum):
    OTHER_VALUATION = "OTHER_VALUATION"
    SELF_ASSESSED_VALUE = "SELF_ASSESSED_VALUE"
    VALUATION_BY_A_THIRD_PARTY = "VALUATION_BY_A_THIRD_PARTY"
    VALUATION_BY_A_VALUER = "VALUATION_BY_A_VALUER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RealizationAndRentalOfAssetsPricingMethod | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
