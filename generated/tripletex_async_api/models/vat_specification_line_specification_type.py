from enum import StrEnum


class VatSpecificationLineSpecificationType(StrEnum):
    ADJUSTMENT = "ADJUSTMENT"
    COMPENSATION = "COMPENSATION"
    DEFAULT = "DEFAULT"
    LOSS_OF_CLAIM = "LOSS_OF_CLAIM"
    REVERSAL = "REVERSAL"
    WITHDRAWAL = "WITHDRAWAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VatSpecificationLineSpecificationType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
