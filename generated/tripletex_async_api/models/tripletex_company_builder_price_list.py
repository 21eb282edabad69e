from enum import StrEnum


class TripletexCompanyBuilderPriceList(StrEnum):
    AGRO = "AGRO"
    AUTOPLUS = "AUTOPLUS"
    BASIS = "BASIS"
    DIYPACKAGE = "DIYPACKAGE"
    INTEGRATION_PARTNER = "INTEGRATION_PARTNER"
    KOMPLETT = "KOMPLETT"
    MAMUT = "MAMUT"
    MIKRO = "MIKRO"
    PLUSS = "PLUSS"
    PRO = "PRO"
    SMART = "SMART"
    TRIPLETEX_STANDARD = "TRIPLETEX_STANDARD"
    UNKNOWN = "UNKNOWN"
    VVS_ELEKTRO = "VVS_ELEKTRO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TripletexCompanyBuilderPriceList | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
