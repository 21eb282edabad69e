from enum import StrEnum


class CustomerImportStatus(StrEnum):
    DELETE_DATA_STARTED = "DELETE_DATA_STARTED"
    FIELDS_MAPPED = "FIELDS_MAPPED"
    FILE_UPLOADED = "FILE_UPLOADED"
    IMPORT_COMPLETED = "IMPORT_COMPLETED"
    IMPORT_STARTED = "IMPORT_STARTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerImportStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
