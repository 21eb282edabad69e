from enum import StrEnum


class SupplierInvoiceChangeDimensionChangeDimensionManyDimension(StrEnum):
    DEPARTMENT = "DEPARTMENT"
    EMPLOYEE = "EMPLOYEE"
    FREE_DIMENSION_1 = "FREE_DIMENSION_1"
    FREE_DIMENSION_2 = "FREE_DIMENSION_2"
    FREE_DIMENSION_3 = "FREE_DIMENSION_3"
    PRODUCT = "PRODUCT"
    PROJECT = "PROJECT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SupplierInvoiceChangeDimensionChangeDimensionManyDimension | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
