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
    from ..models.tax_assessment_agriculture import TaxAssessmentAgriculture
    from ..models.tax_assessment_key_figures import TaxAssessmentKeyFigures
    from ..models.tax_assessment_non_posted_detail import TaxAssessmentNonPostedDetail
    from ..models.tax_assessment_personal_income import TaxAssessmentPersonalIncome
    from ..models.tax_assessment_tax_calculation import TaxAssessmentTaxCalculation


T = TypeVar("T", bound="TaxAssessment")


@_attrs_define
class TaxAssessment(Model):
    """
    Attributes:
        assessment_personal_incomes (list[TaxAssessmentPersonalIncome] | Unset):
        key_figures (TaxAssessmentKeyFigures | Unset): Key figures
        non_posted_details (list[TaxAssessmentNonPostedDetail] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.assessment_personal_incomes
        if _v is not UNSET and not _in_request:
            field_dict["assessmentPersonalIncomes"] = [_e.to_dict() for _e in _v]
        _v = self.key_figures
        if _v is not UNSET:
            field_dict["keyFigures"] = _v.to_dict()
        _v = self.non_posted_details
        if _v is not UNSET and not _in_request:
            field_dict["nonPostedDetails"] = [_e.to_dict() for _e in _v]
        _v = self.agriculture
        if _v is not UNSET:
            field_dict["agriculture"] = _v.to_dict()
        _v = self.tax_calculation
        if _v is not UNSET:
            field_dict["taxCalculation"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tax_assessment_agriculture import TaxAssessmentAgriculture  # noqa: PLC0415
        from ..models.tax_assessment_key_figures import TaxAssessmentKeyFigures  # noqa: PLC0415
        from ..models.tax_assessment_non_posted_detail import TaxAssessmentNonPostedDetail  # noqa: PLC0415
        from ..models.tax_assessment_personal_income import TaxAssessmentPersonalIncome  # noqa: PLC0415
        from ..models.tax_assessment_tax_calculation import TaxAssessmentTaxCalculation  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "assessmentPersonalIncomes",
                "keyFigures",
                "nonPostedDetails",
                "agriculture",
                "taxCalculation",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "assessmentPersonalIncomes"
                v = g("assessmentPersonalIncomes")
                if v is None:
                    o.assessment_personal_incomes = u
                    if "assessmentPersonalIncomes" not in d:
                        m += 1
                else:
                    o.assessment_personal_incomes = (
                        ([TaxAssessmentPersonalIncome._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "keyFigures"
                v = g("keyFigures")
                if v is None:
                    o.key_figures = u
                    if "keyFigures" not in d:
                        m += 1
                else:
                    o.key_figures = TaxAssessmentKeyFigures._tx_parse(v)
                k = "nonPostedDetails"
                v = g("nonPostedDetails")
                if v is None:
                    o.non_posted_details = u
                    if "nonPostedDetails" not in d:
                        m += 1
                else:
                    o.non_posted_details = (
                        ([TaxAssessmentNonPostedDetail._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "agriculture"
                v = g("agriculture")
                if v is None:
                    o.agriculture = u
                    if "agriculture" not in d:
                        m += 1
                else:
                    o.agriculture = TaxAssessmentAgriculture._tx_parse(v)
                k = "taxCalculation"
                v = g("taxCalculation")
                if v is None:
                    o.tax_calculation = u
                    if "taxCalculation" not in d:
                        m += 1
                else:
                    o.tax_calculation = TaxAssessmentTaxCalculation._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("assessment_personal_incomes", "assessmentPersonalIncomes"),
            ("key_figures", "keyFigures"),
            ("non_posted_details", "nonPostedDetails"),
            ("agriculture", "agriculture"),
            ("tax_calculation", "taxCalculation"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.assessment_personal_incomes
            o.assessment_personal_incomes = (
                u
                if v is None or v is u
                else ([TaxAssessmentPersonalIncome._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.key_figures
            o.key_figures = u if v is None or v is u else TaxAssessmentKeyFigures._tx_parse(v)
            v = s.non_posted_details
            o.non_posted_details = (
                u
                if v is None or v is u
                else ([TaxAssessmentNonPostedDetail._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.agriculture
            o.agriculture = u if v is None or v is u else TaxAssessmentAgriculture._tx_parse(v)
            v = s.tax_calculation
            o.tax_calculation = u if v is None or v is u else TaxAssessmentTaxCalculation._tx_parse(v)
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
