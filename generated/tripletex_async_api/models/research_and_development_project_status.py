from enum import StrEnum


class ResearchAndDevelopmentProjectStatus(StrEnum):
    ADMINISTRATIVELY_APPROVED_COMPLAINT = "ADMINISTRATIVELY_APPROVED_COMPLAINT"
    APPLICATION_APPROVED = "APPLICATION_APPROVED"
    APPLICATION_REJECTED = "APPLICATION_REJECTED"
    APPROVAL_RESCINDED = "APPROVAL_RESCINDED"
    CANCELLED = "CANCELLED"
    COMPLAINT_RECEIVED = "COMPLAINT_RECEIVED"
    FINISHED = "FINISHED"
    NONE = "NONE"
    PROCESSING_AFTER_APPROVED_COMPLAINT = "PROCESSING_AFTER_APPROVED_COMPLAINT"
    PROJECT_CANCELLED_BY_NFR = "PROJECT_CANCELLED_BY_NFR"
    WITHDRAWN = "WITHDRAWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResearchAndDevelopmentProjectStatus | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
