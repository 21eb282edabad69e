from enum import StrEnum


class CompanyInfoShareClass(StrEnum):
    A = "A"
    ALL = "ALL"
    B = "B"
    C = "C"
    D = "D"
    DUMMY = "DUMMY"
    E = "E"
    EXTRAORDINARY = "EXTRAORDINARY"
    F = "F"
    G = "G"
    H = "H"
    I = "I"
    J = "J"
    ORDINARY = "ORDINARY"
    PREFERENCE = "PREFERENCE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompanyInfoShareClass | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
