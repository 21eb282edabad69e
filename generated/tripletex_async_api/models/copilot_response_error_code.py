from enum import StrEnum


class CopilotResponseErrorCode(StrEnum):
    COPILOT_INCOMPLETE_RESPONSE = "COPILOT_INCOMPLETE_RESPONSE"
    COPILOT_INVALID_FORMAT = "COPILOT_INVALID_FORMAT"
    NO_ERROR = "NO_ERROR"
    OTHER_ERROR = "OTHER_ERROR"
    SUPPORT_AI_SERVER_ERROR = "SUPPORT_AI_SERVER_ERROR"
    SUPPORT_AI_SERVER_UNAVAILABLE = "SUPPORT_AI_SERVER_UNAVAILABLE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CopilotResponseErrorCode | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
