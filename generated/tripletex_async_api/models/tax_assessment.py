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
    from ..models.tax_assessment_agriculture import TaxAssessmentAgriculture
    from ..models.tax_assessment_key_figures import TaxAssessmentKeyFigures
    from ..models.tax_assessment_non_posted_detail import TaxAssessmentNonPostedDetail
    from ..models.tax_assessment_personal_income import TaxAssessmentPersonalIncome
    from ..models.tax_assessment_tax_calculation import TaxAssessmentTaxCalculation


T = TypeVar("T", bound="TaxAssessment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("assessmentPersonalIncomes", list, False),
    ("keyFigures", dict, False),
    ("nonPostedDetails", list, False),
    ("agriculture", dict, False),
    ("taxCalculation", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessment(LazyModel):
    """
    Attributes:
        assessment_personal_incomes (list[TaxAssessmentPersonalIncome] | Unset): [read-only]
        key_figures (TaxAssessmentKeyFigures | Unset): Key figures
        non_posted_details (list[TaxAssessmentNonPostedDetail] | Unset): [read-only]
        agriculture (TaxAssessmentAgriculture | Unset): Key figures
        tax_calculation (TaxAssessmentTaxCalculation | Unset): Tax calculation
    """

    assessment_personal_incomes: list[TaxAssessmentPersonalIncome] | Unset = UNSET
    key_figures: TaxAssessmentKeyFigures | Unset = UNSET
    non_posted_details: list[TaxAssessmentNonPostedDetail] | Unset = UNSET
    agriculture: TaxAssessmentAgriculture | Unset = UNSET
    tax_calculation: TaxAssessmentTaxCalculation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        assessment_personal_incomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assessment_personal_incomes, Unset):
            assessment_personal_incomes = []
            for assessment_personal_incomes_item_data in self.assessment_personal_incomes:
                assessment_personal_incomes_item = assessment_personal_incomes_item_data.to_dict()
                assessment_personal_incomes.append(assessment_personal_incomes_item)

        key_figures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_figures, Unset):
            key_figures = self.key_figures.to_dict()

        non_posted_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.non_posted_details, Unset):
            non_posted_details = []
            for non_posted_details_item_data in self.non_posted_details:
                non_posted_details_item = non_posted_details_item_data.to_dict()
                non_posted_details.append(non_posted_details_item)

        agriculture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agriculture, Unset):
            agriculture = self.agriculture.to_dict()

        tax_calculation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_calculation, Unset):
            tax_calculation = self.tax_calculation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assessment_personal_incomes is not UNSET and not _in_request:
            field_dict["assessmentPersonalIncomes"] = assessment_personal_incomes
        if key_figures is not UNSET:
            field_dict["keyFigures"] = key_figures
        if non_posted_details is not UNSET and not _in_request:
            field_dict["nonPostedDetails"] = non_posted_details
        if agriculture is not UNSET:
            field_dict["agriculture"] = agriculture
        if tax_calculation is not UNSET:
            field_dict["taxCalculation"] = tax_calculation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tax_assessment_agriculture import TaxAssessmentAgriculture  # noqa: PLC0415
        from ..models.tax_assessment_key_figures import TaxAssessmentKeyFigures  # noqa: PLC0415
        from ..models.tax_assessment_non_posted_detail import TaxAssessmentNonPostedDetail  # noqa: PLC0415
        from ..models.tax_assessment_personal_income import TaxAssessmentPersonalIncome  # noqa: PLC0415
        from ..models.tax_assessment_tax_calculation import TaxAssessmentTaxCalculation  # noqa: PLC0415

        def _p_assessment_personal_incomes(_tx_v: Any) -> list[TaxAssessmentPersonalIncome] | Unset:
            _assessment_personal_incomes = _tx_v
            assessment_personal_incomes: list[TaxAssessmentPersonalIncome] | Unset = UNSET
            if _assessment_personal_incomes is not UNSET:
                assessment_personal_incomes = []
                for assessment_personal_incomes_item_data in _assessment_personal_incomes:
                    if assessment_personal_incomes_item_data is None:
                        continue
                    assessment_personal_incomes_item = TaxAssessmentPersonalIncome._tx_from_json(
                        assessment_personal_incomes_item_data
                    )

                    assessment_personal_incomes.append(assessment_personal_incomes_item)

            return assessment_personal_incomes

        def _p_key_figures(_tx_v: Any) -> TaxAssessmentKeyFigures | Unset:
            _key_figures = _tx_v
            key_figures: TaxAssessmentKeyFigures | Unset
            if isinstance(_key_figures, Unset):
                key_figures = UNSET
            else:
                key_figures = TaxAssessmentKeyFigures._tx_from_json(_key_figures)

            return key_figures

        def _p_non_posted_details(_tx_v: Any) -> list[TaxAssessmentNonPostedDetail] | Unset:
            _non_posted_details = _tx_v
            non_posted_details: list[TaxAssessmentNonPostedDetail] | Unset = UNSET
            if _non_posted_details is not UNSET:
                non_posted_details = []
                for non_posted_details_item_data in _non_posted_details:
                    if non_posted_details_item_data is None:
                        continue
                    non_posted_details_item = TaxAssessmentNonPostedDetail._tx_from_json(non_posted_details_item_data)

                    non_posted_details.append(non_posted_details_item)

            return non_posted_details

        def _p_agriculture(_tx_v: Any) -> TaxAssessmentAgriculture | Unset:
            _agriculture = _tx_v
            agriculture: TaxAssessmentAgriculture | Unset
            if isinstance(_agriculture, Unset):
                agriculture = UNSET
            else:
                agriculture = TaxAssessmentAgriculture._tx_from_json(_agriculture)

            return agriculture

        def _p_tax_calculation(_tx_v: Any) -> TaxAssessmentTaxCalculation | Unset:
            _tax_calculation = _tx_v
            tax_calculation: TaxAssessmentTaxCalculation | Unset
            if isinstance(_tax_calculation, Unset):
                tax_calculation = UNSET
            else:
                tax_calculation = TaxAssessmentTaxCalculation._tx_from_json(_tax_calculation)

            return tax_calculation

        _tx_known: frozenset[str] = frozenset(
            (
                "assessmentPersonalIncomes",
                "keyFigures",
                "nonPostedDetails",
                "agriculture",
                "taxCalculation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "assessment_personal_incomes": ("assessmentPersonalIncomes", _p_assessment_personal_incomes),
            "key_figures": ("keyFigures", _p_key_figures),
            "non_posted_details": ("nonPostedDetails", _p_non_posted_details),
            "agriculture": ("agriculture", _p_agriculture),
            "tax_calculation": ("taxCalculation", _p_tax_calculation),
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
