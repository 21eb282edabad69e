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
    from ..models.extraordinary_income_and_cost import ExtraordinaryIncomeAndCost
    from ..models.finacial_instrument_asset import FinacialInstrumentAsset
    from ..models.group_investment import GroupInvestment
    from ..models.note_text_library import NoteTextLibrary
    from ..models.year_end_report import YearEndReport
    from ..models.year_end_report_accounting_note_data import YearEndReportAccountingNoteData
    from ..models.year_end_report_note import YearEndReportNote
    from ..models.year_end_report_note_data import YearEndReportNoteData


T = TypeVar("T", bound="NoteContainer")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("note", dict, False),
    ("posts", list, False),
    ("accountingPosts", list, False),
    ("extraordinaryIncomePosts", list, False),
    ("extraordinaryCostPosts", list, False),
    ("investmentsPosts", list, False),
    ("assetPosts", list, False),
    ("noteTextLibrary", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class NoteContainer(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        note (YearEndReportNote | Unset):
        note_number (int | Unset): [read-only]
        posts (list[YearEndReportNoteData] | Unset):
        accounting_posts (list[YearEndReportAccountingNoteData] | Unset):
        closing_sum_salary (float | Unset): [read-only]
        opening_sum_salary (float | Unset): [read-only]
        extraordinary_income_posts (list[ExtraordinaryIncomeAndCost] | Unset):
        extraordinary_cost_posts (list[ExtraordinaryIncomeAndCost] | Unset):
        sum_extraordinary_income (float | Unset): [read-only]
        sum_extraordinary_cost (float | Unset): [read-only]
        acquisition_cost_tangible_fixed_assets (float | Unset): [read-only]
        acquisition_cost_intangible_assets (float | Unset): [read-only]
        capitalised_value_tangible_fixed_assets (float | Unset): [read-only]
        capitalised_value_intangible_assets (float | Unset): [read-only]
        investments_posts (list[GroupInvestment] | Unset):
        asset_posts (list[FinacialInstrumentAsset] | Unset):
        sum_real_value (float | Unset): [read-only]
        sum_value_adjustment (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        note_number = self.note_number

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        accounting_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting_posts, Unset):
            accounting_posts = []
            for accounting_posts_item_data in self.accounting_posts:
                accounting_posts_item = accounting_posts_item_data.to_dict()
                accounting_posts.append(accounting_posts_item)

        closing_sum_salary = self.closing_sum_salary

        opening_sum_salary = self.opening_sum_salary

        extraordinary_income_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extraordinary_income_posts, Unset):
            extraordinary_income_posts = []
            for extraordinary_income_posts_item_data in self.extraordinary_income_posts:
                extraordinary_income_posts_item = extraordinary_income_posts_item_data.to_dict()
                extraordinary_income_posts.append(extraordinary_income_posts_item)

        extraordinary_cost_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extraordinary_cost_posts, Unset):
            extraordinary_cost_posts = []
            for extraordinary_cost_posts_item_data in self.extraordinary_cost_posts:
                extraordinary_cost_posts_item = extraordinary_cost_posts_item_data.to_dict()
                extraordinary_cost_posts.append(extraordinary_cost_posts_item)

        sum_extraordinary_income = self.sum_extraordinary_income

        sum_extraordinary_cost = self.sum_extraordinary_cost

        acquisition_cost_tangible_fixed_assets = self.acquisition_cost_tangible_fixed_assets

        acquisition_cost_intangible_assets = self.acquisition_cost_intangible_assets

        capitalised_value_tangible_fixed_assets = self.capitalised_value_tangible_fixed_assets

        capitalised_value_intangible_assets = self.capitalised_value_intangible_assets

        investments_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.investments_posts, Unset):
            investments_posts = []
            for investments_posts_item_data in self.investments_posts:
                investments_posts_item = investments_posts_item_data.to_dict()
                investments_posts.append(investments_posts_item)

        asset_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_posts, Unset):
            asset_posts = []
            for asset_posts_item_data in self.asset_posts:
                asset_posts_item = asset_posts_item_data.to_dict()
                asset_posts.append(asset_posts_item)

        sum_real_value = self.sum_real_value

        sum_value_adjustment = self.sum_value_adjustment

        note_text_library: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.note_text_library, Unset):
            note_text_library = []
            for note_text_library_item_data in self.note_text_library:
                note_text_library_item = note_text_library_item_data.to_dict()
                note_text_library.append(note_text_library_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if note is not UNSET:
            field_dict["note"] = note
        if note_number is not UNSET and not _in_request:
            field_dict["noteNumber"] = note_number
        if posts is not UNSET:
            field_dict["posts"] = posts
        if accounting_posts is not UNSET:
            field_dict["accountingPosts"] = accounting_posts
        if closing_sum_salary is not UNSET and not _in_request:
            field_dict["closingSumSalary"] = closing_sum_salary
        if opening_sum_salary is not UNSET and not _in_request:
            field_dict["openingSumSalary"] = opening_sum_salary
        if extraordinary_income_posts is not UNSET:
            field_dict["extraordinaryIncomePosts"] = extraordinary_income_posts
        if extraordinary_cost_posts is not UNSET:
            field_dict["extraordinaryCostPosts"] = extraordinary_cost_posts
        if sum_extraordinary_income is not UNSET and not _in_request:
            field_dict["sumExtraordinaryIncome"] = sum_extraordinary_income
        if sum_extraordinary_cost is not UNSET and not _in_request:
            field_dict["sumExtraordinaryCost"] = sum_extraordinary_cost
        if acquisition_cost_tangible_fixed_assets is not UNSET and not _in_request:
            field_dict["acquisitionCostTangibleFixedAssets"] = acquisition_cost_tangible_fixed_assets
        if acquisition_cost_intangible_assets is not UNSET and not _in_request:
            field_dict["acquisitionCostIntangibleAssets"] = acquisition_cost_intangible_assets
        if capitalised_value_tangible_fixed_assets is not UNSET and not _in_request:
            field_dict["capitalisedValueTangibleFixedAssets"] = capitalised_value_tangible_fixed_assets
        if capitalised_value_intangible_assets is not UNSET and not _in_request:
            field_dict["capitalisedValueIntangibleAssets"] = capitalised_value_intangible_assets
        if investments_posts is not UNSET:
            field_dict["investmentsPosts"] = investments_posts
        if asset_posts is not UNSET:
            field_dict["assetPosts"] = asset_posts
        if sum_real_value is not UNSET and not _in_request:
            field_dict["sumRealValue"] = sum_real_value
        if sum_value_adjustment is not UNSET and not _in_request:
            field_dict["sumValueAdjustment"] = sum_value_adjustment
        if note_text_library is not UNSET:
            field_dict["noteTextLibrary"] = note_text_library

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NoteContainer from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.extraordinary_income_and_cost import ExtraordinaryIncomeAndCost  # noqa: PLC0415
        from ..models.finacial_instrument_asset import FinacialInstrumentAsset  # noqa: PLC0415
        from ..models.group_investment import GroupInvestment  # noqa: PLC0415
        from ..models.note_text_library import NoteTextLibrary  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415
        from ..models.year_end_report_accounting_note_data import YearEndReportAccountingNoteData  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415
        from ..models.year_end_report_note_data import YearEndReportNoteData  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_note(_tx_v: Any) -> YearEndReportNote | Unset:
            _note = _tx_v
            note: YearEndReportNote | Unset
            if isinstance(_note, Unset):
                note = UNSET
            else:
                note = YearEndReportNote._tx_from_json(_note)

            return note

        def _p_posts(_tx_v: Any) -> list[YearEndReportNoteData] | Unset:
            _posts = _tx_v
            posts: list[YearEndReportNoteData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = YearEndReportNoteData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        def _p_accounting_posts(_tx_v: Any) -> list[YearEndReportAccountingNoteData] | Unset:
            _accounting_posts = _tx_v
            accounting_posts: list[YearEndReportAccountingNoteData] | Unset = UNSET
            if _accounting_posts is not UNSET:
                accounting_posts = []
                for accounting_posts_item_data in _accounting_posts:
                    if accounting_posts_item_data is None:
                        continue
                    accounting_posts_item = YearEndReportAccountingNoteData._tx_from_json(accounting_posts_item_data)

                    accounting_posts.append(accounting_posts_item)

            return accounting_posts

        def _p_extraordinary_income_posts(_tx_v: Any) -> list[ExtraordinaryIncomeAndCost] | Unset:
            _extraordinary_income_posts = _tx_v
            extraordinary_income_posts: list[ExtraordinaryIncomeAndCost] | Unset = UNSET
            if _extraordinary_income_posts is not UNSET:
                extraordinary_income_posts = []
                for extraordinary_income_posts_item_data in _extraordinary_income_posts:
                    if extraordinary_income_posts_item_data is None:
                        continue
                    extraordinary_income_posts_item = ExtraordinaryIncomeAndCost._tx_from_json(
                        extraordinary_income_posts_item_data
                    )

                    extraordinary_income_posts.append(extraordinary_income_posts_item)

            return extraordinary_income_posts

        def _p_extraordinary_cost_posts(_tx_v: Any) -> list[ExtraordinaryIncomeAndCost] | Unset:
            _extraordinary_cost_posts = _tx_v
            extraordinary_cost_posts: list[ExtraordinaryIncomeAndCost] | Unset = UNSET
            if _extraordinary_cost_posts is not UNSET:
                extraordinary_cost_posts = []
                for extraordinary_cost_posts_item_data in _extraordinary_cost_posts:
                    if extraordinary_cost_posts_item_data is None:
                        continue
                    extraordinary_cost_posts_item = ExtraordinaryIncomeAndCost._tx_from_json(
                        extraordinary_cost_posts_item_data
                    )

                    extraordinary_cost_posts.append(extraordinary_cost_posts_item)

            return extraordinary_cost_posts

        def _p_investments_posts(_tx_v: Any) -> list[GroupInvestment] | Unset:
            _investments_posts = _tx_v
            investments_posts: list[GroupInvestment] | Unset = UNSET
            if _investments_posts is not UNSET:
                investments_posts = []
                for investments_posts_item_data in _investments_posts:
                    if investments_posts_item_data is None:
                        continue
                    investments_posts_item = GroupInvestment._tx_from_json(investments_posts_item_data)

                    investments_posts.append(investments_posts_item)

            return investments_posts

        def _p_asset_posts(_tx_v: Any) -> list[FinacialInstrumentAsset] | Unset:
            _asset_posts = _tx_v
            asset_posts: list[FinacialInstrumentAsset] | Unset = UNSET
            if _asset_posts is not UNSET:
                asset_posts = []
                for asset_posts_item_data in _asset_posts:
                    if asset_posts_item_data is None:
                        continue
                    asset_posts_item = FinacialInstrumentAsset._tx_from_json(asset_posts_item_data)

                    asset_posts.append(asset_posts_item)

            return asset_posts

        def _p_note_text_library(_tx_v: Any) -> list[NoteTextLibrary] | Unset:
            _note_text_library = _tx_v
            note_text_library: list[NoteTextLibrary] | Unset = UNSET
            if _note_text_library is not UNSET:
                note_text_library = []
                for note_text_library_item_data in _note_text_library:
                    if note_text_library_item_data is None:
                        continue
                    note_text_library_item = NoteTextLibrary._tx_from_json(note_text_library_item_data)

                    note_text_library.append(note_text_library_item)

            return note_text_library

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "note": ("note", _p_note),
            "note_number": ("noteNumber", None),
            "posts": ("posts", _p_posts),
            "accounting_posts": ("accountingPosts", _p_accounting_posts),
            "closing_sum_salary": ("closingSumSalary", None),
            "opening_sum_salary": ("openingSumSalary", None),
            "extraordinary_income_posts": ("extraordinaryIncomePosts", _p_extraordinary_income_posts),
            "extraordinary_cost_posts": ("extraordinaryCostPosts", _p_extraordinary_cost_posts),
            "sum_extraordinary_income": ("sumExtraordinaryIncome", None),
            "sum_extraordinary_cost": ("sumExtraordinaryCost", None),
            "acquisition_cost_tangible_fixed_assets": ("acquisitionCostTangibleFixedAssets", None),
            "acquisition_cost_intangible_assets": ("acquisitionCostIntangibleAssets", None),
            "capitalised_value_tangible_fixed_assets": ("capitalisedValueTangibleFixedAssets", None),
            "capitalised_value_intangible_assets": ("capitalisedValueIntangibleAssets", None),
            "investments_posts": ("investmentsPosts", _p_investments_posts),
            "asset_posts": ("assetPosts", _p_asset_posts),
            "sum_real_value": ("sumRealValue", None),
            "sum_value_adjustment": ("sumValueAdjustment", None),
            "note_text_library": ("noteTextLibrary", _p_note_text_library),
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
