from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("participant", dict, False),
    ("agriculture", dict, False),
    ("distribution", dict, False),
    ("calculationOfShieldingBasis", dict, False),
    ("calculationOfShieldingDeduction", dict, False),
    ("calculationOfAdditionsToOrdinaryIncome", dict, False),
    ("specificationOfTaxableBasis", dict, False),
    ("paidIn", dict, False),
    ("retainedEarnings", dict, False),
    ("acquisitionAndRealization", list, False),
    ("priceAdjustmentManagement", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReport(LazyModel):
    """
    Attributes:
        participant (Participant | Unset): Information about the participant
        share_of_assets_liabilities (float | Unset): [read-only] Share of assets and liabilities
        share_of_deficit_surplus (float | Unset): [read-only] Share of deficit and surplus
        total_labor_remuneration (float | Unset): [read-only] Total labor remuneration
        calculated_total_capital (float | Unset): [read-only] Total calculated capital
        shares_realized_or_acquired (bool | Unset): [read-only] Shares realized or acquired
        resident_in_nord_troms_or_finnmark (bool | Unset): [read-only] Resides in Nord Troms or Finnnmark
        compensation (float | Unset): [read-only] Compensation
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
        acquisition_and_realization (list[ParticipantReportAcquisitionAndRealization] | Unset): [read-only] Acquisition
            and Realization
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
        self._tx_load()
        _in_request = serializing_request_body()
        participant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.participant, Unset):
            participant = self.participant.to_dict()

        share_of_assets_liabilities = self.share_of_assets_liabilities

        share_of_deficit_surplus = self.share_of_deficit_surplus

        total_labor_remuneration = self.total_labor_remuneration

        calculated_total_capital = self.calculated_total_capital

        shares_realized_or_acquired = self.shares_realized_or_acquired

        resident_in_nord_troms_or_finnmark = self.resident_in_nord_troms_or_finnmark

        compensation = self.compensation

        agriculture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agriculture, Unset):
            agriculture = self.agriculture.to_dict()

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        calculation_of_shielding_basis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calculation_of_shielding_basis, Unset):
            calculation_of_shielding_basis = self.calculation_of_shielding_basis.to_dict()

        calculation_of_shielding_deduction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calculation_of_shielding_deduction, Unset):
            calculation_of_shielding_deduction = self.calculation_of_shielding_deduction.to_dict()

        calculation_of_additions_to_ordinary_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calculation_of_additions_to_ordinary_income, Unset):
            calculation_of_additions_to_ordinary_income = self.calculation_of_additions_to_ordinary_income.to_dict()

        specification_of_taxable_basis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification_of_taxable_basis, Unset):
            specification_of_taxable_basis = self.specification_of_taxable_basis.to_dict()

        paid_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_in, Unset):
            paid_in = self.paid_in.to_dict()

        retained_earnings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retained_earnings, Unset):
            retained_earnings = self.retained_earnings.to_dict()

        acquisition_and_realization: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acquisition_and_realization, Unset):
            acquisition_and_realization = []
            for acquisition_and_realization_item_data in self.acquisition_and_realization:
                acquisition_and_realization_item = acquisition_and_realization_item_data.to_dict()
                acquisition_and_realization.append(acquisition_and_realization_item)

        price_adjustment_management: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_adjustment_management, Unset):
            price_adjustment_management = self.price_adjustment_management.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participant is not UNSET:
            field_dict["participant"] = participant
        if share_of_assets_liabilities is not UNSET and not _in_request:
            field_dict["shareOfAssetsLiabilities"] = share_of_assets_liabilities
        if share_of_deficit_surplus is not UNSET and not _in_request:
            field_dict["shareOfDeficitSurplus"] = share_of_deficit_surplus
        if total_labor_remuneration is not UNSET and not _in_request:
            field_dict["totalLaborRemuneration"] = total_labor_remuneration
        if calculated_total_capital is not UNSET and not _in_request:
            field_dict["calculatedTotalCapital"] = calculated_total_capital
        if shares_realized_or_acquired is not UNSET and not _in_request:
            field_dict["sharesRealizedOrAcquired"] = shares_realized_or_acquired
        if resident_in_nord_troms_or_finnmark is not UNSET and not _in_request:
            field_dict["residentInNordTromsOrFinnmark"] = resident_in_nord_troms_or_finnmark
        if compensation is not UNSET and not _in_request:
            field_dict["compensation"] = compensation
        if agriculture is not UNSET:
            field_dict["agriculture"] = agriculture
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if calculation_of_shielding_basis is not UNSET:
            field_dict["calculationOfShieldingBasis"] = calculation_of_shielding_basis
        if calculation_of_shielding_deduction is not UNSET:
            field_dict["calculationOfShieldingDeduction"] = calculation_of_shielding_deduction
        if calculation_of_additions_to_ordinary_income is not UNSET:
            field_dict["calculationOfAdditionsToOrdinaryIncome"] = calculation_of_additions_to_ordinary_income
        if specification_of_taxable_basis is not UNSET:
            field_dict["specificationOfTaxableBasis"] = specification_of_taxable_basis
        if paid_in is not UNSET:
            field_dict["paidIn"] = paid_in
        if retained_earnings is not UNSET:
            field_dict["retainedEarnings"] = retained_earnings
        if acquisition_and_realization is not UNSET and not _in_request:
            field_dict["acquisitionAndRealization"] = acquisition_and_realization
        if price_adjustment_management is not UNSET:
            field_dict["priceAdjustmentManagement"] = price_adjustment_management

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_participant(_tx_v: Any) -> Participant | Unset:
            _participant = _tx_v
            participant: Participant | Unset
            if isinstance(_participant, Unset):
                participant = UNSET
            else:
                participant = Participant._tx_from_json(_participant)

            return participant

        def _p_agriculture(_tx_v: Any) -> ParticipantReportAgriculture | Unset:
            _agriculture = _tx_v
            agriculture: ParticipantReportAgriculture | Unset
            if isinstance(_agriculture, Unset):
                agriculture = UNSET
            else:
                agriculture = ParticipantReportAgriculture._tx_from_json(_agriculture)

            return agriculture

        def _p_distribution(_tx_v: Any) -> ParticipantReportDistribution | Unset:
            _distribution = _tx_v
            distribution: ParticipantReportDistribution | Unset
            if isinstance(_distribution, Unset):
                distribution = UNSET
            else:
                distribution = ParticipantReportDistribution._tx_from_json(_distribution)

            return distribution

        def _p_calculation_of_shielding_basis(_tx_v: Any) -> ParticipantReportShieldingBasis | Unset:
            _calculation_of_shielding_basis = _tx_v
            calculation_of_shielding_basis: ParticipantReportShieldingBasis | Unset
            if isinstance(_calculation_of_shielding_basis, Unset):
                calculation_of_shielding_basis = UNSET
            else:
                calculation_of_shielding_basis = ParticipantReportShieldingBasis._tx_from_json(
                    _calculation_of_shielding_basis
                )

            return calculation_of_shielding_basis

        def _p_calculation_of_shielding_deduction(_tx_v: Any) -> ParticipantReportShieldingDeduction | Unset:
            _calculation_of_shielding_deduction = _tx_v
            calculation_of_shielding_deduction: ParticipantReportShieldingDeduction | Unset
            if isinstance(_calculation_of_shielding_deduction, Unset):
                calculation_of_shielding_deduction = UNSET
            else:
                calculation_of_shielding_deduction = ParticipantReportShieldingDeduction._tx_from_json(
                    _calculation_of_shielding_deduction
                )

            return calculation_of_shielding_deduction

        def _p_calculation_of_additions_to_ordinary_income(
            _tx_v: Any,
        ) -> ParticipantReportAdditionsToOrdinaryIncome | Unset:
            _calculation_of_additions_to_ordinary_income = _tx_v
            calculation_of_additions_to_ordinary_income: ParticipantReportAdditionsToOrdinaryIncome | Unset
            if isinstance(_calculation_of_additions_to_ordinary_income, Unset):
                calculation_of_additions_to_ordinary_income = UNSET
            else:
                calculation_of_additions_to_ordinary_income = ParticipantReportAdditionsToOrdinaryIncome._tx_from_json(
                    _calculation_of_additions_to_ordinary_income
                )

            return calculation_of_additions_to_ordinary_income

        def _p_specification_of_taxable_basis(_tx_v: Any) -> ParticipantReportTaxBasisSpecification | Unset:
            _specification_of_taxable_basis = _tx_v
            specification_of_taxable_basis: ParticipantReportTaxBasisSpecification | Unset
            if isinstance(_specification_of_taxable_basis, Unset):
                specification_of_taxable_basis = UNSET
            else:
                specification_of_taxable_basis = ParticipantReportTaxBasisSpecification._tx_from_json(
                    _specification_of_taxable_basis
                )

            return specification_of_taxable_basis

        def _p_paid_in(_tx_v: Any) -> ParticipantReportPaidIn | Unset:
            _paid_in = _tx_v
            paid_in: ParticipantReportPaidIn | Unset
            if isinstance(_paid_in, Unset):
                paid_in = UNSET
            else:
                paid_in = ParticipantReportPaidIn._tx_from_json(_paid_in)

            return paid_in

        def _p_retained_earnings(_tx_v: Any) -> ParticipantReportRetainedEarnings | Unset:
            _retained_earnings = _tx_v
            retained_earnings: ParticipantReportRetainedEarnings | Unset
            if isinstance(_retained_earnings, Unset):
                retained_earnings = UNSET
            else:
                retained_earnings = ParticipantReportRetainedEarnings._tx_from_json(_retained_earnings)

            return retained_earnings

        def _p_acquisition_and_realization(_tx_v: Any) -> list[ParticipantReportAcquisitionAndRealization] | Unset:
            _acquisition_and_realization = _tx_v
            acquisition_and_realization: list[ParticipantReportAcquisitionAndRealization] | Unset = UNSET
            if _acquisition_and_realization is not UNSET:
                acquisition_and_realization = []
                for acquisition_and_realization_item_data in _acquisition_and_realization:
                    if acquisition_and_realization_item_data is None:
                        continue
                    acquisition_and_realization_item = ParticipantReportAcquisitionAndRealization._tx_from_json(
                        acquisition_and_realization_item_data
                    )

                    acquisition_and_realization.append(acquisition_and_realization_item)

            return acquisition_and_realization

        def _p_price_adjustment_management(_tx_v: Any) -> ParticipantReportPriceAdjustmentManagement | Unset:
            _price_adjustment_management = _tx_v
            price_adjustment_management: ParticipantReportPriceAdjustmentManagement | Unset
            if isinstance(_price_adjustment_management, Unset):
                price_adjustment_management = UNSET
            else:
                price_adjustment_management = ParticipantReportPriceAdjustmentManagement._tx_from_json(
                    _price_adjustment_management
                )

            return price_adjustment_management

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "participant": ("participant", _p_participant),
            "share_of_assets_liabilities": ("shareOfAssetsLiabilities", None),
            "share_of_deficit_surplus": ("shareOfDeficitSurplus", None),
            "total_labor_remuneration": ("totalLaborRemuneration", None),
            "calculated_total_capital": ("calculatedTotalCapital", None),
            "shares_realized_or_acquired": ("sharesRealizedOrAcquired", None),
            "resident_in_nord_troms_or_finnmark": ("residentInNordTromsOrFinnmark", None),
            "compensation": ("compensation", None),
            "agriculture": ("agriculture", _p_agriculture),
            "distribution": ("distribution", _p_distribution),
            "calculation_of_shielding_basis": ("calculationOfShieldingBasis", _p_calculation_of_shielding_basis),
            "calculation_of_shielding_deduction": (
                "calculationOfShieldingDeduction",
                _p_calculation_of_shielding_deduction,
            ),
            "calculation_of_additions_to_ordinary_income": (
                "calculationOfAdditionsToOrdinaryIncome",
                _p_calculation_of_additions_to_ordinary_income,
            ),
            "specification_of_taxable_basis": ("specificationOfTaxableBasis", _p_specification_of_taxable_basis),
            "paid_in": ("paidIn", _p_paid_in),
            "retained_earnings": ("retainedEarnings", _p_retained_earnings),
            "acquisition_and_realization": ("acquisitionAndRealization", _p_acquisition_and_realization),
            "price_adjustment_management": ("priceAdjustmentManagement", _p_price_adjustment_management),
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
