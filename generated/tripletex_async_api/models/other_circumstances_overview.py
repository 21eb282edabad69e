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
)

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.realization_and_rental_of_assets import RealizationAndRentalOfAssets
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="OtherCircumstancesOverview")


@_attrs_define
class OtherCircumstancesOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        posts (list[GenericData] | Unset):
        assets_company_posts (list[RealizationAndRentalOfAssets] | Unset):
        assets_shareholder_posts (list[RealizationAndRentalOfAssets] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    assets_company_posts: list[RealizationAndRentalOfAssets] | Unset = UNSET
    assets_shareholder_posts: list[RealizationAndRentalOfAssets] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.assets_company_posts
        if _v is not UNSET:
            field_dict["assetsCompanyPosts"] = [_e.to_dict() for _e in _v]
        _v = self.assets_shareholder_posts
        if _v is not UNSET:
            field_dict["assetsShareholderPosts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OtherCircumstancesOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OtherCircumstancesOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.realization_and_rental_of_assets import RealizationAndRentalOfAssets  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "posts",
                "assetsCompanyPosts",
                "assetsShareholderPosts",
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
                k = "assetsCompanyPosts"
                v = g("assetsCompanyPosts")
                if v is None:
                    o.assets_company_posts = u
                    if "assetsCompanyPosts" not in d:
                        m += 1
                else:
                    o.assets_company_posts = (
                        ([RealizationAndRentalOfAssets._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "assetsShareholderPosts"
                v = g("assetsShareholderPosts")
                if v is None:
                    o.assets_shareholder_posts = u
                    if "assetsShareholderPosts" not in d:
                        m += 1
                else:
                    o.assets_shareholder_posts = (
                        ([RealizationAndRentalOfAssets._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("posts", "posts"),
            ("assets_company_posts", "assetsCompanyPosts"),
            ("assets_shareholder_posts", "assetsShareholderPosts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.assets_company_posts
            o.assets_company_posts = (
                u
                if v is None or v is u
                else ([RealizationAndRentalOfAssets._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.assets_shareholder_posts
            o.assets_shareholder_posts = (
                u
                if v is None or v is u
                else ([RealizationAndRentalOfAssets._tx_parse(e) for e in v if e is not None] if v else [])
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
