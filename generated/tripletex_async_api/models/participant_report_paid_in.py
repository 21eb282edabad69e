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

T = TypeVar("T", bound="ParticipantReportPaidIn")


@_attrs_define
class ParticipantReportPaidIn(Model):
    """Paid in capital

    Attributes:
        share_of_taxable_equity_previous_year (float | Unset): Share of taxable equity previous year
        share_of_taxable_equity_beginning_of_year (float | Unset): Share of taxable equity at beginning of year
        acquisition_of_share (float | Unset): Acquisition of share
        disposal_of_share (float | Unset): Disposal of share
        deposit (float | Unset): Deposit
        other_correction (float | Unset): Other correction
        repayment (float | Unset): Repayment
        improper_deposit (float | Unset): Inadvertent deposit
        tax_benefit_from_loss (float | Unset): Tax benefit from loss
        tax_capital_equity_as_of_end_of_year (float | Unset): Tax capital equity as of end of year
    """

    share_of_taxable_equity_previous_year: float | Unset = UNSET
    share_of_taxable_equity_beginning_of_year: float | Unset = UNSET
    acquisition_of_share: float | Unset = UNSET
    disposal_of_share: float | Unset = UNSET
    deposit: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    repayment: float | Unset = UNSET
    improper_deposit: float | Unset = UNSET
    tax_benefit_from_loss: float | Unset = UNSET
    tax_capital_equity_as_of_end_of_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.share_of_taxable_equity_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["shareOfTaxableEquityPreviousYear"] = _v
        _v = self.share_of_taxable_equity_beginning_of_year
        if _v is not UNSET and not _in_request:
            field_dict["shareOfTaxableEquityBeginningOfYear"] = _v
        _v = self.acquisition_of_share
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionOfShare"] = _v
        _v = self.disposal_of_share
        if _v is not UNSET and not _in_request:
            field_dict["disposalOfShare"] = _v
        _v = self.deposit
        if _v is not UNSET and not _in_request:
            field_dict["deposit"] = _v
        _v = self.other_correction
        if _v is not UNSET and not _in_request:
            field_dict["otherCorrection"] = _v
        _v = self.repayment
        if _v is not UNSET and not _in_request:
            field_dict["repayment"] = _v
        _v = self.improper_deposit
        if _v is not UNSET and not _in_request:
            field_dict["improperDeposit"] = _v
        _v = self.tax_benefit_from_loss
        if _v is not UNSET and not _in_request:
            field_dict["taxBenefitFromLoss"] = _v
        _v = self.tax_capital_equity_as_of_end_of_year
        if _v is not UNSET and not _in_request:
            field_dict["taxCapitalEquityAsOfEndOfYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportPaidIn from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportPaidIn.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "shareOfTaxableEquityPreviousYear",
                "shareOfTaxableEquityBeginningOfYear",
                "acquisitionOfShare",
                "disposalOfShare",
                "deposit",
                "otherCorrection",
                "repayment",
                "improperDeposit",
                "taxBenefitFromLoss",
                "taxCapitalEquityAsOfEndOfYear",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "shareOfTaxableEquityPreviousYear": "share_of_taxable_equity_previous_year",
            "shareOfTaxableEquityBeginningOfYear": "share_of_taxable_equity_beginning_of_year",
            "acquisitionOfShare": "acquisition_of_share",
            "disposalOfShare": "disposal_of_share",
            "deposit": "deposit",
            "otherCorrection": "other_correction",
            "repayment": "repayment",
            "improperDeposit": "improper_deposit",
            "taxBenefitFromLoss": "tax_benefit_from_loss",
            "taxCapitalEquityAsOfEndOfYear": "tax_capital_equity_as_of_end_of_year",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.share_of_taxable_equity_previous_year = o.share_of_taxable_equity_beginning_of_year = (
                        o.acquisition_of_share
                    ) = o.disposal_of_share = o.deposit = o.other_correction = o.repayment = o.improper_deposit = (
                        o.tax_benefit_from_loss
                    ) = o.tax_capital_equity_as_of_end_of_year = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("shareOfTaxableEquityPreviousYear")
                if v is None:
                    o.share_of_taxable_equity_previous_year = u
                    if "shareOfTaxableEquityPreviousYear" not in d:
                        m += 1
                else:
                    o.share_of_taxable_equity_previous_year = v
                v = g("shareOfTaxableEquityBeginningOfYear")
                if v is None:
                    o.share_of_taxable_equity_beginning_of_year = u
                    if "shareOfTaxableEquityBeginningOfYear" not in d:
                        m += 1
                else:
                    o.share_of_taxable_equity_beginning_of_year = v
                v = g("acquisitionOfShare")
                if v is None:
                    o.acquisition_of_share = u
                    if "acquisitionOfShare" not in d:
                        m += 1
                else:
                    o.acquisition_of_share = v
                v = g("disposalOfShare")
                if v is None:
                    o.disposal_of_share = u
                    if "disposalOfShare" not in d:
                        m += 1
                else:
                    o.disposal_of_share = v
                v = g("deposit")
                if v is None:
                    o.deposit = u
                    if "deposit" not in d:
                        m += 1
                else:
                    o.deposit = v
                v = g("otherCorrection")
                if v is None:
                    o.other_correction = u
                    if "otherCorrection" not in d:
                        m += 1
                else:
                    o.other_correction = v
                v = g("repayment")
                if v is None:
                    o.repayment = u
                    if "repayment" not in d:
                        m += 1
                else:
                    o.repayment = v
                v = g("improperDeposit")
                if v is None:
                    o.improper_deposit = u
                    if "improperDeposit" not in d:
                        m += 1
                else:
                    o.improper_deposit = v
                v = g("taxBenefitFromLoss")
                if v is None:
                    o.tax_benefit_from_loss = u
                    if "taxBenefitFromLoss" not in d:
                        m += 1
                else:
                    o.tax_benefit_from_loss = v
                v = g("taxCapitalEquityAsOfEndOfYear")
                if v is None:
                    o.tax_capital_equity_as_of_end_of_year = u
                    if "taxCapitalEquityAsOfEndOfYear" not in d:
                        m += 1
                else:
                    o.tax_capital_equity_as_of_end_of_year = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("share_of_taxable_equity_previous_year", "shareOfTaxableEquityPreviousYear"),
            ("share_of_taxable_equity_beginning_of_year", "shareOfTaxableEquityBeginningOfYear"),
            ("acquisition_of_share", "acquisitionOfShare"),
            ("disposal_of_share", "disposalOfShare"),
            ("deposit", "deposit"),
            ("other_correction", "otherCorrection"),
            ("repayment", "repayment"),
            ("improper_deposit", "improperDeposit"),
            ("tax_benefit_from_loss", "taxBenefitFromLoss"),
            ("tax_capital_equity_as_of_end_of_year", "taxCapitalEquityAsOfEndOfYear"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.share_of_taxable_equity_previous_year
            o.share_of_taxable_equity_previous_year = u if v is None else v
            v = s.share_of_taxable_equity_beginning_of_year
            o.share_of_taxable_equity_beginning_of_year = u if v is None else v
            v = s.acquisition_of_share
            o.acquisition_of_share = u if v is None else v
            v = s.disposal_of_share
            o.disposal_of_share = u if v is None else v
            v = s.deposit
            o.deposit = u if v is None else v
            v = s.other_correction
            o.other_correction = u if v is None else v
            v = s.repayment
            o.repayment = u if v is None else v
            v = s.improper_deposit
            o.improper_deposit = u if v is None else v
            v = s.tax_benefit_from_loss
            o.tax_benefit_from_loss = u if v is None else v
            v = s.tax_capital_equity_as_of_end_of_year
            o.tax_capital_equity_as_of_end_of_year = u if v is None else v
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
