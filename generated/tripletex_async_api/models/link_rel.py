from enum import StrEnum


class LinkRel(StrEnum):
    APPROVE = "APPROVE"
    COPY = "COPY"
    CREATE_VOUCHER = "CREATE_VOUCHER"
    DELETE = "DELETE"
    DELIVER = "DELIVER"
    GO_TO_INVOICE = "GO_TO_INVOICE"
    GO_TO_PAYSLIP = "GO_TO_PAYSLIP"
    GO_TO_VOUCHER = "GO_TO_VOUCHER"
    OVERRIDE_APPROVE = "OVERRIDE_APPROVE"
    REJECT = "REJECT"
    SEE_ATTESTATION_FLOW = "SEE_ATTESTATION_FLOW"
    UNAPPROVE = "UNAPPROVE"
    UNDELIVER = "UNDELIVER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LinkRel | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
