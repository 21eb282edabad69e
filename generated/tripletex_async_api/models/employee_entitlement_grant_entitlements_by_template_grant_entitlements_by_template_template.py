from enum import StrEnum


class EmployeeEntitlementGrantEntitlementsByTemplateGrantEntitlementsByTemplateTemplate(StrEnum):
    ACCOUNTANT = "ACCOUNTANT"
    ALL_PRIVILEGES = "ALL_PRIVILEGES"
    AUDITOR = "AUDITOR"
    DEPARTMENT_LEADER = "DEPARTMENT_LEADER"
    INVOICING_MANAGER = "INVOICING_MANAGER"
    NONE_PRIVILEGES = "NONE_PRIVILEGES"
    PERSONELL_MANAGER = "PERSONELL_MANAGER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "EmployeeEntitlementGrantEntitlementsByTemplateGrantEntitlementsByTemplateTemplate | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
