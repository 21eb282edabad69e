from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.research_and_development_work_package_project_category import (
    ResearchAndDevelopmentWorkPackageProjectCategory,
)
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
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopmentWorkPackage")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("projectCategory", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ResearchAndDevelopmentWorkPackage(LazyModel):
    """List of specifications of work packages

    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        package_id (str | Unset): ID of the work package
        package_title (str | Unset): The title of the package
        project_category (ResearchAndDevelopmentWorkPackageProjectCategory | Unset): The category of the project
        cost_in_income_year (float | Unset): Cost In Income Year
        included_personnel_costs_in_income_year (float | Unset): Included Personnel Costs In Income Year
        number_of_own_hours_in_income_year (int | Unset): Number Of Own Hours In Income Year
        total_costs_from_previous_years (float | Unset): Total Costs Previous Years
        max_approved_public_support_as_share_of_total_cost (float | Unset): [read-only] Maximum Approved Public Support
            As A Share Of Total Costs
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    package_id: str | Unset = UNSET
    package_title: str | Unset = UNSET
    project_category: ResearchAndDevelopmentWorkPackageProjectCategory | Unset = UNSET
    cost_in_income_year: float | Unset = UNSET
    included_personnel_costs_in_income_year: float | Unset = UNSET
    number_of_own_hours_in_income_year: int | Unset = UNSET
    total_costs_from_previous_years: float | Unset = UNSET
    max_approved_public_support_as_share_of_total_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        sub_group_id = self.sub_group_id

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        package_id = self.package_id

        package_title = self.package_title

        project_category: str | Unset = UNSET
        if not isinstance(self.project_category, Unset):
            project_category = self.project_category.value

        cost_in_income_year = self.cost_in_income_year

        included_personnel_costs_in_income_year = self.included_personnel_costs_in_income_year

        number_of_own_hours_in_income_year = self.number_of_own_hours_in_income_year

        total_costs_from_previous_years = self.total_costs_from_previous_years

        max_approved_public_support_as_share_of_total_cost = self.max_approved_public_support_as_share_of_total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if sub_group_id is not UNSET:
            field_dict["subGroupId"] = sub_group_id
        if posts is not UNSET:
            field_dict["posts"] = posts
        if package_id is not UNSET:
            field_dict["packageId"] = package_id
        if package_title is not UNSET:
            field_dict["packageTitle"] = package_title
        if project_category is not UNSET:
            field_dict["projectCategory"] = project_category
        if cost_in_income_year is not UNSET:
            field_dict["costInIncomeYear"] = cost_in_income_year
        if included_personnel_costs_in_income_year is not UNSET:
            field_dict["includedPersonnelCostsInIncomeYear"] = included_personnel_costs_in_income_year
        if number_of_own_hours_in_income_year is not UNSET:
            field_dict["numberOfOwnHoursInIncomeYear"] = number_of_own_hours_in_income_year
        if total_costs_from_previous_years is not UNSET:
            field_dict["totalCostsFromPreviousYears"] = total_costs_from_previous_years
        if max_approved_public_support_as_share_of_total_cost is not UNSET and not _in_request:
            field_dict["maxApprovedPublicSupportAsShareOfTotalCost"] = (
                max_approved_public_support_as_share_of_total_cost
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResearchAndDevelopmentWorkPackage from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_posts(_tx_v: Any) -> list[GenericData] | Unset:
            _posts = _tx_v
            posts: list[GenericData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = GenericData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        def _p_project_category(_tx_v: Any) -> ResearchAndDevelopmentWorkPackageProjectCategory | Unset:
            _project_category = _tx_v
            project_category: ResearchAndDevelopmentWorkPackageProjectCategory | Unset
            if isinstance(_project_category, Unset):
                project_category = UNSET
            else:
                project_category = ResearchAndDevelopmentWorkPackageProjectCategory(_project_category)

            return project_category

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "packageId",
                "packageTitle",
                "projectCategory",
                "costInIncomeYear",
                "includedPersonnelCostsInIncomeYear",
                "numberOfOwnHoursInIncomeYear",
                "totalCostsFromPreviousYears",
                "maxApprovedPublicSupportAsShareOfTotalCost",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "package_id": ("packageId", None),
            "package_title": ("packageTitle", None),
            "project_category": ("projectCategory", _p_project_category),
            "cost_in_income_year": ("costInIncomeYear", None),
            "included_personnel_costs_in_income_year": ("includedPersonnelCostsInIncomeYear", None),
            "number_of_own_hours_in_income_year": ("numberOfOwnHoursInIncomeYear", None),
            "total_costs_from_previous_years": ("totalCostsFromPreviousYears", None),
            "max_approved_public_support_as_share_of_total_cost": ("maxApprovedPublicSupportAsShareOfTotalCost", None),
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
