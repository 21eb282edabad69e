from enum import StrEnum


class EmploymentEmploymentEndReason(StrEnum):
    EMPLOYMENT_END_EMPLOYEE = "EMPLOYMENT_END_EMPLOYEE"
    EMPLOYMENT_END_EMPLOYER = "EMPLOYMENT_END_EMPLOYER"
    EMPLOYMENT_END_EXPIRED = "EMPLOYMENT_END_EXPIRED"
    EMPLOYMENT_END_INTERNAL_CHANGE = "EMPLOYMENT_END_INTERNAL_CHANGE"
    EMPLOYMENT_END_SYSTEM_OR_ACCOUNTANT_CHANGE = "EMPLOYMENT_END_SYSTEM_OR_ACCOUNTANT_CHANGE"
    EMPLOYMENT_END_WRONGLY_REPORTED = "EMPLOYMENT_END_WRONGLY_REPORTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmploymentEmploymentEndReason | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
