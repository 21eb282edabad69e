from enum import StrEnum


class CopilotResponseSticosStatus(StrEnum):
    FADED_OUT = "FADED_OUT"
    FADED_OUT_LARGE_BANNER = "FADED_OUT_LARGE_BANNER"
    LARGE = "LARGE"
    LARGE_BANNER_ADMIN = "LARGE_BANNER_ADMIN"
    LARGE_BANNER_ADMIN_BLACKLIST = "LARGE_BANNER_ADMIN_BLACKLIST"
    LARGE_BANNER_AO = "LARGE_BANNER_AO"
    LARGE_BANNER_NORMAL = "LARGE_BANNER_NORMAL"
    NO_BANNER = "NO_BANNER"
    SMALL = "SMALL"
    SMALL_BANNER_ADMIN = "SMALL_BANNER_ADMIN"
    SMALL_BANNER_ADMIN_BLACKLIST = "SMALL_BANNER_ADMIN_BLACKLIST"
    SMALL_BANNER_AO = "SMALL_BANNER_AO"
    SMALL_BANNER_NORMAL = "SMALL_BANNER_NORMAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CopilotResponseSticosStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
