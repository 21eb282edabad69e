from enum import StrEnum


class YearEndReportAccountingNoteDataNoteGroupType(StrEnum):
    ACTUAL_VALUE_FINACIAL_INSTRUMENTS_GROUP = "ACTUAL_VALUE_FINACIAL_INSTRUMENTS_GROUP"
    EXTRAORDINARY_COST_GROUP = "EXTRAORDINARY_COST_GROUP"
    EXTRAORDINARY_INCOME_GROUP = "EXTRAORDINARY_INCOME_GROUP"
    GROUP_GROUP = "GROUP_GROUP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "YearEndReportAccountingNoteDataNoteGroupType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
