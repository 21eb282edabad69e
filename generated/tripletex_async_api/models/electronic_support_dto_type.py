from enum import StrEnum


class ElectronicSupportDTOType(StrEnum):
    COMPLETE = "COMPLETE"
    PARTIAL = "PARTIAL"
    PSD2 = "PSD2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ElectronicSupportDTOType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
