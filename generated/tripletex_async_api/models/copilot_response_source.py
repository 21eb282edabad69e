from enum import StrEnum


class CopilotResponseSource(StrEnum):
    ACCOUNT_PLAN = "ACCOUNT_PLAN"
    COPILOT_API_CALLER = "COPILOT_API_CALLER"
    COPILOT_REPORT_ANALYZER = "COPILOT_REPORT_ANALYZER"
    COPILOT_URL_NAVIGATION = "COPILOT_URL_NAVIGATION"
    GENERAL_LLM = "GENERAL_LLM"
    SPRING_AI = "SPRING_AI"
    STICOS = "STICOS"
    SUPPORT = "SUPPORT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CopilotResponseSource | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
