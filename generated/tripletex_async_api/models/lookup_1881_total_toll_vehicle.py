from enum import StrEnum


class Lookup1881TotalTollVehicle(StrEnum):
    CARDIESEL = "CarDiesel"
    CARGASOLINEORHYBRID = "CarGasolineOrHybrid"
    CARGENERAL = "CarGeneral"
    CARHYDROGEN = "CarHydrogen"
    CARZEROEMISSION = "CarZeroEmission"
    MC = "MC"
    NOTSET = "NotSet"
    TRUCKEUROV = "TruckEuroV"
    TRUCKEUROVI = "TruckEuroVI"
    TRUCKGENERAL = "TruckGeneral"
    VANZEROEMISSION = "VanZeroEmission"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Lookup1881TotalTollVehicle | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
