from enum import StrEnum


class TripletexAccountNumberOfVouchers(StrEnum):
    INTERVAL_0_100 = "INTERVAL_0_100"
    INTERVAL_0_500 = "INTERVAL_0_500"
    INTERVAL_1001_2000 = "INTERVAL_1001_2000"
    INTERVAL_101_500 = "INTERVAL_101_500"
    INTERVAL_2001_3500 = "INTERVAL_2001_3500"
    INTERVAL_3501_5000 = "INTERVAL_3501_5000"
    INTERVAL_5001_10000 = "INTERVAL_5001_10000"
    INTERVAL_501_1000 = "INTERVAL_501_1000"
    INTERVAL_UNLIMITED = "INTERVAL_UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TripletexAccountNumberOfVouchers | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
