from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.research_and_development_work_package_project_category import (
    ResearchAndDevelopmentWorkPackageProjectCategory,
)
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopmentWorkPackage")


@_attrs_define
class ResearchAndDevelopmentWorkPackage(Model):
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
        max_approved_public_support_as_share_of_total_cost (float | Unset): Maximum Approved Public Support As A Share
            Of Total Costs
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.package_id
        if _v is not UNSET:
            field_dict["packageId"] = _v
        _v = self.package_title
        if _v is not UNSET:
            field_dict["packageTitle"] = _v
        _v = self.project_category
        if _v is not UNSET:
            field_dict["projectCategory"] = _v._value_
        _v = self.cost_in_income_year
        if _v is not UNSET:
            field_dict["costInIncomeYear"] = _v
        _v = self.included_personnel_costs_in_income_year
        if _v is not UNSET:
            field_dict["includedPersonnelCostsInIncomeYear"] = _v
        _v = self.number_of_own_hours_in_income_year
        if _v is not UNSET:
            field_dict["numberOfOwnHoursInIncomeYear"] = _v
        _v = self.total_costs_from_previous_years
        if _v is not UNSET:
            field_dict["totalCostsFromPreviousYears"] = _v
        _v = self.max_approved_public_support_as_share_of_total_cost
        if _v is not UNSET and not _in_request:
            field_dict["maxApprovedPublicSupportAsShareOfTotalCost"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResearchAndDevelopmentWorkPackage from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResearchAndDevelopmentWorkPackage.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_project_category: dict[Any, Any] = enum_members(ResearchAndDevelopmentWorkPackageProjectCategory)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "packageId": "package_id",
            "packageTitle": "package_title",
            "costInIncomeYear": "cost_in_income_year",
            "includedPersonnelCostsInIncomeYear": "included_personnel_costs_in_income_year",
            "numberOfOwnHoursInIncomeYear": "number_of_own_hours_in_income_year",
            "totalCostsFromPreviousYears": "total_costs_from_previous_years",
            "maxApprovedPublicSupportAsShareOfTotalCost": "max_approved_public_support_as_share_of_total_cost",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.package_id = o.package_title = (
                        o.project_category
                    ) = o.cost_in_income_year = o.included_personnel_costs_in_income_year = (
                        o.number_of_own_hours_in_income_year
                    ) = o.total_costs_from_previous_years = o.max_approved_public_support_as_share_of_total_cost = UNSET
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
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("subGroupId")
                if v is None:
                    o.sub_group_id = u
                    if "subGroupId" not in d:
                        m += 1
                else:
                    o.sub_group_id = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("packageId")
                if v is None:
                    o.package_id = u
                    if "packageId" not in d:
                        m += 1
                else:
                    o.package_id = v
                v = g("packageTitle")
                if v is None:
                    o.package_title = u
                    if "packageTitle" not in d:
                        m += 1
                else:
                    o.package_title = v
                k = "projectCategory"
                v = g("projectCategory")
                if v is None:
                    o.project_category = u
                    if "projectCategory" not in d:
                        m += 1
                else:
                    o.project_category = (
                        e_
                        if (e_ := _e_project_category.get(v)) is not None
                        else enum_value(ResearchAndDevelopmentWorkPackageProjectCategory, v)
                    )
                v = g("costInIncomeYear")
                if v is None:
                    o.cost_in_income_year = u
                    if "costInIncomeYear" not in d:
                        m += 1
                else:
                    o.cost_in_income_year = v
                v = g("includedPersonnelCostsInIncomeYear")
                if v is None:
                    o.included_personnel_costs_in_income_year = u
                    if "includedPersonnelCostsInIncomeYear" not in d:
                        m += 1
                else:
                    o.included_personnel_costs_in_income_year = v
                v = g("numberOfOwnHoursInIncomeYear")
                if v is None:
                    o.number_of_own_hours_in_income_year = u
                    if "numberOfOwnHoursInIncomeYear" not in d:
                        m += 1
                else:
                    o.number_of_own_hours_in_income_year = v
                v = g("totalCostsFromPreviousYears")
                if v is None:
                    o.total_costs_from_previous_years = u
                    if "totalCostsFromPreviousYears" not in d:
                        m += 1
                else:
                    o.total_costs_from_previous_years = v
                v = g("maxApprovedPublicSupportAsShareOfTotalCost")
                if v is None:
                    o.max_approved_public_support_as_share_of_total_cost = u
                    if "maxApprovedPublicSupportAsShareOfTotalCost" not in d:
                        m += 1
                else:
                    o.max_approved_public_support_as_share_of_total_cost = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("package_id", "packageId"),
            ("package_title", "packageTitle"),
            ("project_category", "projectCategory"),
            ("cost_in_income_year", "costInIncomeYear"),
            ("included_personnel_costs_in_income_year", "includedPersonnelCostsInIncomeYear"),
            ("number_of_own_hours_in_income_year", "numberOfOwnHoursInIncomeYear"),
            ("total_costs_from_previous_years", "totalCostsFromPreviousYears"),
            ("max_approved_public_support_as_share_of_total_cost", "maxApprovedPublicSupportAsShareOfTotalCost"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.package_id
            o.package_id = u if v is None else v
            v = s.package_title
            o.package_title = u if v is None else v
            v = s.project_category
            o.project_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_category.get(v)) is not None
                else enum_value(ResearchAndDevelopmentWorkPackageProjectCategory, v)
            )
            v = s.cost_in_income_year
            o.cost_in_income_year = u if v is None else v
            v = s.included_personnel_costs_in_income_year
            o.included_personnel_costs_in_income_year = u if v is None else v
            v = s.number_of_own_hours_in_income_year
            o.number_of_own_hours_in_income_year = u if v is None else v
            v = s.total_costs_from_previous_years
            o.total_costs_from_previous_years = u if v is None else v
            v = s.max_approved_public_support_as_share_of_total_cost
            o.max_approved_public_support_as_share_of_total_cost = u if v is None else v
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
