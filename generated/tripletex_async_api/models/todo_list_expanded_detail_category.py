from enum import StrEnum


class TodoListExpandedDetailCategory(StrEnum):
    AMELDING_EMPLOYMENT = "AMELDING_EMPLOYMENT"
    AMELDING_WAGE_TRANSACTION = "AMELDING_WAGE_TRANSACTION"
    RECONCILIATION_BANK = "RECONCILIATION_BANK"
    RECONCILIATION_CUSTOMER = "RECONCILIATION_CUSTOMER"
    RECONCILIATION_LEDGER = "RECONCILIATION_LEDGER"
    RECONCILIATION_VENDOR = "RECONCILIATION_VENDOR"
    RECONCILIATION_WAGE = "RECONCILIATION_WAGE"
    WAGE_TRANSACTION_PAID_MANDATORY_DEDUCTION = "WAGE_TRANSACTION_PAID_MANDATORY_DEDUCTION"
    WAGE_TRANSACTION_PAID_PAYROLL_TAX = "WAGE_TRANSACTION_PAID_PAYROLL_TAX"
    WAGE_TRANSACTION_PAID_TAX_DEDUCTION = "WAGE_TRANSACTION_PAID_TAX_DEDUCTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TodoListExpandedDetailCategory | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
