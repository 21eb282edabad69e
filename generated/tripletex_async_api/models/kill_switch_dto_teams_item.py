from enum import StrEnum


class KillSwitchDTOTeamsItem(StrEnum):
    ANGRY_NERDS = "ANGRY_NERDS"
    ANTS = "ANTS"
    ASTRO = "ASTRO"
    ATEAM = "ATEAM"
    ATTESTATION = "ATTESTATION"
    BEEHIVE = "BEEHIVE"
    BOND = "BOND"
    DATA_STREAM = "DATA_STREAM"
    FINX = "FINX"
    GOLDSHARK = "GOLDSHARK"
    KILLBILL = "KILLBILL"
    KRR = "KRR"
    OPTIMUS = "OPTIMUS"
    PBC = "PBC"
    PHOENIX = "PHOENIX"
    PT = "PT"
    RELIONS = "RELIONS"
    SECURITY = "SECURITY"
    SHEET_STORM = "SHEET_STORM"
    TASK_FOX = "TASK_FOX"
    TIME_TRAVELLERS = "TIME_TRAVELLERS"
    TOOLKITTENS = "TOOLKITTENS"
    TSK = "TSK"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "KillSwitchDTOTeamsItem | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
