from enum import StrEnum


class AmeldingStatusInternalAmeldingDetailedStatus(StrEnum):
    AMELDINGCANCELLEDAWAITINGRETURNMESSAGE = "ameldingCancelledAwaitingReturnMessage"
    AMELDINGEXISTSNOTSENT = "ameldingExistsNotSent"
    AMELDINGREJECTED = "ameldingRejected"
    AMELDINGSENTAWAITINGRETURNMESSAGE = "ameldingSentAwaitingReturnMessage"
    BLOCKINGRETURNMESSAGE = "blockingReturnMessage"
    NOAMELDINGEXISTS = "noAmeldingExists"
    NONBLOCKINGRETURNMESSAGE = "nonBlockingReturnMessage"
    NONREPORTEDWAGEINFO = "nonReportedWageinfo"
    OKRETURNMESSAGE = "okReturnMessage"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AmeldingStatusInternalAmeldingDetailedStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
