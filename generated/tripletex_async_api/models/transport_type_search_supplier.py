from enum import StrEnum


class TransportTypeSearchSupplier(StrEnum):
    AHLSELL = "AHLSELL"
    BERGAARD_AMUNDSEN = "BERGAARD_AMUNDSEN"
    BROEDRENE_DAHL = "BROEDRENE_DAHL"
    DEFAULT_SUPPLIER = "DEFAULT_SUPPLIER"
    ELEKTROIMPORTOEREN = "ELEKTROIMPORTOEREN"
    ELEKTROSKANDIA = "ELEKTROSKANDIA"
    HEIDENREICH = "HEIDENREICH"
    ONNINEN = "ONNINEN"
    SOLAR = "SOLAR"
    SONEPAR = "SONEPAR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TransportTypeSearchSupplier | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
