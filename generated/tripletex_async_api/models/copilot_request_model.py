from enum import StrEnum


class CopilotRequestModel(StrEnum):
    ACCOUNTPLAN = "ACCOUNTPLAN"
    ACTION = "ACTION"
    COPILOT_API_CALLER = "COPILOT_API_CALLER"
    COPILOT_REPORT_ANALYZER = "COPILOT_REPORT_ANALYZER"
    COPILOT_URL_NAVIGATION_INVOICE = "COPILOT_URL_NAVIGATION_INVOICE"
    DATA_ANALYZER = "DATA_ANALYZER"
    GENERAL_LLM = "GENERAL_LLM"
    REPORT_MODEL = "REPORT_MODEL"
    STICOS = "STICOS"
    SUPPORT_ARTICLES = "SUPPORT_ARTICLES"
    TEST = "TEST"
    TRIPLETEX_COPILOT = "TRIPLETEX_COPILOT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CopilotRequestModel | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
