from enum import StrEnum


class SalaryV2VoucherOverviewAmeldingStatus(StrEnum):
    ERROR = "ERROR"
    ERROR_IMMEDIATELY = "ERROR_IMMEDIATELY"
    ERROR_REJECTED = "ERROR_REJECTED"
    NEUTRAL = "NEUTRAL"
    SUCCESS = "SUCCESS"
    WARNING = "WARNING"
    WARNING_GUIDELINE = "WARNING_GUIDELINE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SalaryV2VoucherOverviewAmeldingStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
