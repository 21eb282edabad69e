from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TrialInfoAutomation")


@_attrs_define
class TrialInfoAutomation:
    """
    Attributes:
        total_could_be_automated_190_days (int | Unset): [read-only]
        total_could_be_automated_365_days (int | Unset): [read-only]
        percent_suggestions_ehf (int | Unset): [read-only]
        percent_automated_ehf (int | Unset): [read-only]
        total_eh_finvoices (int | Unset): [read-only]
        total_correct_suggestions (int | Unset): [read-only]
        correct_suggestions_190_days (int | Unset): [read-only]
        correct_suggestions_365_days (int | Unset): [read-only]
        total_automated_190_days (int | Unset): [read-only]
        total_automated_365_days (int | Unset): [read-only]
        count_deactivated_vendors (int | Unset): [read-only]
        count_activated_vendors (int | Unset): [read-only]
        getvendors_could_be_automated (int | Unset): [read-only]
        vendors_not_sending_ehf (int | Unset): [read-only]
        voucher_count_non_ehf (int | Unset): [read-only]
        percent_vendors_not_sending_ehf (int | Unset): [read-only]
        percent_invoices_non_ehf (int | Unset): [read-only]
        show_project_hint (bool | Unset): [read-only]
        voucher_count_30_days_ehf (int | Unset): [read-only]
        voucher_count_30_days_pdf (int | Unset): [read-only]
        voucher_count_180_days_ehf (int | Unset): [read-only]
        voucher_count_180_days_pdf (int | Unset): [read-only]
        voucher_count_365_days_ehf (int | Unset): [read-only]
        voucher_count_365_days_pdf (int | Unset): [read-only]
        total_vendors_sending_ehf (int | Unset): [read-only]
        total_vendors_sending_pdf (int | Unset): [read-only]
        all_automatically_booked (list[int] | Unset): [read-only]
        pdf_automatically_booked (list[int] | Unset): [read-only]
        ehf_automatically_booked (list[int] | Unset): [read-only]
        all_partially_automated (list[int] | Unset): [read-only]
        ehf_partially_automated (list[int] | Unset): [read-only]
        pdf_partially_automated (list[int] | Unset): [read-only]
        all_manually_entered (list[int] | Unset): [read-only]
        pdf_manually_entered (list[int] | Unset): [read-only]
        ehf_manually_entered (list[int] | Unset): [read-only]
    """

    total_could_be_automated_190_days: int | Unset = UNSET
    total_could_be_automated_365_days: int | Unset = UNSET
    percent_suggestions_ehf: int | Unset = UNSET
    percent_automated_ehf: int | Unset = UNSET
    total_eh_finvoices: int | Unset = UNSET
    total_correct_suggestions: int | Unset = UNSET
    correct_suggestions_190_days: int | Unset = UNSET
    correct_suggestions_365_days: int | Unset = UNSET
    total_automated_190_days: int | Unset = UNSET
    total_automated_365_days: int | Unset = UNSET
    count_deactivated_vendors: int | Unset = UNSET
    count_activated_vendors: int | Unset = UNSET
    getvendors_could_be_automated: int | Unset = UNSET
    vendors_not_sending_ehf: int | Unset = UNSET
    voucher_count_non_ehf: int | Unset = UNSET
    percent_vendors_not_sending_ehf: int | Unset = UNSET
    percent_invoices_non_ehf: int | Unset = UNSET
    show_project_hint: bool | Unset = UNSET
    voucher_count_30_days_ehf: int | Unset = UNSET
    voucher_count_30_days_pdf: int | Unset = UNSET
    voucher_count_180_days_ehf: int | Unset = UNSET
    voucher_count_180_days_pdf: int | Unset = UNSET
    voucher_count_365_days_ehf: int | Unset = UNSET
    voucher_count_365_days_pdf: int | Unset = UNSET
    total_vendors_sending_ehf: int | Unset = UNSET
    total_vendors_sending_pdf: int | Unset = UNSET
    all_automatically_booked: list[int] | Unset = UNSET
    pdf_automatically_booked: list[int] | Unset = UNSET
    ehf_automatically_booked: list[int] | Unset = UNSET
    all_partially_automated: list[int] | Unset = UNSET
    ehf_partially_automated: list[int] | Unset = UNSET
    pdf_partially_automated: list[int] | Unset = UNSET
    all_manually_entered: list[int] | Unset = UNSET
    pdf_manually_entered: list[int] | Unset = UNSET
    ehf_manually_entered: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        total_could_be_automated_190_days = self.total_could_be_automated_190_days

        total_could_be_automated_365_days = self.total_could_be_automated_365_days

        percent_suggestions_ehf = self.percent_suggestions_ehf

        percent_automated_ehf = self.percent_automated_ehf

        total_eh_finvoices = self.total_eh_finvoices

        total_correct_suggestions = self.total_correct_suggestions

        correct_suggestions_190_days = self.correct_suggestions_190_days

        correct_suggestions_365_days = self.correct_suggestions_365_days

        total_automated_190_days = self.total_automated_190_days

        total_automated_365_days = self.total_automated_365_days

        count_deactivated_vendors = self.count_deactivated_vendors

        count_activated_vendors = self.count_activated_vendors

        getvendors_could_be_automated = self.getvendors_could_be_automated

        vendors_not_sending_ehf = self.vendors_not_sending_ehf

        voucher_count_non_ehf = self.voucher_count_non_ehf

        percent_vendors_not_sending_ehf = self.percent_vendors_not_sending_ehf

        percent_invoices_non_ehf = self.percent_invoices_non_ehf

        show_project_hint = self.show_project_hint

        voucher_count_30_days_ehf = self.voucher_count_30_days_ehf

        voucher_count_30_days_pdf = self.voucher_count_30_days_pdf

        voucher_count_180_days_ehf = self.voucher_count_180_days_ehf

        voucher_count_180_days_pdf = self.voucher_count_180_days_pdf

        voucher_count_365_days_ehf = self.voucher_count_365_days_ehf

        voucher_count_365_days_pdf = self.voucher_count_365_days_pdf

        total_vendors_sending_ehf = self.total_vendors_sending_ehf

        total_vendors_sending_pdf = self.total_vendors_sending_pdf

        all_automatically_booked: list[int] | Unset = UNSET
        if not isinstance(self.all_automatically_booked, Unset):
            all_automatically_booked = self.all_automatically_booked

        pdf_automatically_booked: list[int] | Unset = UNSET
        if not isinstance(self.pdf_automatically_booked, Unset):
            pdf_automatically_booked = self.pdf_automatically_booked

        ehf_automatically_booked: list[int] | Unset = UNSET
        if not isinstance(self.ehf_automatically_booked, Unset):
            ehf_automatically_booked = self.ehf_automatically_booked

        all_partially_automated: list[int] | Unset = UNSET
        if not isinstance(self.all_partially_automated, Unset):
            all_partially_automated = self.all_partially_automated

        ehf_partially_automated: list[int] | Unset = UNSET
        if not isinstance(self.ehf_partially_automated, Unset):
            ehf_partially_automated = self.ehf_partially_automated

        pdf_partially_automated: list[int] | Unset = UNSET
        if not isinstance(self.pdf_partially_automated, Unset):
            pdf_partially_automated = self.pdf_partially_automated

        all_manually_entered: list[int] | Unset = UNSET
        if not isinstance(self.all_manually_entered, Unset):
            all_manually_entered = self.all_manually_entered

        pdf_manually_entered: list[int] | Unset = UNSET
        if not isinstance(self.pdf_manually_entered, Unset):
            pdf_manually_entered = self.pdf_manually_entered

        ehf_manually_entered: list[int] | Unset = UNSET
        if not isinstance(self.ehf_manually_entered, Unset):
            ehf_manually_entered = self.ehf_manually_entered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_could_be_automated_190_days is not UNSET and not _in_request:
            field_dict["totalCouldBeAutomated190days"] = total_could_be_automated_190_days
        if total_could_be_automated_365_days is not UNSET and not _in_request:
            field_dict["totalCouldBeAutomated365days"] = total_could_be_automated_365_days
        if percent_suggestions_ehf is not UNSET and not _in_request:
            field_dict["percentSuggestionsEHF"] = percent_suggestions_ehf
        if percent_automated_ehf is not UNSET and not _in_request:
            field_dict["percentAutomatedEHF"] = percent_automated_ehf
        if total_eh_finvoices is not UNSET and not _in_request:
            field_dict["totalEHFinvoices"] = total_eh_finvoices
        if total_correct_suggestions is not UNSET and not _in_request:
            field_dict["totalCorrectSuggestions"] = total_correct_suggestions
        if correct_suggestions_190_days is not UNSET and not _in_request:
            field_dict["correctSuggestions190days"] = correct_suggestions_190_days
        if correct_suggestions_365_days is not UNSET and not _in_request:
            field_dict["correctSuggestions365days"] = correct_suggestions_365_days
        if total_automated_190_days is not UNSET and not _in_request:
            field_dict["totalAutomated190days"] = total_automated_190_days
        if total_automated_365_days is not UNSET and not _in_request:
            field_dict["totalAutomated365days"] = total_automated_365_days
        if count_deactivated_vendors is not UNSET and not _in_request:
            field_dict["countDeactivatedVendors"] = count_deactivated_vendors
        if count_activated_vendors is not UNSET and not _in_request:
            field_dict["countActivatedVendors"] = count_activated_vendors
        if getvendors_could_be_automated is not UNSET and not _in_request:
            field_dict["getvendorsCouldBeAutomated"] = getvendors_could_be_automated
        if vendors_not_sending_ehf is not UNSET and not _in_request:
            field_dict["vendorsNotSendingEhf"] = vendors_not_sending_ehf
        if voucher_count_non_ehf is not UNSET and not _in_request:
            field_dict["voucherCountNonEhf"] = voucher_count_non_ehf
        if percent_vendors_not_sending_ehf is not UNSET and not _in_request:
            field_dict["percentVendorsNotSendingEhf"] = percent_vendors_not_sending_ehf
        if percent_invoices_non_ehf is not UNSET and not _in_request:
            field_dict["percentInvoicesNonEhf"] = percent_invoices_non_ehf
        if show_project_hint is not UNSET and not _in_request:
            field_dict["showProjectHint"] = show_project_hint
        if voucher_count_30_days_ehf is not UNSET and not _in_request:
            field_dict["voucherCount30DaysEHF"] = voucher_count_30_days_ehf
        if voucher_count_30_days_pdf is not UNSET and not _in_request:
            field_dict["voucherCount30DaysPDF"] = voucher_count_30_days_pdf
        if voucher_count_180_days_ehf is not UNSET and not _in_request:
            field_dict["voucherCount180DaysEHF"] = voucher_count_180_days_ehf
        if voucher_count_180_days_pdf is not UNSET and not _in_request:
            field_dict["voucherCount180DaysPDF"] = voucher_count_180_days_pdf
        if voucher_count_365_days_ehf is not UNSET and not _in_request:
            field_dict["voucherCount365DaysEHF"] = voucher_count_365_days_ehf
        if voucher_count_365_days_pdf is not UNSET and not _in_request:
            field_dict["voucherCount365DaysPDF"] = voucher_count_365_days_pdf
        if total_vendors_sending_ehf is not UNSET and not _in_request:
            field_dict["totalVendorsSendingEHF"] = total_vendors_sending_ehf
        if total_vendors_sending_pdf is not UNSET and not _in_request:
            field_dict["totalVendorsSendingPDF"] = total_vendors_sending_pdf
        if all_automatically_booked is not UNSET and not _in_request:
            field_dict["allAutomaticallyBooked"] = all_automatically_booked
        if pdf_automatically_booked is not UNSET and not _in_request:
            field_dict["pdfAutomaticallyBooked"] = pdf_automatically_booked
        if ehf_automatically_booked is not UNSET and not _in_request:
            field_dict["ehfAutomaticallyBooked"] = ehf_automatically_booked
        if all_partially_automated is not UNSET and not _in_request:
            field_dict["allPartiallyAutomated"] = all_partially_automated
        if ehf_partially_automated is not UNSET and not _in_request:
            field_dict["ehfPartiallyAutomated"] = ehf_partially_automated
        if pdf_partially_automated is not UNSET and not _in_request:
            field_dict["pdfPartiallyAutomated"] = pdf_partially_automated
        if all_manually_entered is not UNSET and not _in_request:
            field_dict["allManuallyEntered"] = all_manually_entered
        if pdf_manually_entered is not UNSET and not _in_request:
            field_dict["pdfManuallyEntered"] = pdf_manually_entered
        if ehf_manually_entered is not UNSET and not _in_request:
            field_dict["ehfManuallyEntered"] = ehf_manually_entered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        total_could_be_automated_190_days = d.pop("totalCouldBeAutomated190days", UNSET)

        total_could_be_automated_365_days = d.pop("totalCouldBeAutomated365days", UNSET)

        percent_suggestions_ehf = d.pop("percentSuggestionsEHF", UNSET)

        percent_automated_ehf = d.pop("percentAutomatedEHF", UNSET)

        total_eh_finvoices = d.pop("totalEHFinvoices", UNSET)

        total_correct_suggestions = d.pop("totalCorrectSuggestions", UNSET)

        correct_suggestions_190_days = d.pop("correctSuggestions190days", UNSET)

        correct_suggestions_365_days = d.pop("correctSuggestions365days", UNSET)

        total_automated_190_days = d.pop("totalAutomated190days", UNSET)

        total_automated_365_days = d.pop("totalAutomated365days", UNSET)

        count_deactivated_vendors = d.pop("countDeactivatedVendors", UNSET)

        count_activated_vendors = d.pop("countActivatedVendors", UNSET)

        getvendors_could_be_automated = d.pop("getvendorsCouldBeAutomated", UNSET)

        vendors_not_sending_ehf = d.pop("vendorsNotSendingEhf", UNSET)

        voucher_count_non_ehf = d.pop("voucherCountNonEhf", UNSET)

        percent_vendors_not_sending_ehf = d.pop("percentVendorsNotSendingEhf", UNSET)

        percent_invoices_non_ehf = d.pop("percentInvoicesNonEhf", UNSET)

        show_project_hint = d.pop("showProjectHint", UNSET)

        voucher_count_30_days_ehf = d.pop("voucherCount30DaysEHF", UNSET)

        voucher_count_30_days_pdf = d.pop("voucherCount30DaysPDF", UNSET)

        voucher_count_180_days_ehf = d.pop("voucherCount180DaysEHF", UNSET)

        voucher_count_180_days_pdf = d.pop("voucherCount180DaysPDF", UNSET)

        voucher_count_365_days_ehf = d.pop("voucherCount365DaysEHF", UNSET)

        voucher_count_365_days_pdf = d.pop("voucherCount365DaysPDF", UNSET)

        total_vendors_sending_ehf = d.pop("totalVendorsSendingEHF", UNSET)

        total_vendors_sending_pdf = d.pop("totalVendorsSendingPDF", UNSET)

        all_automatically_booked = cast(list[int], d.pop("allAutomaticallyBooked", UNSET))

        pdf_automatically_booked = cast(list[int], d.pop("pdfAutomaticallyBooked", UNSET))

        ehf_automatically_booked = cast(list[int], d.pop("ehfAutomaticallyBooked", UNSET))

        all_partially_automated = cast(list[int], d.pop("allPartiallyAutomated", UNSET))

        ehf_partially_automated = cast(list[int], d.pop("ehfPartiallyAutomated", UNSET))

        pdf_partially_automated = cast(list[int], d.pop("pdfPartiallyAutomated", UNSET))

        all_manually_entered = cast(list[int], d.pop("allManuallyEntered", UNSET))

        pdf_manually_entered = cast(list[int], d.pop("pdfManuallyEntered", UNSET))

        ehf_manually_entered = cast(list[int], d.pop("ehfManuallyEntered", UNSET))

        _obj = cls(
            total_could_be_automated_190_days=total_could_be_automated_190_days,
            total_could_be_automated_365_days=total_could_be_automated_365_days,
            percent_suggestions_ehf=percent_suggestions_ehf,
            percent_automated_ehf=percent_automated_ehf,
            total_eh_finvoices=total_eh_finvoices,
            total_correct_suggestions=total_correct_suggestions,
            correct_suggestions_190_days=correct_suggestions_190_days,
            correct_suggestions_365_days=correct_suggestions_365_days,
            total_automated_190_days=total_automated_190_days,
            total_automated_365_days=total_automated_365_days,
            count_deactivated_vendors=count_deactivated_vendors,
            count_activated_vendors=count_activated_vendors,
            getvendors_could_be_automated=getvendors_could_be_automated,
            vendors_not_sending_ehf=vendors_not_sending_ehf,
            voucher_count_non_ehf=voucher_count_non_ehf,
            percent_vendors_not_sending_ehf=percent_vendors_not_sending_ehf,
            percent_invoices_non_ehf=percent_invoices_non_ehf,
            show_project_hint=show_project_hint,
            voucher_count_30_days_ehf=voucher_count_30_days_ehf,
            voucher_count_30_days_pdf=voucher_count_30_days_pdf,
            voucher_count_180_days_ehf=voucher_count_180_days_ehf,
            voucher_count_180_days_pdf=voucher_count_180_days_pdf,
            voucher_count_365_days_ehf=voucher_count_365_days_ehf,
            voucher_count_365_days_pdf=voucher_count_365_days_pdf,
            total_vendors_sending_ehf=total_vendors_sending_ehf,
            total_vendors_sending_pdf=total_vendors_sending_pdf,
            all_automatically_booked=all_automatically_booked,
            pdf_automatically_booked=pdf_automatically_booked,
            ehf_automatically_booked=ehf_automatically_booked,
            all_partially_automated=all_partially_automated,
            ehf_partially_automated=ehf_partially_automated,
            pdf_partially_automated=pdf_partially_automated,
            all_manually_entered=all_manually_entered,
            pdf_manually_entered=pdf_manually_entered,
            ehf_manually_entered=ehf_manually_entered,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
