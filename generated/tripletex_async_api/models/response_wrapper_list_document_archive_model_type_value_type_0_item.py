from enum import StrEnum


class ResponseWrapperListDocumentArchiveModelTypeValueType0Item(StrEnum):
    ACCOUNT = "ACCOUNT"
    ASSET = "ASSET"
    CUSTOMER = "CUSTOMER"
    EMPLOYEE = "EMPLOYEE"
    NONE = "NONE"
    OFFER = "OFFER"
    ORDER = "ORDER"
    PRODUCT = "PRODUCT"
    PROJECT = "PROJECT"
    PROJECT_OFFER = "PROJECT_OFFER"
    SUPPLIER = "SUPPLIER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResponseWrapperListDocumentArchiveModelTypeValueType0Item | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
