from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tax_assessment_agriculture import TaxAssessmentAgriculture
    from ..models.tax_assessment_key_figures import TaxAssessmentKeyFigures
    from ..models.tax_assessment_non_posted_detail import TaxAssessmentNonPostedDetail
    from ..models.tax_assessment_personal_income import TaxAssessmentPersonalIncome
    from ..models.tax_assessment_tax_calculation import TaxAssessmentTaxCalculation


T = TypeVar("T", bound="TaxAssessment")


@_attrs_define
class TaxAssessment:
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
        from ..models.tax_assessment_agriculture import TaxAssessmentAgriculture  # noqa: PLC0415
        from ..models.tax_assessment_key_figures import TaxAssessmentKeyFigures  # noqa: PLC0415
        from ..models.tax_assessment_non_posted_detail import TaxAssessmentNonPostedDetail  # noqa: PLC0415
        from ..models.tax_assessment_personal_income import TaxAssessmentPersonalIncome  # noqa: PLC0415
        from ..models.tax_assessment_tax_calculation import TaxAssessmentTaxCalculation  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _assessment_personal_incomes = d.pop("assessmentPersonalIncomes", UNSET)
        assessment_personal_incomes: list[TaxAssessmentPersonalIncome] | Unset = UNSET
        if _assessment_personal_incomes is not UNSET:
            assessment_personal_incomes = []
            for assessment_personal_incomes_item_data in _assessment_personal_incomes:
                if assessment_personal_incomes_item_data is None:
                    continue
                assessment_personal_incomes_item = TaxAssessmentPersonalIncome.from_dict(
                    assessment_personal_incomes_item_data
                )

                assessment_personal_incomes.append(assessment_personal_incomes_item)

        _key_figures = d.pop("keyFigures", UNSET)
        key_figures: TaxAssessmentKeyFigures | Unset
        if isinstance(_key_figures, Unset):
            key_figures = UNSET
        else:
            key_figures = TaxAssessmentKeyFigures.from_dict(_key_figures)

        _non_posted_details = d.pop("nonPostedDetails", UNSET)
        non_posted_details: list[TaxAssessmentNonPostedDetail] | Unset = UNSET
        if _non_posted_details is not UNSET:
            non_posted_details = []
            for non_posted_details_item_data in _non_posted_details:
                if non_posted_details_item_data is None:
                    continue
                non_posted_details_item = TaxAssessmentNonPostedDetail.from_dict(non_posted_details_item_data)

                non_posted_details.append(non_posted_details_item)

        _agriculture = d.pop("agriculture", UNSET)
        agriculture: TaxAssessmentAgriculture | Unset
        if isinstance(_agriculture, Unset):
            agriculture = UNSET
        else:
            agriculture = TaxAssessmentAgriculture.from_dict(_agriculture)

        _tax_calculation = d.pop("taxCalculation", UNSET)
        tax_calculation: TaxAssessmentTaxCalculation | Unset
        if isinstance(_tax_calculation, Unset):
            tax_calculation = UNSET
        else:
            tax_calculation = TaxAssessmentTaxCalculation.from_dict(_tax_calculation)

        _obj = cls(
            assessment_personal_incomes=assessment_personal_incomes,
            key_figures=key_figures,
            non_posted_details=non_posted_details,
            agriculture=agriculture,
            tax_calculation=tax_calculation,
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
