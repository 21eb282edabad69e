from enum import StrEnum


class InventoryStocktakingProductlineSearchProductLineStatus(StrEnum):
    ALL_PRODUCTS = "ALL_PRODUCTS"
    COUNTED_PRODUCTS = "COUNTED_PRODUCTS"
    NOT_COUNTED_PRODUCTS = "NOT_COUNTED_PRODUCTS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InventoryStocktakingProductlineSearchProductLineStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
