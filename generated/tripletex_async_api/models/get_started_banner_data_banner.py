from enum import StrEnum


class GetStartedBannerDataBanner(StrEnum):
    ACCOUNTINGSETTINGSBANNER = "AccountingSettingsBanner"
    ACTIVATEEFAKTURABANNER = "ActivateEFakturaBanner"
    ACTIVATEEHFBANNER = "ActivateEHFBanner"
    AIASSISTANTINSTRUCTIONSBANNER = "AIAssistantInstructionsBanner"
    ATTESTATIONBANNER = "AttestationBanner"
    BANKRECONCILIATIONAUTOBANNER = "BankReconciliationAutoBanner"
    CLIENTTASKSVIEWBANNER = "ClientTasksViewBanner"
    COMPANYINFORMATIONBANNER = "CompanyInformationBanner"
    COPILOTINFOBANNER = "CopilotInfoBanner"
    CREATESALARYBANNER = "CreateSalaryBanner"
    FEEDBACKDEADLINESANDTASKSSURVEYBANNER = "FeedbackDeadlinesAndTasksSurveyBanner"
    INBOXARCHIVEBANNER = "InboxArchiveBanner"
    LISTNOTESBANNER = "ListNotesBanner"
    MYSUBSCRIPTIONINTRIPLETEXBANNER = "MySubscriptionInTripletexBanner"
    MYSUBSCRIPTIONSURVEYBANNER = "MySubscriptionSurveyBanner"
    NEWDASHBOARDREMINDERBANNER = "NewDashboardReminderBanner"
    NEWORDERINVOICEBANNER = "NewOrderInvoiceBanner"
    PAYMENTSBANNER = "PaymentsBanner"
    PRODUCTOVERVIEWBANNER = "ProductOverviewBanner"
    PURCHASEORDERSBANNER = "PurchaseOrdersBanner"
    REPORTVIEWERBANNER = "ReportViewerBanner"
    SALARYAMELDINGBANNER = "SalaryAmeldingBanner"
    SALARYOVERVIEWBANNER = "SalaryOverviewBanner"
    SALARYTAXCARDBANNER = "SalaryTaxCardBanner"
    SIMPLEINVOICETOEFFORTLESSBANNER = "SimpleInvoiceToEffortlessBanner"
    STARTBALANCEBANNER = "StartBalanceBanner"
    STICOSINFOBANNER = "SticosInfoBanner"
    STICOSSURVEYBANNER = "SticosSurveyBanner"
    TESTBANNERPLEASEIGNORE = "TestBannerPleaseIgnore"
    TRAVELSANDEXPENSESBANNER = "TravelsAndExpensesBanner"
    TRIPLETEXDASHBOARDBANNER = "TripletexDashboardBanner"
    UPDATEHOURLISTBANNER = "UpdateHourListBanner"
    UPSELLFROMBASISTOSMARTTRIPLETEXDASHBOARDBANNER = "UpsellFromBasisToSmartTripletexDashboardBanner"
    USERINSIGHTINTERESTNOTEBANNER = "UserInsightInterestNoteBanner"
    USERTESTEFFORTLESSBANNER = "UserTestEffortlessBanner"
    USERTESTEFFORTLESSBANNERLOGISTICS = "UserTestEffortlessBannerLogistics"
    VOUCHERAUTOMATIONBANNER = "VoucherAutomationBanner"
    VOUCHERRECEPTIONBANNER = "VoucherReceptionBanner"
    YEARENDPAGEBANNER = "YearEndPageBanner"
    YEARENDREPORTTRIPLETEXDASHBOARDBANNER = "YearEndReportTripletexDashboardBanner"
    YEARENDSUBMISSIONOPENASBANNER = "YearEndSubmissionOpenAsBanner"
    YEARENDSUBMISSIONOPENENKBANNER = "YearEndSubmissionOpenEnkBanner"
    YEARENDSUBMISSIONREMINDERBANNER = "YearEndSubmissionReminderBanner"
    YEARENDSUBMISSIONREMINDERENKBANNER = "YearEndSubmissionReminderEnkBanner"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetStartedBannerDataBanner | None":
        """Accept a value the spec does not list (the service adds values over time)."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
