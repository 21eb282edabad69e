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
    from ..models.participant import Participant
    from ..models.participant_report_acquisition_and_realization import ParticipantReportAcquisitionAndRealization
    from ..models.participant_report_additions_to_ordinary_income import ParticipantReportAdditionsToOrdinaryIncome
    from ..models.participant_report_agriculture import ParticipantReportAgriculture
    from ..models.participant_report_distribution import ParticipantReportDistribution
    from ..models.participant_report_paid_in import ParticipantReportPaidIn
    from ..models.participant_report_price_adjustment_management import ParticipantReportPriceAdjustmentManagement
    from ..models.participant_report_retained_earnings import ParticipantReportRetainedEarnings
    from ..models.participant_report_shielding_basis import ParticipantReportShieldingBasis
    from ..models.participant_report_shielding_deduction import ParticipantReportShieldingDeduction
    from ..models.participant_report_tax_basis_specification import ParticipantReportTaxBasisSpecification


T = TypeVar("T", bound="ParticipantReport")


@_attrs_define
class ParticipantReport(Model):
    """
    Attributes:
        participant (Participant | Unset): Information about the participant
        share_of_assets_liabilities (float | Unset): Share of assets and liabilities
        share_of_deficit_surplus (float | Unset): Share of deficit and surplus
        total_labor_remuneration (float | Unset): Total labor remuneration
        calculated_total_capital (float | Unset): Total calculated capital
        shares_realized_or_acquired (bool | Unset): Shares realized or acquired
        resident_in_nord_troms_or_finnmark (bool | Unset): Resides in Nord Troms or Finnnmark
        compensation (float | Unset): Compensation
        agriculture (ParticipantReportAgriculture | Unset): Agriculture
        distribution (ParticipantReportDistribution | Unset): Distribution
        calculation_of_shielding_basis (ParticipantReportShieldingBasis | Unset): Calculation of shielding basis
        calculation_of_shielding_deduction (ParticipantReportShieldingDeduction | Unset): Calculation of shielding
            deduction
        calculation_of_additions_to_ordinary_income (ParticipantReportAdditionsToOrdinaryIncome | Unset): Calculation of
            additions to ordinary income
        specification_of_taxable_basis (ParticipantReportTaxBasisSpecification | Unset): Specification of taxable basis
        paid_in (ParticipantReportPaidIn | Unset): Paid in capital
        retained_earnings (ParticipantReportRetainedEarnings | Unset): Retained earnings
        acquisition_and_realization (list[ParticipantReportAcquisitionAndRealization] | Unset): Acquisition and
            Realization
        price_adjustment_management (ParticipantReportPriceAdjustmentManagement | Unset): Price adjustment management
    """

    participant: Participant | Unset = UNSET
    share_of_assets_liabilities: float | Unset = UNSET
    share_of_deficit_surplus: float | Unset = UNSET
    total_labor_remuneration: float | Unset = UNSET
    calculated_total_capital: float | Unset = UNSET
    shares_realized_or_acquired: bool | Unset = UNSET
    resident_in_nord_troms_or_finnmark: bool | Unset = UNSET
    compensation: float | Unset = UNSET
    agriculture: ParticipantReportAgriculture | Unset = UNSET
    distribution: ParticipantReportDistribution | Unset = UNSET
    calculation_of_shielding_basis: ParticipantReportShieldingBasis | Unset = UNSET
    calculation_of_shielding_deduction: ParticipantReportShieldingDeduction | Unset = UNSET
    calculation_of_additions_to_ordinary_income: ParticipantReportAdditionsToOrdinaryIncome | Unset = UNSET
    specification_of_taxable_basis: ParticipantReportTaxBasisSpecification | Unset = UNSET
    paid_in: ParticipantReportPaidIn | Unset = UNSET
    retained_earnings: ParticipantReportRetainedEarnings | Unset = UNSET
    acquisition_and_realization: list[ParticipantReportAcquisitionAndRealization] | Unset = UNSET
    price_adjustment_management: ParticipantReportPriceAdjustmentManagement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.participant
        if _v is not UNSET:
            field_dict["participant"] = _v.to_dict()
        _v = self.share_of_assets_liabilities
        if _v is not UNSET and not _in_request:
            field_dict["shareOfAssetsLiabilities"] = _v
        _v = self.share_of_deficit_surplus
        if _v is not UNSET and not _in_request:
            field_dict["shareOfDeficitSurplus"] = _v
        _v = self.total_labor_remuneration
        if _v is not UNSET and not _in_request:
            field_dict["totalLaborRemuneration"] = _v
        _v = self.calculated_total_capital
        if _v is not UNSET and not _in_request:
            field_dict["calculatedTotalCapital"] = _v
        _v = self.shares_realized_or_acquired
        if _v is not UNSET and not _in_request:
            field_dict["sharesRealizedOrAcquired"] = _v
        _v = self.resident_in_nord_troms_or_finnmark
        if _v is not UNSET and not _in_request:
            field_dict["residentInNordTromsOrFinnmark"] = _v
        _v = self.compensation
        if _v is not UNSET and not _in_request:
            field_dict["compensation"] = _v
        _v = self.agriculture
        if _v is not UNSET:
            field_dict["agriculture"] = _v.to_dict()
        _v = self.distribution
        if _v is not UNSET:
            field_dict["distribution"] = _v.to_dict()
        _v = self.calculation_of_shielding_basis
        if _v is not UNSET:
            field_dict["calculationOfShieldingBasis"] = _v.to_dict()
        _v = self.calculation_of_shielding_deduction
        if _v is not UNSET:
            field_dict["calculationOfShieldingDeduction"] = _v.to_dict()
        _v = self.calculation_of_additions_to_ordinary_income
        if _v is not UNSET:
            field_dict["calculationOfAdditionsToOrdinaryIncome"] = _v.to_dict()
        _v = self.specification_of_taxable_basis
        if _v is not UNSET:
            field_dict["specificationOfTaxableBasis"] = _v.to_dict()
        _v = self.paid_in
        if _v is not UNSET:
            field_dict["paidIn"] = _v.to_dict()
        _v = self.retained_earnings
        if _v is not UNSET:
            field_dict["retainedEarnings"] = _v.to_dict()
        _v = self.acquisition_and_realization
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionAndRealization"] = [_e.to_dict() for _e in _v]
        _v = self.price_adjustment_management
        if _v is not UNSET:
            field_dict["priceAdjustmentManagement"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.participant import Participant  # noqa: PLC0415
        from ..models.participant_report_acquisition_and_realization import ParticipantReportAcquisitionAndRealization  # noqa: PLC0415
        from ..models.participant_report_additions_to_ordinary_income import ParticipantReportAdditionsToOrdinaryIncome  # noqa: PLC0415
        from ..models.participant_report_agriculture import ParticipantReportAgriculture  # noqa: PLC0415
        from ..models.participant_report_distribution import ParticipantReportDistribution  # noqa: PLC0415
        from ..models.participant_report_paid_in import ParticipantReportPaidIn  # noqa: PLC0415
        from ..models.participant_report_price_adjustment_management import ParticipantReportPriceAdjustmentManagement  # noqa: PLC0415
        from ..models.participant_report_retained_earnings import ParticipantReportRetainedEarnings  # noqa: PLC0415
        from ..models.participant_report_shielding_basis import ParticipantReportShieldingBasis  # noqa: PLC0415
        from ..models.participant_report_shielding_deduction import ParticipantReportShieldingDeduction  # noqa: PLC0415
        from ..models.participant_report_tax_basis_specification import ParticipantReportTaxBasisSpecification  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "participant",
                "shareOfAssetsLiabilities",
                "shareOfDeficitSurplus",
                "totalLaborRemuneration",
                "calculatedTotalCapital",
                "sharesRealizedOrAcquired",
                "residentInNordTromsOrFinnmark",
                "compensation",
                "agriculture",
                "distribution",
                "calculationOfShieldingBasis",
                "calculationOfShieldingDeduction",
                "calculationOfAdditionsToOrdinaryIncome",
                "specificationOfTaxableBasis",
                "paidIn",
                "retainedEarnings",
                "acquisitionAndRealization",
                "priceAdjustmentManagement",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "shareOfAssetsLiabilities": "share_of_assets_liabilities",
            "shareOfDeficitSurplus": "share_of_deficit_surplus",
            "totalLaborRemuneration": "total_labor_remuneration",
            "calculatedTotalCapital": "calculated_total_capital",
            "sharesRealizedOrAcquired": "shares_realized_or_acquired",
            "residentInNordTromsOrFinnmark": "resident_in_nord_troms_or_finnmark",
            "compensation": "compensation",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.participant = o.share_of_assets_liabilities = o.share_of_deficit_surplus = (
                        o.total_labor_remuneration
                    ) = o.calculated_total_capital = o.shares_realized_or_acquired = (
                        o.resident_in_nord_troms_or_finnmark
                    ) = o.compensation = o.agriculture = o.distribution = o.calculation_of_shielding_basis = (
                        o.calculation_of_shielding_deduction
                    ) = o.calculation_of_additions_to_ordinary_income = o.specification_of_taxable_basis = o.paid_in = (
                        o.retained_earnings
                    ) = o.acquisition_and_realization = o.price_adjustment_management = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "participant"
                v = g("participant")
                if v is None:
                    o.participant = u
                    if "participant" not in d:
                        m += 1
                else:
                    o.participant = Participant._tx_parse(v)
                v = g("shareOfAssetsLiabilities")
                if v is None:
                    o.share_of_assets_liabilities = u
                    if "shareOfAssetsLiabilities" not in d:
                        m += 1
                else:
                    o.share_of_assets_liabilities = v
                v = g("shareOfDeficitSurplus")
                if v is None:
                    o.share_of_deficit_surplus = u
                    if "shareOfDeficitSurplus" not in d:
                        m += 1
                else:
                    o.share_of_deficit_surplus = v
                v = g("totalLaborRemuneration")
                if v is None:
                    o.total_labor_remuneration = u
                    if "totalLaborRemuneration" not in d:
                        m += 1
                else:
                    o.total_labor_remuneration = v
                v = g("calculatedTotalCapital")
                if v is None:
                    o.calculated_total_capital = u
                    if "calculatedTotalCapital" not in d:
                        m += 1
                else:
                    o.calculated_total_capital = v
                v = g("sharesRealizedOrAcquired")
                if v is None:
                    o.shares_realized_or_acquired = u
                    if "sharesRealizedOrAcquired" not in d:
                        m += 1
                else:
                    o.shares_realized_or_acquired = v
                v = g("residentInNordTromsOrFinnmark")
                if v is None:
                    o.resident_in_nord_troms_or_finnmark = u
                    if "residentInNordTromsOrFinnmark" not in d:
                        m += 1
                else:
                    o.resident_in_nord_troms_or_finnmark = v
                v = g("compensation")
                if v is None:
                    o.compensation = u
                    if "compensation" not in d:
                        m += 1
                else:
                    o.compensation = v
                k = "agriculture"
                v = g("agriculture")
                if v is None:
                    o.agriculture = u
                    if "agriculture" not in d:
                        m += 1
                else:
                    o.agriculture = ParticipantReportAgriculture._tx_parse(v)
                k = "distribution"
                v = g("distribution")
                if v is None:
                    o.distribution = u
                    if "distribution" not in d:
                        m += 1
                else:
                    o.distribution = ParticipantReportDistribution._tx_parse(v)
                k = "calculationOfShieldingBasis"
                v = g("calculationOfShieldingBasis")
                if v is None:
                    o.calculation_of_shielding_basis = u
                    if "calculationOfShieldingBasis" not in d:
                        m += 1
                else:
                    o.calculation_of_shielding_basis = ParticipantReportShieldingBasis._tx_parse(v)
                k = "calculationOfShieldingDeduction"
                v = g("calculationOfShieldingDeduction")
                if v is None:
                    o.calculation_of_shielding_deduction = u
                    if "calculationOfShieldingDeduction" not in d:
                        m += 1
                else:
                    o.calculation_of_shielding_deduction = ParticipantReportShieldingDeduction._tx_parse(v)
                k = "calculationOfAdditionsToOrdinaryIncome"
                v = g("calculationOfAdditionsToOrdinaryIncome")
                if v is None:
                    o.calculation_of_additions_to_ordinary_income = u
                    if "calculationOfAdditionsToOrdinaryIncome" not in d:
                        m += 1
                else:
                    o.calculation_of_additions_to_ordinary_income = (
                        ParticipantReportAdditionsToOrdinaryIncome._tx_parse(v)
                    )
                k = "specificationOfTaxableBasis"
                v = g("specificationOfTaxableBasis")
                if v is None:
                    o.specification_of_taxable_basis = u
                    if "specificationOfTaxableBasis" not in d:
                        m += 1
                else:
                    o.specification_of_taxable_basis = ParticipantReportTaxBasisSpecification._tx_parse(v)
                k = "paidIn"
                v = g("paidIn")
                if v is None:
                    o.paid_in = u
                    if "paidIn" not in d:
                        m += 1
                else:
                    o.paid_in = ParticipantReportPaidIn._tx_parse(v)
                k = "retainedEarnings"
                v = g("retainedEarnings")
                if v is None:
                    o.retained_earnings = u
                    if "retainedEarnings" not in d:
                        m += 1
                else:
                    o.retained_earnings = ParticipantReportRetainedEarnings._tx_parse(v)
                k = "acquisitionAndRealization"
                v = g("acquisitionAndRealization")
                if v is None:
                    o.acquisition_and_realization = u
                    if "acquisitionAndRealization" not in d:
                        m += 1
                else:
                    o.acquisition_and_realization = (
                        (
                            [ParticipantReportAcquisitionAndRealization._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "priceAdjustmentManagement"
                v = g("priceAdjustmentManagement")
                if v is None:
                    o.price_adjustment_management = u
                    if "priceAdjustmentManagement" not in d:
                        m += 1
                else:
                    o.price_adjustment_management = ParticipantReportPriceAdjustmentManagement._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("participant", "participant"),
            ("share_of_assets_liabilities", "shareOfAssetsLiabilities"),
            ("share_of_deficit_surplus", "shareOfDeficitSurplus"),
            ("total_labor_remuneration", "totalLaborRemuneration"),
            ("calculated_total_capital", "calculatedTotalCapital"),
            ("shares_realized_or_acquired", "sharesRealizedOrAcquired"),
            ("resident_in_nord_troms_or_finnmark", "residentInNordTromsOrFinnmark"),
            ("compensation", "compensation"),
            ("agriculture", "agriculture"),
            ("distribution", "distribution"),
            ("calculation_of_shielding_basis", "calculationOfShieldingBasis"),
            ("calculation_of_shielding_deduction", "calculationOfShieldingDeduction"),
            ("calculation_of_additions_to_ordinary_income", "calculationOfAdditionsToOrdinaryIncome"),
            ("specification_of_taxable_basis", "specificationOfTaxableBasis"),
            ("paid_in", "paidIn"),
            ("retained_earnings", "retainedEarnings"),
            ("acquisition_and_realization", "acquisitionAndRealization"),
            ("price_adjustment_management", "priceAdjustmentManagement"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.participant
            o.participant = u if v is None or v is u else Participant._tx_parse(v)
            v = s.share_of_assets_liabilities
            o.share_of_assets_liabilities = u if v is None else v
            v = s.share_of_deficit_surplus
            o.share_of_deficit_surplus = u if v is None else v
            v = s.total_labor_remuneration
            o.total_labor_remuneration = u if v is None else v
            v = s.calculated_total_capital
            o.calculated_total_capital = u if v is None else v
            v = s.shares_realized_or_acquired
            o.shares_realized_or_acquired = u if v is None else v
            v = s.resident_in_nord_troms_or_finnmark
            o.resident_in_nord_troms_or_finnmark = u if v is None else v
            v = s.compensation
            o.compensation = u if v is None else v
            v = s.agriculture
            o.agriculture = u if v is None or v is u else ParticipantReportAgriculture._tx_parse(v)
            v = s.distribution
            o.distribution = u if v is None or v is u else ParticipantReportDistribution._tx_parse(v)
            v = s.calculation_of_shielding_basis
            o.calculation_of_shielding_basis = (
                u if v is None or v is u else ParticipantReportShieldingBasis._tx_parse(v)
            )
            v = s.calculation_of_shielding_deduction
            o.calculation_of_shielding_deduction = (
                u if v is None or v is u else ParticipantReportShieldingDeduction._tx_parse(v)
            )
            v = s.calculation_of_additions_to_ordinary_income
            o.calculation_of_additions_to_ordinary_income = (
                u if v is None or v is u else ParticipantReportAdditionsToOrdinaryIncome._tx_parse(v)
            )
            v = s.specification_of_taxable_basis
            o.specification_of_taxable_basis = (
                u if v is None or v is u else ParticipantReportTaxBasisSpecification._tx_parse(v)
            )
            v = s.paid_in
            o.paid_in = u if v is None or v is u else ParticipantReportPaidIn._tx_parse(v)
            v = s.retained_earnings
            o.retained_earnings = u if v is None or v is u else ParticipantReportRetainedEarnings._tx_parse(v)
            v = s.acquisition_and_realization
            o.acquisition_and_realization = (
                u
                if v is None or v is u
                else (
                    [ParticipantReportAcquisitionAndRealization._tx_parse(e) for e in v if e is not None] if v else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.price_adjustment_management
            o.price_adjustment_management = (
                u if v is None or v is u else ParticipantReportPriceAdjustmentManagement._tx_parse(v)
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
