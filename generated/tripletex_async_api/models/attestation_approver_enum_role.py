from enum import StrEnum


class AttestationApproverEnumRole(StrEnum):
    DEPARTMENT_MANAGER = "DEPARTMENT_MANAGER"
    EMPLOYEE_APPROVER = "EMPLOYEE_APPROVER"
    NO_ROLE = "NO_ROLE"
    PROJECT_APPROVER = "PROJECT_APPROVER"
    PROJECT_MANAGER = "PROJECT_MANAGER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AttestationApproverEnumRole | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
