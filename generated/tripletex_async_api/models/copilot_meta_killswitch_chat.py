from enum import StrEnum


class CopilotMetaKillswitchChat(StrEnum):
    GENERAL_LLM_KILLSWITCH = "GENERAL_LLM_KILLSWITCH"
    INSIGHT_AND_GENERAL_LLM_KILLSWITCH = "INSIGHT_AND_GENERAL_LLM_KILLSWITCH"
    INSIGHT_KILLSWITCH = "INSIGHT_KILLSWITCH"
    NONE = "NONE"
    NO_HELPCENTER = "NO_HELPCENTER"
    NO_RESPONSE = "NO_RESPONSE"
    REMOVE_ZENDESK_AND_POINT_TO_HELP_CENTER = "REMOVE_ZENDESK_AND_POINT_TO_HELP_CENTER"
    SLOW_RESPONSE = "SLOW_RESPONSE"
    SLOW_RESPONSE_WITHOUT_HELPCENTER = "SLOW_RESPONSE_WITHOUT_HELPCENTER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CopilotMetaKillswitchChat | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
