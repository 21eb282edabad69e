from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TrialInfoAutomation")


@_attrs_define
class TrialInfoAutomation(Model):
    """
    Attributes:
        total_could_be_automated_190_days (int | Unset):
        total_could_be_automated_365_days (int | Unset):
        percent_suggestions_ehf (int | Unset):
        percent_automated_ehf (int | Unset):
        total_eh_finvoices (int | Unset):
        total_correct_suggestions (int | Unset):
        correct_suggestions_190_days (int | Unset):
        correct_suggestions_365_days (int | Unset):
        total_automated_190_days (int | Unset):
        total_automated_365_days (int | Unset):
        count_deactivated_vendors (int | Unset):
        count_activated_vendors (int | Unset):
        getvendors_could_be_automated (int | Unset):
        vendors_not_sending_ehf (int | Unset):
        voucher_count_non_ehf (int | Unset):
        percent_vendors_not_sending_ehf (int | Unset):
        percent_invoices_non_ehf (int | Unset):
        show_project_hint (bool | Unset):
        voucher_count_30_days_ehf (int | Unset):
        voucher_count_30_days_pdf (int | Unset):
        voucher_count_180_days_ehf (int | Unset):
        voucher_count_180_days_pdf (int | Unset):
        voucher_count_365_days_ehf (int | Unset):
        voucher_count_365_days_pdf (int | Unset):
        total_vendors_sending_ehf (int | Unset):
        total_vendors_sending_pdf (int | Unset):
        all_automatically_booked (list[int] | Unset):
        pdf_automatically_booked (list[int] | Unset):
        ehf_automatically_booked (list[int] | Unset):
        all_partially_automated (list[int] | Unset):
        ehf_partially_automated (list[int] | Unset):
        pdf_partially_automated (list[int] | Unset):
        all_manually_entered (list[int] | Unset):
        pdf_manually_entered (list[int] | Unset):
        ehf_manually_entered (list[int] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.total_could_be_automated_190_days
        if _v is not UNSET and not _in_request:
            field_dict["totalCouldBeAutomated190days"] = _v
        _v = self.total_could_be_automated_365_days
        if _v is not UNSET and not _in_request:
            field_dict["totalCouldBeAutomated365days"] = _v
        _v = self.percent_suggestions_ehf
        if _v is not UNSET and not _in_request:
            field_dict["percentSuggestionsEHF"] = _v
        _v = self.percent_automated_ehf
        if _v is not UNSET and not _in_request:
            field_dict["percentAutomatedEHF"] = _v
        _v = self.total_eh_finvoices
        if _v is not UNSET and not _in_request:
            field_dict["totalEHFinvoices"] = _v
        _v = self.total_correct_suggestions
        if _v is not UNSET and not _in_request:
            field_dict["totalCorrectSuggestions"] = _v
        _v = self.correct_suggestions_190_days
        if _v is not UNSET and not _in_request:
            field_dict["correctSuggestions190days"] = _v
        _v = self.correct_suggestions_365_days
        if _v is not UNSET and not _in_request:
            field_dict["correctSuggestions365days"] = _v
        _v = self.total_automated_190_days
        if _v is not UNSET and not _in_request:
            field_dict["totalAutomated190days"] = _v
        _v = self.total_automated_365_days
        if _v is not UNSET and not _in_request:
            field_dict["totalAutomated365days"] = _v
        _v = self.count_deactivated_vendors
        if _v is not UNSET and not _in_request:
            field_dict["countDeactivatedVendors"] = _v
        _v = self.count_activated_vendors
        if _v is not UNSET and not _in_request:
            field_dict["countActivatedVendors"] = _v
        _v = self.getvendors_could_be_automated
        if _v is not UNSET and not _in_request:
            field_dict["getvendorsCouldBeAutomated"] = _v
        _v = self.vendors_not_sending_ehf
        if _v is not UNSET and not _in_request:
            field_dict["vendorsNotSendingEhf"] = _v
        _v = self.voucher_count_non_ehf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCountNonEhf"] = _v
        _v = self.percent_vendors_not_sending_ehf
        if _v is not UNSET and not _in_request:
            field_dict["percentVendorsNotSendingEhf"] = _v
        _v = self.percent_invoices_non_ehf
        if _v is not UNSET and not _in_request:
            field_dict["percentInvoicesNonEhf"] = _v
        _v = self.show_project_hint
        if _v is not UNSET and not _in_request:
            field_dict["showProjectHint"] = _v
        _v = self.voucher_count_30_days_ehf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount30DaysEHF"] = _v
        _v = self.voucher_count_30_days_pdf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount30DaysPDF"] = _v
        _v = self.voucher_count_180_days_ehf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount180DaysEHF"] = _v
        _v = self.voucher_count_180_days_pdf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount180DaysPDF"] = _v
        _v = self.voucher_count_365_days_ehf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount365DaysEHF"] = _v
        _v = self.voucher_count_365_days_pdf
        if _v is not UNSET and not _in_request:
            field_dict["voucherCount365DaysPDF"] = _v
        _v = self.total_vendors_sending_ehf
        if _v is not UNSET and not _in_request:
            field_dict["totalVendorsSendingEHF"] = _v
        _v = self.total_vendors_sending_pdf
        if _v is not UNSET and not _in_request:
            field_dict["totalVendorsSendingPDF"] = _v
        _v = self.all_automatically_booked
        if _v is not UNSET and not _in_request:
            field_dict["allAutomaticallyBooked"] = _v
        _v = self.pdf_automatically_booked
        if _v is not UNSET and not _in_request:
            field_dict["pdfAutomaticallyBooked"] = _v
        _v = self.ehf_automatically_booked
        if _v is not UNSET and not _in_request:
            field_dict["ehfAutomaticallyBooked"] = _v
        _v = self.all_partially_automated
        if _v is not UNSET and not _in_request:
            field_dict["allPartiallyAutomated"] = _v
        _v = self.ehf_partially_automated
        if _v is not UNSET and not _in_request:
            field_dict["ehfPartiallyAutomated"] = _v
        _v = self.pdf_partially_automated
        if _v is not UNSET and not _in_request:
            field_dict["pdfPartiallyAutomated"] = _v
        _v = self.all_manually_entered
        if _v is not UNSET and not _in_request:
            field_dict["allManuallyEntered"] = _v
        _v = self.pdf_manually_entered
        if _v is not UNSET and not _in_request:
            field_dict["pdfManuallyEntered"] = _v
        _v = self.ehf_manually_entered
        if _v is not UNSET and not _in_request:
            field_dict["ehfManuallyEntered"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TrialInfoAutomation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TrialInfoAutomation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "totalCouldBeAutomated190days": "total_could_be_automated_190_days",
            "totalCouldBeAutomated365days": "total_could_be_automated_365_days",
            "percentSuggestionsEHF": "percent_suggestions_ehf",
            "percentAutomatedEHF": "percent_automated_ehf",
            "totalEHFinvoices": "total_eh_finvoices",
            "totalCorrectSuggestions": "total_correct_suggestions",
            "correctSuggestions190days": "correct_suggestions_190_days",
            "correctSuggestions365days": "correct_suggestions_365_days",
            "totalAutomated190days": "total_automated_190_days",
            "totalAutomated365days": "total_automated_365_days",
            "countDeactivatedVendors": "count_deactivated_vendors",
            "countActivatedVendors": "count_activated_vendors",
            "getvendorsCouldBeAutomated": "getvendors_could_be_automated",
            "vendorsNotSendingEhf": "vendors_not_sending_ehf",
            "voucherCountNonEhf": "voucher_count_non_ehf",
            "percentVendorsNotSendingEhf": "percent_vendors_not_sending_ehf",
            "percentInvoicesNonEhf": "percent_invoices_non_ehf",
            "showProjectHint": "show_project_hint",
            "voucherCount30DaysEHF": "voucher_count_30_days_ehf",
            "voucherCount30DaysPDF": "voucher_count_30_days_pdf",
            "voucherCount180DaysEHF": "voucher_count_180_days_ehf",
            "voucherCount180DaysPDF": "voucher_count_180_days_pdf",
            "voucherCount365DaysEHF": "voucher_count_365_days_ehf",
            "voucherCount365DaysPDF": "voucher_count_365_days_pdf",
            "totalVendorsSendingEHF": "total_vendors_sending_ehf",
            "totalVendorsSendingPDF": "total_vendors_sending_pdf",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.total_could_be_automated_190_days = o.total_could_be_automated_365_days = (
                        o.percent_suggestions_ehf
                    ) = o.percent_automated_ehf = o.total_eh_finvoices = o.total_correct_suggestions = (
                        o.correct_suggestions_190_days
                    ) = o.correct_suggestions_365_days = o.total_automated_190_days = o.total_automated_365_days = (
                        o.count_deactivated_vendors
                    ) = o.count_activated_vendors = o.getvendors_could_be_automated = o.vendors_not_sending_ehf = (
                        o.voucher_count_non_ehf
                    ) = o.percent_vendors_not_sending_ehf = o.percent_invoices_non_ehf = o.show_project_hint = (
                        o.voucher_count_30_days_ehf
                    ) = o.voucher_count_30_days_pdf = o.voucher_count_180_days_ehf = o.voucher_count_180_days_pdf = (
                        o.voucher_count_365_days_ehf
                    ) = o.voucher_count_365_days_pdf = o.total_vendors_sending_ehf = o.total_vendors_sending_pdf = (
                        o.all_automatically_booked
                    ) = o.pdf_automatically_booked = o.ehf_automatically_booked = o.all_partially_automated = (
                        o.ehf_partially_automated
                    ) = o.pdf_partially_automated = o.all_manually_entered = o.pdf_manually_entered = (
                        o.ehf_manually_entered
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("totalCouldBeAutomated190days")
                if v is None:
                    o.total_could_be_automated_190_days = u
                    if "totalCouldBeAutomated190days" not in d:
                        m += 1
                else:
                    o.total_could_be_automated_190_days = v
                v = g("totalCouldBeAutomated365days")
                if v is None:
                    o.total_could_be_automated_365_days = u
                    if "totalCouldBeAutomated365days" not in d:
                        m += 1
                else:
                    o.total_could_be_automated_365_days = v
                v = g("percentSuggestionsEHF")
                if v is None:
                    o.percent_suggestions_ehf = u
                    if "percentSuggestionsEHF" not in d:
                        m += 1
                else:
                    o.percent_suggestions_ehf = v
                v = g("percentAutomatedEHF")
                if v is None:
                    o.percent_automated_ehf = u
                    if "percentAutomatedEHF" not in d:
                        m += 1
                else:
                    o.percent_automated_ehf = v
                v = g("totalEHFinvoices")
                if v is None:
                    o.total_eh_finvoices = u
                    if "totalEHFinvoices" not in d:
                        m += 1
                else:
                    o.total_eh_finvoices = v
                v = g("totalCorrectSuggestions")
                if v is None:
                    o.total_correct_suggestions = u
                    if "totalCorrectSuggestions" not in d:
                        m += 1
                else:
                    o.total_correct_suggestions = v
                v = g("correctSuggestions190days")
                if v is None:
                    o.correct_suggestions_190_days = u
                    if "correctSuggestions190days" not in d:
                        m += 1
                else:
                    o.correct_suggestions_190_days = v
                v = g("correctSuggestions365days")
                if v is None:
                    o.correct_suggestions_365_days = u
                    if "correctSuggestions365days" not in d:
                        m += 1
                else:
                    o.correct_suggestions_365_days = v
                v = g("totalAutomated190days")
                if v is None:
                    o.total_automated_190_days = u
                    if "totalAutomated190days" not in d:
                        m += 1
                else:
                    o.total_automated_190_days = v
                v = g("totalAutomated365days")
                if v is None:
                    o.total_automated_365_days = u
                    if "totalAutomated365days" not in d:
                        m += 1
                else:
                    o.total_automated_365_days = v
                v = g("countDeactivatedVendors")
                if v is None:
                    o.count_deactivated_vendors = u
                    if "countDeactivatedVendors" not in d:
                        m += 1
                else:
                    o.count_deactivated_vendors = v
                v = g("countActivatedVendors")
                if v is None:
                    o.count_activated_vendors = u
                    if "countActivatedVendors" not in d:
                        m += 1
                else:
                    o.count_activated_vendors = v
                v = g("getvendorsCouldBeAutomated")
                if v is None:
                    o.getvendors_could_be_automated = u
                    if "getvendorsCouldBeAutomated" not in d:
                        m += 1
                else:
                    o.getvendors_could_be_automated = v
                v = g("vendorsNotSendingEhf")
                if v is None:
                    o.vendors_not_sending_ehf = u
                    if "vendorsNotSendingEhf" not in d:
                        m += 1
                else:
                    o.vendors_not_sending_ehf = v
                v = g("voucherCountNonEhf")
                if v is None:
                    o.voucher_count_non_ehf = u
                    if "voucherCountNonEhf" not in d:
                        m += 1
                else:
                    o.voucher_count_non_ehf = v
                v = g("percentVendorsNotSendingEhf")
                if v is None:
                    o.percent_vendors_not_sending_ehf = u
                    if "percentVendorsNotSendingEhf" not in d:
                        m += 1
                else:
                    o.percent_vendors_not_sending_ehf = v
                v = g("percentInvoicesNonEhf")
                if v is None:
                    o.percent_invoices_non_ehf = u
                    if "percentInvoicesNonEhf" not in d:
                        m += 1
                else:
                    o.percent_invoices_non_ehf = v
                v = g("showProjectHint")
                if v is None:
                    o.show_project_hint = u
                    if "showProjectHint" not in d:
                        m += 1
                else:
                    o.show_project_hint = v
                v = g("voucherCount30DaysEHF")
                if v is None:
                    o.voucher_count_30_days_ehf = u
                    if "voucherCount30DaysEHF" not in d:
                        m += 1
                else:
                    o.voucher_count_30_days_ehf = v
                v = g("voucherCount30DaysPDF")
                if v is None:
                    o.voucher_count_30_days_pdf = u
                    if "voucherCount30DaysPDF" not in d:
                        m += 1
                else:
                    o.voucher_count_30_days_pdf = v
                v = g("voucherCount180DaysEHF")
                if v is None:
                    o.voucher_count_180_days_ehf = u
                    if "voucherCount180DaysEHF" not in d:
                        m += 1
                else:
                    o.voucher_count_180_days_ehf = v
                v = g("voucherCount180DaysPDF")
                if v is None:
                    o.voucher_count_180_days_pdf = u
                    if "voucherCount180DaysPDF" not in d:
                        m += 1
                else:
                    o.voucher_count_180_days_pdf = v
                v = g("voucherCount365DaysEHF")
                if v is None:
                    o.voucher_count_365_days_ehf = u
                    if "voucherCount365DaysEHF" not in d:
                        m += 1
                else:
                    o.voucher_count_365_days_ehf = v
                v = g("voucherCount365DaysPDF")
                if v is None:
                    o.voucher_count_365_days_pdf = u
                    if "voucherCount365DaysPDF" not in d:
                        m += 1
                else:
                    o.voucher_count_365_days_pdf = v
                v = g("totalVendorsSendingEHF")
                if v is None:
                    o.total_vendors_sending_ehf = u
                    if "totalVendorsSendingEHF" not in d:
                        m += 1
                else:
                    o.total_vendors_sending_ehf = v
                v = g("totalVendorsSendingPDF")
                if v is None:
                    o.total_vendors_sending_pdf = u
                    if "totalVendorsSendingPDF" not in d:
                        m += 1
                else:
                    o.total_vendors_sending_pdf = v
                k = "allAutomaticallyBooked"
                v = g("allAutomaticallyBooked")
                if v is None:
                    o.all_automatically_booked = u
                    if "allAutomaticallyBooked" not in d:
                        m += 1
                else:
                    o.all_automatically_booked = v
                k = "pdfAutomaticallyBooked"
                v = g("pdfAutomaticallyBooked")
                if v is None:
                    o.pdf_automatically_booked = u
                    if "pdfAutomaticallyBooked" not in d:
                        m += 1
                else:
                    o.pdf_automatically_booked = v
                k = "ehfAutomaticallyBooked"
                v = g("ehfAutomaticallyBooked")
                if v is None:
                    o.ehf_automatically_booked = u
                    if "ehfAutomaticallyBooked" not in d:
                        m += 1
                else:
                    o.ehf_automatically_booked = v
                k = "allPartiallyAutomated"
                v = g("allPartiallyAutomated")
                if v is None:
                    o.all_partially_automated = u
                    if "allPartiallyAutomated" not in d:
                        m += 1
                else:
                    o.all_partially_automated = v
                k = "ehfPartiallyAutomated"
                v = g("ehfPartiallyAutomated")
                if v is None:
                    o.ehf_partially_automated = u
                    if "ehfPartiallyAutomated" not in d:
                        m += 1
                else:
                    o.ehf_partially_automated = v
                k = "pdfPartiallyAutomated"
                v = g("pdfPartiallyAutomated")
                if v is None:
                    o.pdf_partially_automated = u
                    if "pdfPartiallyAutomated" not in d:
                        m += 1
                else:
                    o.pdf_partially_automated = v
                k = "allManuallyEntered"
                v = g("allManuallyEntered")
                if v is None:
                    o.all_manually_entered = u
                    if "allManuallyEntered" not in d:
                        m += 1
                else:
                    o.all_manually_entered = v
                k = "pdfManuallyEntered"
                v = g("pdfManuallyEntered")
                if v is None:
                    o.pdf_manually_entered = u
                    if "pdfManuallyEntered" not in d:
                        m += 1
                else:
                    o.pdf_manually_entered = v
                k = "ehfManuallyEntered"
                v = g("ehfManuallyEntered")
                if v is None:
                    o.ehf_manually_entered = u
                    if "ehfManuallyEntered" not in d:
                        m += 1
                else:
                    o.ehf_manually_entered = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 35 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("total_could_be_automated_190_days", "totalCouldBeAutomated190days"),
            ("total_could_be_automated_365_days", "totalCouldBeAutomated365days"),
            ("percent_suggestions_ehf", "percentSuggestionsEHF"),
            ("percent_automated_ehf", "percentAutomatedEHF"),
            ("total_eh_finvoices", "totalEHFinvoices"),
            ("total_correct_suggestions", "totalCorrectSuggestions"),
            ("correct_suggestions_190_days", "correctSuggestions190days"),
            ("correct_suggestions_365_days", "correctSuggestions365days"),
            ("total_automated_190_days", "totalAutomated190days"),
            ("total_automated_365_days", "totalAutomated365days"),
            ("count_deactivated_vendors", "countDeactivatedVendors"),
            ("count_activated_vendors", "countActivatedVendors"),
            ("getvendors_could_be_automated", "getvendorsCouldBeAutomated"),
            ("vendors_not_sending_ehf", "vendorsNotSendingEhf"),
            ("voucher_count_non_ehf", "voucherCountNonEhf"),
            ("percent_vendors_not_sending_ehf", "percentVendorsNotSendingEhf"),
            ("percent_invoices_non_ehf", "percentInvoicesNonEhf"),
            ("show_project_hint", "showProjectHint"),
            ("voucher_count_30_days_ehf", "voucherCount30DaysEHF"),
            ("voucher_count_30_days_pdf", "voucherCount30DaysPDF"),
            ("voucher_count_180_days_ehf", "voucherCount180DaysEHF"),
            ("voucher_count_180_days_pdf", "voucherCount180DaysPDF"),
            ("voucher_count_365_days_ehf", "voucherCount365DaysEHF"),
            ("voucher_count_365_days_pdf", "voucherCount365DaysPDF"),
            ("total_vendors_sending_ehf", "totalVendorsSendingEHF"),
            ("total_vendors_sending_pdf", "totalVendorsSendingPDF"),
            ("all_automatically_booked", "allAutomaticallyBooked"),
            ("pdf_automatically_booked", "pdfAutomaticallyBooked"),
            ("ehf_automatically_booked", "ehfAutomaticallyBooked"),
            ("all_partially_automated", "allPartiallyAutomated"),
            ("ehf_partially_automated", "ehfPartiallyAutomated"),
            ("pdf_partially_automated", "pdfPartiallyAutomated"),
            ("all_manually_entered", "allManuallyEntered"),
            ("pdf_manually_entered", "pdfManuallyEntered"),
            ("ehf_manually_entered", "ehfManuallyEntered"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.total_could_be_automated_190_days
            o.total_could_be_automated_190_days = u if v is None else v
            v = s.total_could_be_automated_365_days
            o.total_could_be_automated_365_days = u if v is None else v
            v = s.percent_suggestions_ehf
            o.percent_suggestions_ehf = u if v is None else v
            v = s.percent_automated_ehf
            o.percent_automated_ehf = u if v is None else v
            v = s.total_eh_finvoices
            o.total_eh_finvoices = u if v is None else v
            v = s.total_correct_suggestions
            o.total_correct_suggestions = u if v is None else v
            v = s.correct_suggestions_190_days
            o.correct_suggestions_190_days = u if v is None else v
            v = s.correct_suggestions_365_days
            o.correct_suggestions_365_days = u if v is None else v
            v = s.total_automated_190_days
            o.total_automated_190_days = u if v is None else v
            v = s.total_automated_365_days
            o.total_automated_365_days = u if v is None else v
            v = s.count_deactivated_vendors
            o.count_deactivated_vendors = u if v is None else v
            v = s.count_activated_vendors
            o.count_activated_vendors = u if v is None else v
            v = s.getvendors_could_be_automated
            o.getvendors_could_be_automated = u if v is None else v
            v = s.vendors_not_sending_ehf
            o.vendors_not_sending_ehf = u if v is None else v
            v = s.voucher_count_non_ehf
            o.voucher_count_non_ehf = u if v is None else v
            v = s.percent_vendors_not_sending_ehf
            o.percent_vendors_not_sending_ehf = u if v is None else v
            v = s.percent_invoices_non_ehf
            o.percent_invoices_non_ehf = u if v is None else v
            v = s.show_project_hint
            o.show_project_hint = u if v is None else v
            v = s.voucher_count_30_days_ehf
            o.voucher_count_30_days_ehf = u if v is None else v
            v = s.voucher_count_30_days_pdf
            o.voucher_count_30_days_pdf = u if v is None else v
            v = s.voucher_count_180_days_ehf
            o.voucher_count_180_days_ehf = u if v is None else v
            v = s.voucher_count_180_days_pdf
            o.voucher_count_180_days_pdf = u if v is None else v
            v = s.voucher_count_365_days_ehf
            o.voucher_count_365_days_ehf = u if v is None else v
            v = s.voucher_count_365_days_pdf
            o.voucher_count_365_days_pdf = u if v is None else v
            v = s.total_vendors_sending_ehf
            o.total_vendors_sending_ehf = u if v is None else v
            v = s.total_vendors_sending_pdf
            o.total_vendors_sending_pdf = u if v is None else v
            v = s.all_automatically_booked
            o.all_automatically_booked = u if v is None or v is u else v
            v = s.pdf_automatically_booked
            o.pdf_automatically_booked = u if v is None or v is u else v
            v = s.ehf_automatically_booked
            o.ehf_automatically_booked = u if v is None or v is u else v
            v = s.all_partially_automated
            o.all_partially_automated = u if v is None or v is u else v
            v = s.ehf_partially_automated
            o.ehf_partially_automated = u if v is None or v is u else v
            v = s.pdf_partially_automated
            o.pdf_partially_automated = u if v is None or v is u else v
            v = s.all_manually_entered
            o.all_manually_entered = u if v is None or v is u else v
            v = s.pdf_manually_entered
            o.pdf_manually_entered = u if v is None or v is u else v
            v = s.ehf_manually_entered
            o.ehf_manually_entered = u if v is None or v is u else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
