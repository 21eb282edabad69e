from enum import StrEnum


class VatReturns2022CreationReportType(StrEnum):
    GENERAL_INDUSTRY = "GENERAL_INDUSTRY"
    PRIMARY_INDUSTRY = "PRIMARY_INDUSTRY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VatReturns2022CreationReportType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
