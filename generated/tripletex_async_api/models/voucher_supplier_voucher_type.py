from enum import StrEnum


class VoucherSupplierVoucherType(StrEnum):
    TYPE_SUPPLIER_INVOICE_DETAILED = "TYPE_SUPPLIER_INVOICE_DETAILED"
    TYPE_SUPPLIER_INVOICE_SIMPLE = "TYPE_SUPPLIER_INVOICE_SIMPLE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoucherSupplierVoucherType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
