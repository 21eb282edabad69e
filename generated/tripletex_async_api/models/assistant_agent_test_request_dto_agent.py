from enum import StrEnum


class AssistantAgentTestRequestDTOAgent(StrEnum):
    ACTION = "ACTION"
    ACTION_TIMESHEET_ENTRY = "ACTION_TIMESHEET_ENTRY"
    API_CALLER = "API_CALLER"
    ASSISTANT = "ASSISTANT"
    ERROR = "ERROR"
    GENERAL_LLM = "GENERAL_LLM"
    INSIGHT = "INSIGHT"
    INSIGHT_ANOMALY = "INSIGHT_ANOMALY"
    INSIGHT_INVOICE = "INSIGHT_INVOICE"
    INSIGHT_REPORT = "INSIGHT_REPORT"
    LEDGER_OVERVIEW = "LEDGER_OVERVIEW"
    SALARY_OVERVIEW = "SALARY_OVERVIEW"
    STICOS = "STICOS"
    SUPPLIER_SUB_LEDGER = "SUPPLIER_SUB_LEDGER"
    SUPPORT = "SUPPORT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AssistantAgentTestRequestDTOAgent | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
