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
    from ..models.extraordinary_income_and_cost import ExtraordinaryIncomeAndCost
    from ..models.finacial_instrument_asset import FinacialInstrumentAsset
    from ..models.group_investment import GroupInvestment
    from ..models.note_text_library import NoteTextLibrary
    from ..models.year_end_report import YearEndReport
    from ..models.year_end_report_accounting_note_data import YearEndReportAccountingNoteData
    from ..models.year_end_report_note import YearEndReportNote
    from ..models.year_end_report_note_data import YearEndReportNoteData


T = TypeVar("T", bound="NoteContainer")


@_attrs_define
class NoteContainer(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        note (YearEndReportNote | Unset):
        note_number (int | Unset):
        posts (list[YearEndReportNoteData] | Unset):
        accounting_posts (list[YearEndReportAccountingNoteData] | Unset):
        closing_sum_salary (float | Unset):
        opening_sum_salary (float | Unset):
        extraordinary_income_posts (list[ExtraordinaryIncomeAndCost] | Unset):
        extraordinary_cost_posts (list[ExtraordinaryIncomeAndCost] | Unset):
        sum_extraordinary_income (float | Unset):
        sum_extraordinary_cost (float | Unset):
        acquisition_cost_tangible_fixed_assets (float | Unset):
        acquisition_cost_intangible_assets (float | Unset):
        capitalised_value_tangible_fixed_assets (float | Unset):
        capitalised_value_intangible_assets (float | Unset):
        investments_posts (list[GroupInvestment] | Unset):
        asset_posts (list[FinacialInstrumentAsset] | Unset):
        sum_real_value (float | Unset):
        sum_value_adjustment (float | Unset):
        note_text_library (list[NoteTextLibrary] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    note: YearEndReportNote | Unset = UNSET
    note_number: int | Unset = UNSET
    posts: list[YearEndReportNoteData] | Unset = UNSET
    accounting_posts: list[YearEndReportAccountingNoteData] | Unset = UNSET
    closing_sum_salary: float | Unset = UNSET
    opening_sum_salary: float | Unset = UNSET
    extraordinary_income_posts: list[ExtraordinaryIncomeAndCost] | Unset = UNSET
    extraordinary_cost_posts: list[ExtraordinaryIncomeAndCost] | Unset = UNSET
    sum_extraordinary_income: float | Unset = UNSET
    sum_extraordinary_cost: float | Unset = UNSET
    acquisition_cost_tangible_fixed_assets: float | Unset = UNSET
    acquisition_cost_intangible_assets: float | Unset = UNSET
    capitalised_value_tangible_fixed_assets: float | Unset = UNSET
    capitalised_value_intangible_assets: float | Unset = UNSET
    investments_posts: list[GroupInvestment] | Unset = UNSET
    asset_posts: list[FinacialInstrumentAsset] | Unset = UNSET
    sum_real_value: float | Unset = UNSET
    sum_value_adjustment: float | Unset = UNSET
    note_text_library: list[NoteTextLibrary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.note
        if _v is not UNSET:
            field_dict["note"] = _v.to_dict()
        _v = self.note_number
        if _v is not UNSET and not _in_request:
            field_dict["noteNumber"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.accounting_posts
        if _v is not UNSET:
            field_dict["accountingPosts"] = [_e.to_dict() for _e in _v]
        _v = self.closing_sum_salary
        if _v is not UNSET and not _in_request:
            field_dict["closingSumSalary"] = _v
        _v = self.opening_sum_salary
        if _v is not UNSET and not _in_request:
            field_dict["openingSumSalary"] = _v
        _v = self.extraordinary_income_posts
        if _v is not UNSET:
            field_dict["extraordinaryIncomePosts"] = [_e.to_dict() for _e in _v]
        _v = self.extraordinary_cost_posts
        if _v is not UNSET:
            field_dict["extraordinaryCostPosts"] = [_e.to_dict() for _e in _v]
        _v = self.sum_extraordinary_income
        if _v is not UNSET and not _in_request:
            field_dict["sumExtraordinaryIncome"] = _v
        _v = self.sum_extraordinary_cost
        if _v is not UNSET and not _in_request:
            field_dict["sumExtraordinaryCost"] = _v
        _v = self.acquisition_cost_tangible_fixed_assets
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionCostTangibleFixedAssets"] = _v
        _v = self.acquisition_cost_intangible_assets
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionCostIntangibleAssets"] = _v
        _v = self.capitalised_value_tangible_fixed_assets
        if _v is not UNSET and not _in_request:
            field_dict["capitalisedValueTangibleFixedAssets"] = _v
        _v = self.capitalised_value_intangible_assets
        if _v is not UNSET and not _in_request:
            field_dict["capitalisedValueIntangibleAssets"] = _v
        _v = self.investments_posts
        if _v is not UNSET:
            field_dict["investmentsPosts"] = [_e.to_dict() for _e in _v]
        _v = self.asset_posts
        if _v is not UNSET:
            field_dict["assetPosts"] = [_e.to_dict() for _e in _v]
        _v = self.sum_real_value
        if _v is not UNSET and not _in_request:
            field_dict["sumRealValue"] = _v
        _v = self.sum_value_adjustment
        if _v is not UNSET and not _in_request:
            field_dict["sumValueAdjustment"] = _v
        _v = self.note_text_library
        if _v is not UNSET:
            field_dict["noteTextLibrary"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NoteContainer from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``NoteContainer.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.extraordinary_income_and_cost import ExtraordinaryIncomeAndCost  # noqa: PLC0415
        from ..models.finacial_instrument_asset import FinacialInstrumentAsset  # noqa: PLC0415
        from ..models.group_investment import GroupInvestment  # noqa: PLC0415
        from ..models.note_text_library import NoteTextLibrary  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415
        from ..models.year_end_report_accounting_note_data import YearEndReportAccountingNoteData  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415
        from ..models.year_end_report_note_data import YearEndReportNoteData  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "note",
                "noteNumber",
                "posts",
                "accountingPosts",
                "closingSumSalary",
                "openingSumSalary",
                "extraordinaryIncomePosts",
                "extraordinaryCostPosts",
                "sumExtraordinaryIncome",
                "sumExtraordinaryCost",
                "acquisitionCostTangibleFixedAssets",
                "acquisitionCostIntangibleAssets",
                "capitalisedValueTangibleFixedAssets",
                "capitalisedValueIntangibleAssets",
                "investmentsPosts",
                "assetPosts",
                "sumRealValue",
                "sumValueAdjustment",
                "noteTextLibrary",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "noteNumber": "note_number",
            "closingSumSalary": "closing_sum_salary",
            "openingSumSalary": "opening_sum_salary",
            "sumExtraordinaryIncome": "sum_extraordinary_income",
            "sumExtraordinaryCost": "sum_extraordinary_cost",
            "acquisitionCostTangibleFixedAssets": "acquisition_cost_tangible_fixed_assets",
            "acquisitionCostIntangibleAssets": "acquisition_cost_intangible_assets",
            "capitalisedValueTangibleFixedAssets": "capitalised_value_tangible_fixed_assets",
            "capitalisedValueIntangibleAssets": "capitalised_value_intangible_assets",
            "sumRealValue": "sum_real_value",
            "sumValueAdjustment": "sum_value_adjustment",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.note = o.note_number = o.posts = o.accounting_posts = o.closing_sum_salary = (
                        o.opening_sum_salary
                    ) = o.extraordinary_income_posts = o.extraordinary_cost_posts = o.sum_extraordinary_income = (
                        o.sum_extraordinary_cost
                    ) = o.acquisition_cost_tangible_fixed_assets = o.acquisition_cost_intangible_assets = (
                        o.capitalised_value_tangible_fixed_assets
                    ) = o.capitalised_value_intangible_assets = o.investments_posts = o.asset_posts = (
                        o.sum_real_value
                    ) = o.sum_value_adjustment = o.note_text_library = UNSET
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
                k = "note"
                v = g("note")
                if v is None:
                    o.note = u
                    if "note" not in d:
                        m += 1
                else:
                    o.note = YearEndReportNote._tx_parse(v)
                v = g("noteNumber")
                if v is None:
                    o.note_number = u
                    if "noteNumber" not in d:
                        m += 1
                else:
                    o.note_number = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([YearEndReportNoteData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "accountingPosts"
                v = g("accountingPosts")
                if v is None:
                    o.accounting_posts = u
                    if "accountingPosts" not in d:
                        m += 1
                else:
                    o.accounting_posts = (
                        ([YearEndReportAccountingNoteData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("closingSumSalary")
                if v is None:
                    o.closing_sum_salary = u
                    if "closingSumSalary" not in d:
                        m += 1
                else:
                    o.closing_sum_salary = v
                v = g("openingSumSalary")
                if v is None:
                    o.opening_sum_salary = u
                    if "openingSumSalary" not in d:
                        m += 1
                else:
                    o.opening_sum_salary = v
                k = "extraordinaryIncomePosts"
                v = g("extraordinaryIncomePosts")
                if v is None:
                    o.extraordinary_income_posts = u
                    if "extraordinaryIncomePosts" not in d:
                        m += 1
                else:
                    o.extraordinary_income_posts = (
                        ([ExtraordinaryIncomeAndCost._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "extraordinaryCostPosts"
                v = g("extraordinaryCostPosts")
                if v is None:
                    o.extraordinary_cost_posts = u
                    if "extraordinaryCostPosts" not in d:
                        m += 1
                else:
                    o.extraordinary_cost_posts = (
                        ([ExtraordinaryIncomeAndCost._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumExtraordinaryIncome")
                if v is None:
                    o.sum_extraordinary_income = u
                    if "sumExtraordinaryIncome" not in d:
                        m += 1
                else:
                    o.sum_extraordinary_income = v
                v = g("sumExtraordinaryCost")
                if v is None:
                    o.sum_extraordinary_cost = u
                    if "sumExtraordinaryCost" not in d:
                        m += 1
                else:
                    o.sum_extraordinary_cost = v
                v = g("acquisitionCostTangibleFixedAssets")
                if v is None:
                    o.acquisition_cost_tangible_fixed_assets = u
                    if "acquisitionCostTangibleFixedAssets" not in d:
                        m += 1
                else:
                    o.acquisition_cost_tangible_fixed_assets = v
                v = g("acquisitionCostIntangibleAssets")
                if v is None:
                    o.acquisition_cost_intangible_assets = u
                    if "acquisitionCostIntangibleAssets" not in d:
                        m += 1
                else:
                    o.acquisition_cost_intangible_assets = v
                v = g("capitalisedValueTangibleFixedAssets")
                if v is None:
                    o.capitalised_value_tangible_fixed_assets = u
                    if "capitalisedValueTangibleFixedAssets" not in d:
                        m += 1
                else:
                    o.capitalised_value_tangible_fixed_assets = v
                v = g("capitalisedValueIntangibleAssets")
                if v is None:
                    o.capitalised_value_intangible_assets = u
                    if "capitalisedValueIntangibleAssets" not in d:
                        m += 1
                else:
                    o.capitalised_value_intangible_assets = v
                k = "investmentsPosts"
                v = g("investmentsPosts")
                if v is None:
                    o.investments_posts = u
                    if "investmentsPosts" not in d:
                        m += 1
                else:
                    o.investments_posts = (
                        ([GroupInvestment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "assetPosts"
                v = g("assetPosts")
                if v is None:
                    o.asset_posts = u
                    if "assetPosts" not in d:
                        m += 1
                else:
                    o.asset_posts = (
                        ([FinacialInstrumentAsset._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumRealValue")
                if v is None:
                    o.sum_real_value = u
                    if "sumRealValue" not in d:
                        m += 1
                else:
                    o.sum_real_value = v
                v = g("sumValueAdjustment")
                if v is None:
                    o.sum_value_adjustment = u
                    if "sumValueAdjustment" not in d:
                        m += 1
                else:
                    o.sum_value_adjustment = v
                k = "noteTextLibrary"
                v = g("noteTextLibrary")
                if v is None:
                    o.note_text_library = u
                    if "noteTextLibrary" not in d:
                        m += 1
                else:
                    o.note_text_library = (
                        ([NoteTextLibrary._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("note", "note"),
            ("note_number", "noteNumber"),
            ("posts", "posts"),
            ("accounting_posts", "accountingPosts"),
            ("closing_sum_salary", "closingSumSalary"),
            ("opening_sum_salary", "openingSumSalary"),
            ("extraordinary_income_posts", "extraordinaryIncomePosts"),
            ("extraordinary_cost_posts", "extraordinaryCostPosts"),
            ("sum_extraordinary_income", "sumExtraordinaryIncome"),
            ("sum_extraordinary_cost", "sumExtraordinaryCost"),
            ("acquisition_cost_tangible_fixed_assets", "acquisitionCostTangibleFixedAssets"),
            ("acquisition_cost_intangible_assets", "acquisitionCostIntangibleAssets"),
            ("capitalised_value_tangible_fixed_assets", "capitalisedValueTangibleFixedAssets"),
            ("capitalised_value_intangible_assets", "capitalisedValueIntangibleAssets"),
            ("investments_posts", "investmentsPosts"),
            ("asset_posts", "assetPosts"),
            ("sum_real_value", "sumRealValue"),
            ("sum_value_adjustment", "sumValueAdjustment"),
            ("note_text_library", "noteTextLibrary"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.note
            o.note = u if v is None or v is u else YearEndReportNote._tx_parse(v)
            v = s.note_number
            o.note_number = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([YearEndReportNoteData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accounting_posts
            o.accounting_posts = (
                u
                if v is None or v is u
                else ([YearEndReportAccountingNoteData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.closing_sum_salary
            o.closing_sum_salary = u if v is None else v
            v = s.opening_sum_salary
            o.opening_sum_salary = u if v is None else v
            v = s.extraordinary_income_posts
            o.extraordinary_income_posts = (
                u
                if v is None or v is u
                else ([ExtraordinaryIncomeAndCost._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.extraordinary_cost_posts
            o.extraordinary_cost_posts = (
                u
                if v is None or v is u
                else ([ExtraordinaryIncomeAndCost._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_extraordinary_income
            o.sum_extraordinary_income = u if v is None else v
            v = s.sum_extraordinary_cost
            o.sum_extraordinary_cost = u if v is None else v
            v = s.acquisition_cost_tangible_fixed_assets
            o.acquisition_cost_tangible_fixed_assets = u if v is None else v
            v = s.acquisition_cost_intangible_assets
            o.acquisition_cost_intangible_assets = u if v is None else v
            v = s.capitalised_value_tangible_fixed_assets
            o.capitalised_value_tangible_fixed_assets = u if v is None else v
            v = s.capitalised_value_intangible_assets
            o.capitalised_value_intangible_assets = u if v is None else v
            v = s.investments_posts
            o.investments_posts = (
                u
                if v is None or v is u
                else ([GroupInvestment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.asset_posts
            o.asset_posts = (
                u
                if v is None or v is u
                else ([FinacialInstrumentAsset._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_real_value
            o.sum_real_value = u if v is None else v
            v = s.sum_value_adjustment
            o.sum_value_adjustment = u if v is None else v
            v = s.note_text_library
            o.note_text_library = (
                u
                if v is None or v is u
                else ([NoteTextLibrary._tx_parse(e) for e in v if e is not None] if v else [])
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
