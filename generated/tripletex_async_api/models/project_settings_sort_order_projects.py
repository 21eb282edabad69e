from enum import StrEnum


class ProjectSettingsSortOrderProjects(StrEnum):
    SORT_ORDER_NAME = "SORT_ORDER_NAME"
    SORT_ORDER_NAME_AND_NUMBER = "SORT_ORDER_NAME_AND_NUMBER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsSortOrderProjects | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
