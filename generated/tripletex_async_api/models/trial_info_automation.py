from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="TrialInfoAutomation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("allAutomaticallyBooked", list, False),
    ("pdfAutomaticallyBooked", list, False),
    ("ehfAutomaticallyBooked", list, False),
    ("allPartiallyAutomated", list, False),
    ("ehfPartiallyAutomated", list, False),
    ("pdfPartiallyAutomated", list, False),
    ("allManuallyEntered", list, False),
    ("pdfManuallyEntered", list, False),
    ("ehfManuallyEntered", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TrialInfoAutomation(LazyModel):
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
        self._tx_load()
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
        """A TrialInfoAutomation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_all_automatically_booked(_tx_v: Any) -> list[int] | Unset:
            all_automatically_booked = cast(list[int], _tx_v)

            return all_automatically_booked

        def _p_pdf_automatically_booked(_tx_v: Any) -> list[int] | Unset:
            pdf_automatically_booked = cast(list[int], _tx_v)

            return pdf_automatically_booked

        def _p_ehf_automatically_booked(_tx_v: Any) -> list[int] | Unset:
            ehf_automatically_booked = cast(list[int], _tx_v)

            return ehf_automatically_booked

        def _p_all_partially_automated(_tx_v: Any) -> list[int] | Unset:
            all_partially_automated = cast(list[int], _tx_v)

            return all_partially_automated

        def _p_ehf_partially_automated(_tx_v: Any) -> list[int] | Unset:
            ehf_partially_automated = cast(list[int], _tx_v)

            return ehf_partially_automated

        def _p_pdf_partially_automated(_tx_v: Any) -> list[int] | Unset:
            pdf_partially_automated = cast(list[int], _tx_v)

            return pdf_partially_automated

        def _p_all_manually_entered(_tx_v: Any) -> list[int] | Unset:
            all_manually_entered = cast(list[int], _tx_v)

            return all_manually_entered

        def _p_pdf_manually_entered(_tx_v: Any) -> list[int] | Unset:
            pdf_manually_entered = cast(list[int], _tx_v)

            return pdf_manually_entered

        def _p_ehf_manually_entered(_tx_v: Any) -> list[int] | Unset:
            ehf_manually_entered = cast(list[int], _tx_v)

            return ehf_manually_entered

        _tx_known: frozenset[str] = frozenset(
            (
                "totalCouldBeAutomated190days",
                "totalCouldBeAutomated365days",
                "percentSuggestionsEHF",
                "percentAutomatedEHF",
                "totalEHFinvoices",
                "totalCorrectSuggestions",
                "correctSuggestions190days",
                "correctSuggestions365days",
                "totalAutomated190days",
                "totalAutomated365days",
                "countDeactivatedVendors",
                "countActivatedVendors",
                "getvendorsCouldBeAutomated",
                "vendorsNotSendingEhf",
                "voucherCountNonEhf",
                "percentVendorsNotSendingEhf",
                "percentInvoicesNonEhf",
                "showProjectHint",
                "voucherCount30DaysEHF",
                "voucherCount30DaysPDF",
                "voucherCount180DaysEHF",
                "voucherCount180DaysPDF",
                "voucherCount365DaysEHF",
                "voucherCount365DaysPDF",
                "totalVendorsSendingEHF",
                "totalVendorsSendingPDF",
                "allAutomaticallyBooked",
                "pdfAutomaticallyBooked",
                "ehfAutomaticallyBooked",
                "allPartiallyAutomated",
                "ehfPartiallyAutomated",
                "pdfPartiallyAutomated",
                "allManuallyEntered",
                "pdfManuallyEntered",
                "ehfManuallyEntered",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "total_could_be_automated_190_days": ("totalCouldBeAutomated190days", None),
            "total_could_be_automated_365_days": ("totalCouldBeAutomated365days", None),
            "percent_suggestions_ehf": ("percentSuggestionsEHF", None),
            "percent_automated_ehf": ("percentAutomatedEHF", None),
            "total_eh_finvoices": ("totalEHFinvoices", None),
            "total_correct_suggestions": ("totalCorrectSuggestions", None),
            "correct_suggestions_190_days": ("correctSuggestions190days", None),
            "correct_suggestions_365_days": ("correctSuggestions365days", None),
            "total_automated_190_days": ("totalAutomated190days", None),
            "total_automated_365_days": ("totalAutomated365days", None),
            "count_deactivated_vendors": ("countDeactivatedVendors", None),
            "count_activated_vendors": ("countActivatedVendors", None),
            "getvendors_could_be_automated": ("getvendorsCouldBeAutomated", None),
            "vendors_not_sending_ehf": ("vendorsNotSendingEhf", None),
            "voucher_count_non_ehf": ("voucherCountNonEhf", None),
            "percent_vendors_not_sending_ehf": ("percentVendorsNotSendingEhf", None),
            "percent_invoices_non_ehf": ("percentInvoicesNonEhf", None),
            "show_project_hint": ("showProjectHint", None),
            "voucher_count_30_days_ehf": ("voucherCount30DaysEHF", None),
            "voucher_count_30_days_pdf": ("voucherCount30DaysPDF", None),
            "voucher_count_180_days_ehf": ("voucherCount180DaysEHF", None),
            "voucher_count_180_days_pdf": ("voucherCount180DaysPDF", None),
            "voucher_count_365_days_ehf": ("voucherCount365DaysEHF", None),
            "voucher_count_365_days_pdf": ("voucherCount365DaysPDF", None),
            "total_vendors_sending_ehf": ("totalVendorsSendingEHF", None),
            "total_vendors_sending_pdf": ("totalVendorsSendingPDF", None),
            "all_automatically_booked": ("allAutomaticallyBooked", _p_all_automatically_booked),
            "pdf_automatically_booked": ("pdfAutomaticallyBooked", _p_pdf_automatically_booked),
            "ehf_automatically_booked": ("ehfAutomaticallyBooked", _p_ehf_automatically_booked),
            "all_partially_automated": ("allPartiallyAutomated", _p_all_partially_automated),
            "ehf_partially_automated": ("ehfPartiallyAutomated", _p_ehf_partially_automated),
            "pdf_partially_automated": ("pdfPartiallyAutomated", _p_pdf_partially_automated),
            "all_manually_entered": ("allManuallyEntered", _p_all_manually_entered),
            "pdf_manually_entered": ("pdfManuallyEntered", _p_pdf_manually_entered),
            "ehf_manually_entered": ("ehfManuallyEntered", _p_ehf_manually_entered),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
