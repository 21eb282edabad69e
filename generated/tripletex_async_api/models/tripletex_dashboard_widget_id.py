from enum import StrEnum


class TripletexDashboardWidgetId(StrEnum):
    BANKING = "BANKING"
    DASHBOARD_REMINDER = "DASHBOARD_REMINDER"
    FEEDBACK_DEADLINES_AND_TASKS_SURVEY = "FEEDBACK_DEADLINES_AND_TASKS_SURVEY"
    HELP_CENTER_EACCOUNTING = "HELP_CENTER_EACCOUNTING"
    INCOME_AND_COST_CHART = "INCOME_AND_COST_CHART"
    INVOICE_SUMMARY = "INVOICE_SUMMARY"
    ONBOARDING = "ONBOARDING"
    PRODUCT_SPOTLIGHT_ANNUAL_SETTLEMENT = "PRODUCT_SPOTLIGHT_ANNUAL_SETTLEMENT"
    REMINDER = "REMINDER"
    SALARY_SUMMARY = "SALARY_SUMMARY"
    SPOTLIGHT_2FA = "SPOTLIGHT_2FA"
    STICOS_SPOTLIGHT = "STICOS_SPOTLIGHT"
    TASKS = "TASKS"
    UPSALE_AUTOMATION = "UPSALE_AUTOMATION"
    UPSALE_SALARY = "UPSALE_SALARY"
    VOUCHER_SUMMARY = "VOUCHER_SUMMARY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TripletexDashboardWidgetId | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
