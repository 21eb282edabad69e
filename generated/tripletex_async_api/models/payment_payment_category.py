from enum import StrEnum


class PaymentPaymentCategory(StrEnum):
    ENI = "ENI"
    REGISTERED = "REGISTERED"
    REIMBURSEMENT = "REIMBURSEMENT"
    SALARY = "SALARY"
    SUPPLIER_INVOICE = "SUPPLIER_INVOICE"
    TAX_DEDUCTION = "TAX_DEDUCTION"
    TRANSFER_BETWEEN_ACCOUNTS = "TRANSFER_BETWEEN_ACCOUNTS"
    VAT = "VAT"
    WITHHOLDING_TAX = "WITHHOLDING_TAX"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PaymentPaymentCategory | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
