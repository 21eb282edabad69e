from enum import StrEnum


class ResearchAndDevelopmentResolutionType(StrEnum):
    ADMINISTRATIVELY_APPROVED_COMPLAINT = "ADMINISTRATIVELY_APPROVED_COMPLAINT"
    ANNUAL_REPORT_APPROVED = "ANNUAL_REPORT_APPROVED"
    ANNUAL_REPORT_PENDING = "ANNUAL_REPORT_PENDING"
    ANNUAL_REPORT_RETURNED = "ANNUAL_REPORT_RETURNED"
    ANNUAL_REPORT_SENT = "ANNUAL_REPORT_SENT"
    APPLICATION_APPROVED = "APPLICATION_APPROVED"
    APPLICATION_REJECTED = "APPLICATION_REJECTED"
    APPROVAL_RESCINDED = "APPROVAL_RESCINDED"
    COMPLAINT_RECEIVED = "COMPLAINT_RECEIVED"
    DELIMITATION = "DELIMITATION"
    FINAL_REPORT_APPROVED = "FINAL_REPORT_APPROVED"
    FINAL_REPORT_PENDING = "FINAL_REPORT_PENDING"
    FINAL_REPORT_RETURNED = "FINAL_REPORT_RETURNED"
    FINAL_REPORT_SENT = "FINAL_REPORT_SENT"
    NONE = "NONE"
    PROCESSING_AFTER_APPROVED_COMPLAINT = "PROCESSING_AFTER_APPROVED_COMPLAINT"
    PROJECT_CANCELLED = "PROJECT_CANCELLED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResearchAndDevelopmentResolutionType | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
