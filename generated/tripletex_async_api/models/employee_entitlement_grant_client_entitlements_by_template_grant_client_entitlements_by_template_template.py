from enum import StrEnum


class EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate(StrEnum):
    AGRO_INVOICE_ADMIN = "AGRO_INVOICE_ADMIN"
    AGRO_INVOICE_CLERK = "AGRO_INVOICE_CLERK"
    AGRO_PAYROLL_ADMIN = "AGRO_PAYROLL_ADMIN"
    AGRO_PAYROLL_CLERK = "AGRO_PAYROLL_CLERK"
    AGRO_READ_APPROVE = "AGRO_READ_APPROVE"
    AGRO_READ_ONLY = "AGRO_READ_ONLY"
    AGRO_READ_WRITE = "AGRO_READ_WRITE"
    AGRO_READ_WRITE_APPROVE = "AGRO_READ_WRITE_APPROVE"
    ALL_PRIVILEGES = "ALL_PRIVILEGES"
    NONE_PRIVILEGES = "NONE_PRIVILEGES"
    STANDARD_PRIVILEGES_ACCOUNTANT = "STANDARD_PRIVILEGES_ACCOUNTANT"
    STANDARD_PRIVILEGES_AUDITOR = "STANDARD_PRIVILEGES_AUDITOR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "EmployeeEntitlementGrantClientEntitlementsByTemplateGrantClientEntitlementsByTemplateTemplate | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
