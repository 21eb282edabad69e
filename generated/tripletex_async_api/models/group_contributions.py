from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="GroupContributions")


@_attrs_define
class GroupContributions(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        sum_expenses (float | Unset):
        sum_paid (float | Unset):
        sum_paid_with_tax_related_effect (float | Unset):
        sum_paid_without_tax_related_effect (float | Unset):
        sum_received (float | Unset):
        sum_received_with_tax_related_effect (float | Unset):
        sum_received_without_tax_related_effect (float | Unset):
        received_group_contribution (float | Unset):
        paid_group_contribution (float | Unset):
        accounted_value (float | Unset):
        grouped_accounted_value (float | Unset):
        amount_to_be_posted_on_account (float | Unset):
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    sum_expenses: float | Unset = UNSET
    sum_paid: float | Unset = UNSET
    sum_paid_with_tax_related_effect: float | Unset = UNSET
    sum_paid_without_tax_related_effect: float | Unset = UNSET
    sum_received: float | Unset = UNSET
    sum_received_with_tax_related_effect: float | Unset = UNSET
    sum_received_without_tax_related_effect: float | Unset = UNSET
    received_group_contribution: float | Unset = UNSET
    paid_group_contribution: float | Unset = UNSET
    accounted_value: float | Unset = UNSET
    grouped_accounted_value: float | Unset = UNSET
    amount_to_be_posted_on_account: float | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.sum_expenses
        if _v is not UNSET and not _in_request:
            field_dict["sumExpenses"] = _v
        _v = self.sum_paid
        if _v is not UNSET and not _in_request:
            field_dict["sumPaid"] = _v
        _v = self.sum_paid_with_tax_related_effect
        if _v is not UNSET and not _in_request:
            field_dict["sumPaidWithTaxRelatedEffect"] = _v
        _v = self.sum_paid_without_tax_related_effect
        if _v is not UNSET and not _in_request:
            field_dict["sumPaidWithoutTaxRelatedEffect"] = _v
        _v = self.sum_received
        if _v is not UNSET and not _in_request:
            field_dict["sumReceived"] = _v
        _v = self.sum_received_with_tax_related_effect
        if _v is not UNSET and not _in_request:
            field_dict["sumReceivedWithTaxRelatedEffect"] = _v
        _v = self.sum_received_without_tax_related_effect
        if _v is not UNSET and not _in_request:
            field_dict["sumReceivedWithoutTaxRelatedEffect"] = _v
        _v = self.received_group_contribution
        if _v is not UNSET and not _in_request:
            field_dict["receivedGroupContribution"] = _v
        _v = self.paid_group_contribution
        if _v is not UNSET and not _in_request:
            field_dict["paidGroupContribution"] = _v
        _v = self.accounted_value
        if _v is not UNSET and not _in_request:
            field_dict["accountedValue"] = _v
        _v = self.grouped_accounted_value
        if _v is not UNSET and not _in_request:
            field_dict["groupedAccountedValue"] = _v
        _v = self.amount_to_be_posted_on_account
        if _v is not UNSET and not _in_request:
            field_dict["amountToBePostedOnAccount"] = _v
        _v = self.generic_data_overviews
        if _v is not UNSET:
            field_dict["genericDataOverviews"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GroupContributions from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GroupContributions.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "sumExpenses",
                "sumPaid",
                "sumPaidWithTaxRelatedEffect",
                "sumPaidWithoutTaxRelatedEffect",
                "sumReceived",
                "sumReceivedWithTaxRelatedEffect",
                "sumReceivedWithoutTaxRelatedEffect",
                "receivedGroupContribution",
                "paidGroupContribution",
                "accountedValue",
                "groupedAccountedValue",
                "amountToBePostedOnAccount",
                "genericDataOverviews",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumExpenses": "sum_expenses",
            "sumPaid": "sum_paid",
            "sumPaidWithTaxRelatedEffect": "sum_paid_with_tax_related_effect",
            "sumPaidWithoutTaxRelatedEffect": "sum_paid_without_tax_related_effect",
            "sumReceived": "sum_received",
            "sumReceivedWithTaxRelatedEffect": "sum_received_with_tax_related_effect",
            "sumReceivedWithoutTaxRelatedEffect": "sum_received_without_tax_related_effect",
            "receivedGroupContribution": "received_group_contribution",
            "paidGroupContribution": "paid_group_contribution",
            "accountedValue": "accounted_value",
            "groupedAccountedValue": "grouped_accounted_value",
            "amountToBePostedOnAccount": "amount_to_be_posted_on_account",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.sum_expenses = o.sum_paid = o.sum_paid_with_tax_related_effect = (
                        o.sum_paid_without_tax_related_effect
                    ) = o.sum_received = o.sum_received_with_tax_related_effect = (
                        o.sum_received_without_tax_related_effect
                    ) = o.received_group_contribution = o.paid_group_contribution = o.accounted_value = (
                        o.grouped_accounted_value
                    ) = o.amount_to_be_posted_on_account = o.generic_data_overviews = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("sumExpenses")
                if v is None:
                    o.sum_expenses = u
                    if "sumExpenses" not in d:
                        m += 1
                else:
                    o.sum_expenses = v
                v = g("sumPaid")
                if v is None:
                    o.sum_paid = u
                    if "sumPaid" not in d:
                        m += 1
                else:
                    o.sum_paid = v
                v = g("sumPaidWithTaxRelatedEffect")
                if v is None:
                    o.sum_paid_with_tax_related_effect = u
                    if "sumPaidWithTaxRelatedEffect" not in d:
                        m += 1
                else:
                    o.sum_paid_with_tax_related_effect = v
                v = g("sumPaidWithoutTaxRelatedEffect")
                if v is None:
                    o.sum_paid_without_tax_related_effect = u
                    if "sumPaidWithoutTaxRelatedEffect" not in d:
                        m += 1
                else:
                    o.sum_paid_without_tax_related_effect = v
                v = g("sumReceived")
                if v is None:
                    o.sum_received = u
                    if "sumReceived" not in d:
                        m += 1
                else:
                    o.sum_received = v
                v = g("sumReceivedWithTaxRelatedEffect")
                if v is None:
                    o.sum_received_with_tax_related_effect = u
                    if "sumReceivedWithTaxRelatedEffect" not in d:
                        m += 1
                else:
                    o.sum_received_with_tax_related_effect = v
                v = g("sumReceivedWithoutTaxRelatedEffect")
                if v is None:
                    o.sum_received_without_tax_related_effect = u
                    if "sumReceivedWithoutTaxRelatedEffect" not in d:
                        m += 1
                else:
                    o.sum_received_without_tax_related_effect = v
                v = g("receivedGroupContribution")
                if v is None:
                    o.received_group_contribution = u
                    if "receivedGroupContribution" not in d:
                        m += 1
                else:
                    o.received_group_contribution = v
                v = g("paidGroupContribution")
                if v is None:
                    o.paid_group_contribution = u
                    if "paidGroupContribution" not in d:
                        m += 1
                else:
                    o.paid_group_contribution = v
                v = g("accountedValue")
                if v is None:
                    o.accounted_value = u
                    if "accountedValue" not in d:
                        m += 1
                else:
                    o.accounted_value = v
                v = g("groupedAccountedValue")
                if v is None:
                    o.grouped_accounted_value = u
                    if "groupedAccountedValue" not in d:
                        m += 1
                else:
                    o.grouped_accounted_value = v
                v = g("amountToBePostedOnAccount")
                if v is None:
                    o.amount_to_be_posted_on_account = u
                    if "amountToBePostedOnAccount" not in d:
                        m += 1
                else:
                    o.amount_to_be_posted_on_account = v
                k = "genericDataOverviews"
                v = g("genericDataOverviews")
                if v is None:
                    o.generic_data_overviews = u
                    if "genericDataOverviews" not in d:
                        m += 1
                else:
                    o.generic_data_overviews = (
                        ([GenericDataOverview._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("sum_expenses", "sumExpenses"),
            ("sum_paid", "sumPaid"),
            ("sum_paid_with_tax_related_effect", "sumPaidWithTaxRelatedEffect"),
            ("sum_paid_without_tax_related_effect", "sumPaidWithoutTaxRelatedEffect"),
            ("sum_received", "sumReceived"),
            ("sum_received_with_tax_related_effect", "sumReceivedWithTaxRelatedEffect"),
            ("sum_received_without_tax_related_effect", "sumReceivedWithoutTaxRelatedEffect"),
            ("received_group_contribution", "receivedGroupContribution"),
            ("paid_group_contribution", "paidGroupContribution"),
            ("accounted_value", "accountedValue"),
            ("grouped_accounted_value", "groupedAccountedValue"),
            ("amount_to_be_posted_on_account", "amountToBePostedOnAccount"),
            ("generic_data_overviews", "genericDataOverviews"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.sum_expenses
            o.sum_expenses = u if v is None else v
            v = s.sum_paid
            o.sum_paid = u if v is None else v
            v = s.sum_paid_with_tax_related_effect
            o.sum_paid_with_tax_related_effect = u if v is None else v
            v = s.sum_paid_without_tax_related_effect
            o.sum_paid_without_tax_related_effect = u if v is None else v
            v = s.sum_received
            o.sum_received = u if v is None else v
            v = s.sum_received_with_tax_related_effect
            o.sum_received_with_tax_related_effect = u if v is None else v
            v = s.sum_received_without_tax_related_effect
            o.sum_received_without_tax_related_effect = u if v is None else v
            v = s.received_group_contribution
            o.received_group_contribution = u if v is None else v
            v = s.paid_group_contribution
            o.paid_group_contribution = u if v is None else v
            v = s.accounted_value
            o.accounted_value = u if v is None else v
            v = s.grouped_accounted_value
            o.grouped_accounted_value = u if v is None else v
            v = s.amount_to_be_posted_on_account
            o.amount_to_be_posted_on_account = u if v is None else v
            v = s.generic_data_overviews
            o.generic_data_overviews = (
                u
                if v is None or v is u
                else ([GenericDataOverview._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
