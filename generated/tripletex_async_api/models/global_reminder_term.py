from enum import StrEnum


class GlobalReminderTerm(StrEnum):
    APR = "APR"
    APR_JUN = "APR_JUN"
    AUG = "AUG"
    DEC = "DEC"
    FEB = "FEB"
    H1 = "H1"
    H2 = "H2"
    JAN = "JAN"
    JAN_APR = "JAN_APR"
    JAN_FEB = "JAN_FEB"
    JAN_MAR = "JAN_MAR"
    JUL = "JUL"
    JUL_AUG = "JUL_AUG"
    JUL_SEP = "JUL_SEP"
    JUN = "JUN"
    MAR = "MAR"
    MAR_APR = "MAR_APR"
    MAY = "MAY"
    MAY_AUG = "MAY_AUG"
    MAY_JUN = "MAY_JUN"
    NOV = "NOV"
    NOV_DEC = "NOV_DEC"
    OCT = "OCT"
    OCT_DEC = "OCT_DEC"
    SEP = "SEP"
    SEP_DEC = "SEP_DEC"
    SEP_OCT = "SEP_OCT"
    YEARLY = "YEARLY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GlobalReminderTerm | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
