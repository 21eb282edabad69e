from enum import StrEnum


class OrderInvoiceInvoiceCreateOnAccount(StrEnum):
    NONE = "NONE"
    WITHOUT_VAT = "WITHOUT_VAT"
    WITH_VAT = "WITH_VAT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OrderInvoiceInvoiceCreateOnAccount | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
