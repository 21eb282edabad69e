from enum import StrEnum


class ProjectSettingsProjectOrderLinesSortOrder(StrEnum):
    SORT_ORDER_CUSTOM = "SORT_ORDER_CUSTOM"
    SORT_ORDER_DATE = "SORT_ORDER_DATE"
    SORT_ORDER_ID = "SORT_ORDER_ID"
    SORT_ORDER_PRODUCT = "SORT_ORDER_PRODUCT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProjectSettingsProjectOrderLinesSortOrder | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
