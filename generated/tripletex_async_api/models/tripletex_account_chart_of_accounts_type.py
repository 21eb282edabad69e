from enum import StrEnum


class TripletexAccountChartOfAccountsType(StrEnum):
    AGRO_FISKE_PAYROLL = "AGRO_FISKE_PAYROLL"
    AGRO_FORENING_PAYROLL = "AGRO_FORENING_PAYROLL"
    AGRO_FORRETNING_PAYROLL = "AGRO_FORRETNING_PAYROLL"
    AGRO_FORSOKSRING_PAYROLL = "AGRO_FORSOKSRING_PAYROLL"
    AGRO_IDRETTSLAG_PAYROLL = "AGRO_IDRETTSLAG_PAYROLL"
    AGRO_LANDBRUK_PAYROLL = "AGRO_LANDBRUK_PAYROLL"
    DEFAULT = "DEFAULT"
    MAMUT_NARF_PAYROLL = "MAMUT_NARF_PAYROLL"
    MAMUT_STD_PAYROLL = "MAMUT_STD_PAYROLL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TripletexAccountChartOfAccountsType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
