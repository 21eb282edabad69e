from enum import StrEnum


class ProductImportStatus(StrEnum):
    FIELDS_MAPPED = "FIELDS_MAPPED"
    FILE_UPLOADED = "FILE_UPLOADED"
    IMPORT_ABORTED = "IMPORT_ABORTED"
    IMPORT_COMPLETED = "IMPORT_COMPLETED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProductImportStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
