from enum import StrEnum


class ProjectSettingsProjectNameScheme(StrEnum):
    NAME_INCL_CUSTOMER_NAME = "NAME_INCL_CUSTOMER_NAME"
    NAME_INCL_PARENT_NAME = "NAME_INCL_PARENT_NAME"
    NAME_INCL_PARENT_NAME_AND_NUMBER = "NAME_INCL_PARENT_NAME_AND_NUMBER"
    NAME_INCL_PARENT_NUMBER = "NAME_INCL_PARENT_NUMBER"
    NAME_STANDARD = "NAME_STANDARD"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsProjectNameScheme | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
