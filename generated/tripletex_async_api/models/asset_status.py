from enum import StrEnum


class AssetStatus(StrEnum):
    COMPLETED = "COMPLETED"
    CORRECTION_NEEDED = "CORRECTION_NEEDED"
    INVALID_DATE = "INVALID_DATE"
    MANUAL = "MANUAL"
    MISSING_INFO = "MISSING_INFO"
    MISSING_TRANS_TYPE = "MISSING_TRANS_TYPE"
    NOTHING_TO_DEPRECIATE = "NOTHING_TO_DEPRECIATE"
    NO_DEPRECIATION = "NO_DEPRECIATION"
    READY_TO_DEPRECIATE = "READY_TO_DEPRECIATE"
    REST_VALUE = "REST_VALUE"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssetStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
