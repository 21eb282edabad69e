from enum import StrEnum


class AssetDepreciationMethod(StrEnum):
    CUSTOMIZED_AMOUNT = "CUSTOMIZED_AMOUNT"
    MANUAL = "MANUAL"
    NO_DEPRECIATION = "NO_DEPRECIATION"
    STRAIGHT_LINE = "STRAIGHT_LINE"
    TAX_RELATED = "TAX_RELATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssetDepreciationMethod | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
