from enum import StrEnum


class LeaveOfAbsenceTypeLeaveOfAbsenceType(StrEnum):
    COMPASSIONATE = "COMPASSIONATE"
    EDUCATIONAL = "EDUCATIONAL"
    EDUCATIONAL_NOT_STATUTORILY_REQUIRED = "EDUCATIONAL_NOT_STATUTORILY_REQUIRED"
    EDUCATIONAL_STATUTORILY_REQUIRED = "EDUCATIONAL_STATUTORILY_REQUIRED"
    FURLOUGH = "FURLOUGH"
    LEAVE_OF_ABSENCE = "LEAVE_OF_ABSENCE"
    MILITARY_SERVICE = "MILITARY_SERVICE"
    OTHER_NOT_STATUTORILY_REQUIRED = "OTHER_NOT_STATUTORILY_REQUIRED"
    OTHER_STATUTORILY_REQUIRED = "OTHER_STATUTORILY_REQUIRED"
    PARENTAL_BENEFITS = "PARENTAL_BENEFITS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LeaveOfAbsenceTypeLeaveOfAbsenceType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
