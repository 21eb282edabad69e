from enum import StrEnum


class ProductExternalSearchWholesaler(StrEnum):
    AHLSELL = "AHLSELL"
    BERGAARD_AMUNDSEN = "BERGAARD_AMUNDSEN"
    BERGAARD_AMUNDSEN_STAVANGER = "BERGAARD_AMUNDSEN_STAVANGER"
    BETEK = "BETEK"
    BROEDRENE_DAHL = "BROEDRENE_DAHL"
    CENIKA = "CENIKA"
    DGROUP = "DGROUP"
    ELEKTROIMPORTOEREN = "ELEKTROIMPORTOEREN"
    ELEKTROSKANDIA = "ELEKTROSKANDIA"
    EP_ENGROS = "EP_ENGROS"
    ETMAN_DISTRIBUSJON = "ETMAN_DISTRIBUSJON"
    ETM_OST = "ETM_OST"
    FAGERHULT = "FAGERHULT"
    GLAMOX = "GLAMOX"
    HEIDENREICH = "HEIDENREICH"
    LYSKOMPONENTER = "LYSKOMPONENTER"
    NORDESIGN = "NORDESIGN"
    ONNINEN = "ONNINEN"
    SCHNEIDER = "SCHNEIDER"
    SOLAR = "SOLAR"
    SONEPAR = "SONEPAR"
    SORLANDET_ELEKTRO = "SORLANDET_ELEKTRO"
    STOKKAN = "STOKKAN"
    TECE = "TECE"
    THERMOFLOOR = "THERMOFLOOR"
    WURTH = "WURTH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProductExternalSearchWholesaler | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
