from enum import StrEnum


class ReportSettingsFiltersOrderItem(StrEnum):
    ACCOUNT = "account"
    ACTIVITY = "activity"
    CUSTOMER = "customer"
    CUSTOMERCATEGORY1 = "customerCategory1"
    CUSTOMERCATEGORY2 = "customerCategory2"
    CUSTOMERCATEGORY3 = "customerCategory3"
    DEPARTMENT = "department"
    EMPLOYEE = "employee"
    FREEDIMENSION1 = "freeDimension1"
    FREEDIMENSION2 = "freeDimension2"
    FREEDIMENSION3 = "freeDimension3"
    PERIOD = "period"
    PRODUCT = "product"
    PROJECT = "project"
    PROJECTCATEGORY = "projectCategory"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReportSettingsFiltersOrderItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
