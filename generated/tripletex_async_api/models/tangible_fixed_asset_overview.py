from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tangible_fixed_asset_overview_business_activity_type import TangibleFixedAssetOverviewBusinessActivityType
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
    from ..models.tangible_fixed_asset import TangibleFixedAsset
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TangibleFixedAssetOverview")


@_attrs_define
class TangibleFixedAssetOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        income_group_id (int | Unset):
        business_activity_type (TangibleFixedAssetOverviewBusinessActivityType | Unset):
        industry_id (int | Unset):
        business_activity_description (str | Unset):
        posts (list[TangibleFixedAsset] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    income_group_id: int | Unset = UNSET
    business_activity_type: TangibleFixedAssetOverviewBusinessActivityType | Unset = UNSET
    industry_id: int | Unset = UNSET
    business_activity_description: str | Unset = UNSET
    posts: list[TangibleFixedAsset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.income_group_id
        if _v is not UNSET:
            field_dict["incomeGroupId"] = _v
        _v = self.business_activity_type
        if _v is not UNSET:
            field_dict["businessActivityType"] = _v._value_
        _v = self.industry_id
        if _v is not UNSET and not _in_request:
            field_dict["industryId"] = _v
        _v = self.business_activity_description
        if _v is not UNSET and not _in_request:
            field_dict["businessActivityDescription"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TangibleFixedAssetOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TangibleFixedAssetOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tangible_fixed_asset import TangibleFixedAsset  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_business_activity_type: dict[Any, Any] = enum_members(TangibleFixedAssetOverviewBusinessActivityType)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "incomeGroupId",
                "businessActivityType",
                "industryId",
                "businessActivityDescription",
                "posts",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("incomeGroupId")
                if v is None:
                    o.income_group_id = u
                    if "incomeGroupId" not in d:
                        m += 1
                else:
                    o.income_group_id = v
                k = "businessActivityType"
                v = g("businessActivityType")
                if v is None:
                    o.business_activity_type = u
                    if "businessActivityType" not in d:
                        m += 1
                else:
                    o.business_activity_type = (
                        e_
                        if (e_ := _e_business_activity_type.get(v)) is not None
                        else enum_value(TangibleFixedAssetOverviewBusinessActivityType, v)
                    )
                v = g("industryId")
                if v is None:
                    o.industry_id = u
                    if "industryId" not in d:
                        m += 1
                else:
                    o.industry_id = v
                v = g("businessActivityDescription")
                if v is None:
                    o.business_activity_description = u
                    if "businessActivityDescription" not in d:
                        m += 1
                else:
                    o.business_activity_description = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([TangibleFixedAsset._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("income_group_id", "incomeGroupId"),
            ("business_activity_type", "businessActivityType"),
            ("industry_id", "industryId"),
            ("business_activity_description", "businessActivityDescription"),
            ("posts", "posts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.income_group_id
            o.income_group_id = u if v is None else v
            v = s.business_activity_type
            o.business_activity_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_business_activity_type.get(v)) is not None
                else enum_value(TangibleFixedAssetOverviewBusinessActivityType, v)
            )
            v = s.industry_id
            o.industry_id = u if v is None else v
            v = s.business_activity_description
            o.business_activity_description = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([TangibleFixedAsset._tx_parse(e) for e in v if e is not None] if v else [])
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
