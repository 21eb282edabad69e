from enum import StrEnum


class ProjectSettingsFixedPriceProjectsFeeCalcMethod(StrEnum):
    FIXED_PRICE_PROJECTS_CALC_METHOD_INVOICED_FEE = "FIXED_PRICE_PROJECTS_CALC_METHOD_INVOICED_FEE"
    FIXED_PRICE_PROJECTS_CALC_METHOD_PERCENT_COMPLETED = "FIXED_PRICE_PROJECTS_CALC_METHOD_PERCENT_COMPLETED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsFixedPriceProjectsFeeCalcMethod | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
