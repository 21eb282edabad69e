from enum import StrEnum


class TypeOfGoodsTypeOfGoods(StrEnum):
    ALCOPOP_AND_CIDER = "ALCOPOP_AND_CIDER"
    BEER = "BEER"
    COFFEE_AND_TEA = "COFFEE_AND_TEA"
    FOOD_STUFFS = "FOOD_STUFFS"
    OTHER_PRODUCTS = "OTHER_PRODUCTS"
    SOFT_DRINKS = "SOFT_DRINKS"
    SPIRITS = "SPIRITS"
    TOBACCO_ETC = "TOBACCO_ETC"
    WINE = "WINE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TypeOfGoodsTypeOfGoods | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
