from enum import StrEnum


class PilotFeaturePilotFeaturesItem(StrEnum):
    AO_RECONCILIATIONS = "AO_RECONCILIATIONS"
    CHAT = "CHAT"
    CREATE_SALARY_REDESIGN_MVP = "CREATE_SALARY_REDESIGN_MVP"
    FINANCIAL_SERVICES = "FINANCIAL_SERVICES"
    IMPORT_EHF_IN_API = "IMPORT_EHF_IN_API"
    LOGISTICS = "LOGISTICS"
    MULTIPLE_LEDGERS = "MULTIPLE_LEDGERS"
    NONE = "NONE"
    REPORT_ENGINE = "REPORT_ENGINE"
    YEAR_END = "YEAR_END"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PilotFeaturePilotFeaturesItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
