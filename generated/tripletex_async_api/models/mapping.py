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
    from ..models.change import Change


T = TypeVar("T", bound="Mapping")


@_attrs_define
class Mapping(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        year (int | Unset):
        type_ (str | Unset):
        post (str | Unset):
        sub_post (str | Unset):
        group_number (str | Unset):
        negate (bool | Unset):
        exclude_from_tax_return (bool | Unset):
        grouping_enk (str | Unset):
        grouping_as (str | Unset):
        grouping_ans (str | Unset):
        grouping_sa (str | Unset):
        grouping_agriculture_enk (str | Unset):
        grouping_forestry_enk (str | Unset):
        grouping_agriculture_as (str | Unset):
        grouping_forestry_as (str | Unset):
        grouping_agriculture_ans (str | Unset):
        grouping_forestry_ans (str | Unset):
        negate_previous_year (bool | Unset):
        exclude_from_tax_return_previous_year (bool | Unset):
        grouping_enk_previous_year (str | Unset):
        grouping_as_previous_year (str | Unset):
        grouping_ans_previous_year (str | Unset):
        grouping_sa_previous_year (str | Unset):
        grouping_agriculture_enk_previous_year (str | Unset):
        grouping_forestry_enk_previous_year (str | Unset):
        grouping_agriculture_as_previous_year (str | Unset):
        grouping_forestry_as_previous_year (str | Unset):
        grouping_agriculture_ans_previous_year (str | Unset):
        grouping_forestry_ans_previous_year (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    type_: str | Unset = UNSET
    post: str | Unset = UNSET
    sub_post: str | Unset = UNSET
    group_number: str | Unset = UNSET
    negate: bool | Unset = UNSET
    exclude_from_tax_return: bool | Unset = UNSET
    grouping_enk: str | Unset = UNSET
    grouping_as: str | Unset = UNSET
    grouping_ans: str | Unset = UNSET
    grouping_sa: str | Unset = UNSET
    grouping_agriculture_enk: str | Unset = UNSET
    grouping_forestry_enk: str | Unset = UNSET
    grouping_agriculture_as: str | Unset = UNSET
    grouping_forestry_as: str | Unset = UNSET
    grouping_agriculture_ans: str | Unset = UNSET
    grouping_forestry_ans: str | Unset = UNSET
    negate_previous_year: bool | Unset = UNSET
    exclude_from_tax_return_previous_year: bool | Unset = UNSET
    grouping_enk_previous_year: str | Unset = UNSET
    grouping_as_previous_year: str | Unset = UNSET
    grouping_ans_previous_year: str | Unset = UNSET
    grouping_sa_previous_year: str | Unset = UNSET
    grouping_agriculture_enk_previous_year: str | Unset = UNSET
    grouping_forestry_enk_previous_year: str | Unset = UNSET
    grouping_agriculture_as_previous_year: str | Unset = UNSET
    grouping_forestry_as_previous_year: str | Unset = UNSET
    grouping_agriculture_ans_previous_year: str | Unset = UNSET
    grouping_forestry_ans_previous_year: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.post
        if _v is not UNSET and not _in_request:
            field_dict["post"] = _v
        _v = self.sub_post
        if _v is not UNSET and not _in_request:
            field_dict["subPost"] = _v
        _v = self.group_number
        if _v is not UNSET and not _in_request:
            field_dict["groupNumber"] = _v
        _v = self.negate
        if _v is not UNSET and not _in_request:
            field_dict["negate"] = _v
        _v = self.exclude_from_tax_return
        if _v is not UNSET and not _in_request:
            field_dict["excludeFromTaxReturn"] = _v
        _v = self.grouping_enk
        if _v is not UNSET and not _in_request:
            field_dict["groupingEnk"] = _v
        _v = self.grouping_as
        if _v is not UNSET and not _in_request:
            field_dict["groupingAs"] = _v
        _v = self.grouping_ans
        if _v is not UNSET and not _in_request:
            field_dict["groupingAns"] = _v
        _v = self.grouping_sa
        if _v is not UNSET and not _in_request:
            field_dict["groupingSa"] = _v
        _v = self.grouping_agriculture_enk
        if _v is not UNSET and not _in_request:
            field_dict["groupingAgricultureEnk"] = _v
        _v = self.grouping_forestry_enk
        if _v is not UNSET and not _in_request:
            field_dict["groupingForestryEnk"] = _v
        _v = self.grouping_agriculture_as
        if _v is not UNSET and not _in_request:
            field_dict["groupingAgricultureAs"] = _v
        _v = self.grouping_forestry_as
        if _v is not UNSET and not _in_request:
            field_dict["groupingForestryAs"] = _v
        _v = self.grouping_agriculture_ans
        if _v is not UNSET and not _in_request:
            field_dict["groupingAgricultureAns"] = _v
        _v = self.grouping_forestry_ans
        if _v is not UNSET and not _in_request:
            field_dict["groupingForestryAns"] = _v
        _v = self.negate_previous_year
        if _v is not UNSET:
            field_dict["negatePreviousYear"] = _v
        _v = self.exclude_from_tax_return_previous_year
        if _v is not UNSET:
            field_dict["excludeFromTaxReturnPreviousYear"] = _v
        _v = self.grouping_enk_previous_year
        if _v is not UNSET:
            field_dict["groupingEnkPreviousYear"] = _v
        _v = self.grouping_as_previous_year
        if _v is not UNSET:
            field_dict["groupingAsPreviousYear"] = _v
        _v = self.grouping_ans_previous_year
        if _v is not UNSET:
            field_dict["groupingAnsPreviousYear"] = _v
        _v = self.grouping_sa_previous_year
        if _v is not UNSET:
            field_dict["groupingSaPreviousYear"] = _v
        _v = self.grouping_agriculture_enk_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingAgricultureEnkPreviousYear"] = _v
        _v = self.grouping_forestry_enk_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingForestryEnkPreviousYear"] = _v
        _v = self.grouping_agriculture_as_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingAgricultureAsPreviousYear"] = _v
        _v = self.grouping_forestry_as_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingForestryAsPreviousYear"] = _v
        _v = self.grouping_agriculture_ans_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingAgricultureAnsPreviousYear"] = _v
        _v = self.grouping_forestry_ans_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingForestryAnsPreviousYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Mapping from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Mapping.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "year",
                "type",
                "post",
                "subPost",
                "groupNumber",
                "negate",
                "excludeFromTaxReturn",
                "groupingEnk",
                "groupingAs",
                "groupingAns",
                "groupingSa",
                "groupingAgricultureEnk",
                "groupingForestryEnk",
                "groupingAgricultureAs",
                "groupingForestryAs",
                "groupingAgricultureAns",
                "groupingForestryAns",
                "negatePreviousYear",
                "excludeFromTaxReturnPreviousYear",
                "groupingEnkPreviousYear",
                "groupingAsPreviousYear",
                "groupingAnsPreviousYear",
                "groupingSaPreviousYear",
                "groupingAgricultureEnkPreviousYear",
                "groupingForestryEnkPreviousYear",
                "groupingAgricultureAsPreviousYear",
                "groupingForestryAsPreviousYear",
                "groupingAgricultureAnsPreviousYear",
                "groupingForestryAnsPreviousYear",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "year": "year",
            "type": "type_",
            "post": "post",
            "subPost": "sub_post",
            "groupNumber": "group_number",
            "negate": "negate",
            "excludeFromTaxReturn": "exclude_from_tax_return",
            "groupingEnk": "grouping_enk",
            "groupingAs": "grouping_as",
            "groupingAns": "grouping_ans",
            "groupingSa": "grouping_sa",
            "groupingAgricultureEnk": "grouping_agriculture_enk",
            "groupingForestryEnk": "grouping_forestry_enk",
            "groupingAgricultureAs": "grouping_agriculture_as",
            "groupingForestryAs": "grouping_forestry_as",
            "groupingAgricultureAns": "grouping_agriculture_ans",
            "groupingForestryAns": "grouping_forestry_ans",
            "negatePreviousYear": "negate_previous_year",
            "excludeFromTaxReturnPreviousYear": "exclude_from_tax_return_previous_year",
            "groupingEnkPreviousYear": "grouping_enk_previous_year",
            "groupingAsPreviousYear": "grouping_as_previous_year",
            "groupingAnsPreviousYear": "grouping_ans_previous_year",
            "groupingSaPreviousYear": "grouping_sa_previous_year",
            "groupingAgricultureEnkPreviousYear": "grouping_agriculture_enk_previous_year",
            "groupingForestryEnkPreviousYear": "grouping_forestry_enk_previous_year",
            "groupingAgricultureAsPreviousYear": "grouping_agriculture_as_previous_year",
            "groupingForestryAsPreviousYear": "grouping_forestry_as_previous_year",
            "groupingAgricultureAnsPreviousYear": "grouping_agriculture_ans_previous_year",
            "groupingForestryAnsPreviousYear": "grouping_forestry_ans_previous_year",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.year = o.type_ = o.post = o.sub_post = o.group_number = (
                        o.negate
                    ) = o.exclude_from_tax_return = o.grouping_enk = o.grouping_as = o.grouping_ans = o.grouping_sa = (
                        o.grouping_agriculture_enk
                    ) = o.grouping_forestry_enk = o.grouping_agriculture_as = o.grouping_forestry_as = (
                        o.grouping_agriculture_ans
                    ) = o.grouping_forestry_ans = o.negate_previous_year = o.exclude_from_tax_return_previous_year = (
                        o.grouping_enk_previous_year
                    ) = o.grouping_as_previous_year = o.grouping_ans_previous_year = o.grouping_sa_previous_year = (
                        o.grouping_agriculture_enk_previous_year
                    ) = o.grouping_forestry_enk_previous_year = o.grouping_agriculture_as_previous_year = (
                        o.grouping_forestry_as_previous_year
                    ) = o.grouping_agriculture_ans_previous_year = o.grouping_forestry_ans_previous_year = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.year = o.type_ = o.post = o.sub_post = o.group_number = (
                        o.negate
                    ) = o.exclude_from_tax_return = o.grouping_enk = o.grouping_as = o.grouping_ans = o.grouping_sa = (
                        o.grouping_agriculture_enk
                    ) = o.grouping_forestry_enk = o.grouping_agriculture_as = o.grouping_forestry_as = (
                        o.grouping_agriculture_ans
                    ) = o.grouping_forestry_ans = o.negate_previous_year = o.exclude_from_tax_return_previous_year = (
                        o.grouping_enk_previous_year
                    ) = o.grouping_as_previous_year = o.grouping_ans_previous_year = o.grouping_sa_previous_year = (
                        o.grouping_agriculture_enk_previous_year
                    ) = o.grouping_forestry_enk_previous_year = o.grouping_agriculture_as_previous_year = (
                        o.grouping_forestry_as_previous_year
                    ) = o.grouping_agriculture_ans_previous_year = o.grouping_forestry_ans_previous_year = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("post")
                if v is None:
                    o.post = u
                    if "post" not in d:
                        m += 1
                else:
                    o.post = v
                v = g("subPost")
                if v is None:
                    o.sub_post = u
                    if "subPost" not in d:
                        m += 1
                else:
                    o.sub_post = v
                v = g("groupNumber")
                if v is None:
                    o.group_number = u
                    if "groupNumber" not in d:
                        m += 1
                else:
                    o.group_number = v
                v = g("negate")
                if v is None:
                    o.negate = u
                    if "negate" not in d:
                        m += 1
                else:
                    o.negate = v
                v = g("excludeFromTaxReturn")
                if v is None:
                    o.exclude_from_tax_return = u
                    if "excludeFromTaxReturn" not in d:
                        m += 1
                else:
                    o.exclude_from_tax_return = v
                v = g("groupingEnk")
                if v is None:
                    o.grouping_enk = u
                    if "groupingEnk" not in d:
                        m += 1
                else:
                    o.grouping_enk = v
                v = g("groupingAs")
                if v is None:
                    o.grouping_as = u
                    if "groupingAs" not in d:
                        m += 1
                else:
                    o.grouping_as = v
                v = g("groupingAns")
                if v is None:
                    o.grouping_ans = u
                    if "groupingAns" not in d:
                        m += 1
                else:
                    o.grouping_ans = v
                v = g("groupingSa")
                if v is None:
                    o.grouping_sa = u
                    if "groupingSa" not in d:
                        m += 1
                else:
                    o.grouping_sa = v
                v = g("groupingAgricultureEnk")
                if v is None:
                    o.grouping_agriculture_enk = u
                    if "groupingAgricultureEnk" not in d:
                        m += 1
                else:
                    o.grouping_agriculture_enk = v
                v = g("groupingForestryEnk")
                if v is None:
                    o.grouping_forestry_enk = u
                    if "groupingForestryEnk" not in d:
                        m += 1
                else:
                    o.grouping_forestry_enk = v
                v = g("groupingAgricultureAs")
                if v is None:
                    o.grouping_agriculture_as = u
                    if "groupingAgricultureAs" not in d:
                        m += 1
                else:
                    o.grouping_agriculture_as = v
                v = g("groupingForestryAs")
                if v is None:
                    o.grouping_forestry_as = u
                    if "groupingForestryAs" not in d:
                        m += 1
                else:
                    o.grouping_forestry_as = v
                v = g("groupingAgricultureAns")
                if v is None:
                    o.grouping_agriculture_ans = u
                    if "groupingAgricultureAns" not in d:
                        m += 1
                else:
                    o.grouping_agriculture_ans = v
                v = g("groupingForestryAns")
                if v is None:
                    o.grouping_forestry_ans = u
                    if "groupingForestryAns" not in d:
                        m += 1
                else:
                    o.grouping_forestry_ans = v
                v = g("negatePreviousYear")
                if v is None:
                    o.negate_previous_year = u
                    if "negatePreviousYear" not in d:
                        m += 1
                else:
                    o.negate_previous_year = v
                v = g("excludeFromTaxReturnPreviousYear")
                if v is None:
                    o.exclude_from_tax_return_previous_year = u
                    if "excludeFromTaxReturnPreviousYear" not in d:
                        m += 1
                else:
                    o.exclude_from_tax_return_previous_year = v
                v = g("groupingEnkPreviousYear")
                if v is None:
                    o.grouping_enk_previous_year = u
                    if "groupingEnkPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_enk_previous_year = v
                v = g("groupingAsPreviousYear")
                if v is None:
                    o.grouping_as_previous_year = u
                    if "groupingAsPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_as_previous_year = v
                v = g("groupingAnsPreviousYear")
                if v is None:
                    o.grouping_ans_previous_year = u
                    if "groupingAnsPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_ans_previous_year = v
                v = g("groupingSaPreviousYear")
                if v is None:
                    o.grouping_sa_previous_year = u
                    if "groupingSaPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_sa_previous_year = v
                v = g("groupingAgricultureEnkPreviousYear")
                if v is None:
                    o.grouping_agriculture_enk_previous_year = u
                    if "groupingAgricultureEnkPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_agriculture_enk_previous_year = v
                v = g("groupingForestryEnkPreviousYear")
                if v is None:
                    o.grouping_forestry_enk_previous_year = u
                    if "groupingForestryEnkPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_forestry_enk_previous_year = v
                v = g("groupingAgricultureAsPreviousYear")
                if v is None:
                    o.grouping_agriculture_as_previous_year = u
                    if "groupingAgricultureAsPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_agriculture_as_previous_year = v
                v = g("groupingForestryAsPreviousYear")
                if v is None:
                    o.grouping_forestry_as_previous_year = u
                    if "groupingForestryAsPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_forestry_as_previous_year = v
                v = g("groupingAgricultureAnsPreviousYear")
                if v is None:
                    o.grouping_agriculture_ans_previous_year = u
                    if "groupingAgricultureAnsPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_agriculture_ans_previous_year = v
                v = g("groupingForestryAnsPreviousYear")
                if v is None:
                    o.grouping_forestry_ans_previous_year = u
                    if "groupingForestryAnsPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_forestry_ans_previous_year = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 33 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("year", "year"),
            ("type_", "type"),
            ("post", "post"),
            ("sub_post", "subPost"),
            ("group_number", "groupNumber"),
            ("negate", "negate"),
            ("exclude_from_tax_return", "excludeFromTaxReturn"),
            ("grouping_enk", "groupingEnk"),
            ("grouping_as", "groupingAs"),
            ("grouping_ans", "groupingAns"),
            ("grouping_sa", "groupingSa"),
            ("grouping_agriculture_enk", "groupingAgricultureEnk"),
            ("grouping_forestry_enk", "groupingForestryEnk"),
            ("grouping_agriculture_as", "groupingAgricultureAs"),
            ("grouping_forestry_as", "groupingForestryAs"),
            ("grouping_agriculture_ans", "groupingAgricultureAns"),
            ("grouping_forestry_ans", "groupingForestryAns"),
            ("negate_previous_year", "negatePreviousYear"),
            ("exclude_from_tax_return_previous_year", "excludeFromTaxReturnPreviousYear"),
            ("grouping_enk_previous_year", "groupingEnkPreviousYear"),
            ("grouping_as_previous_year", "groupingAsPreviousYear"),
            ("grouping_ans_previous_year", "groupingAnsPreviousYear"),
            ("grouping_sa_previous_year", "groupingSaPreviousYear"),
            ("grouping_agriculture_enk_previous_year", "groupingAgricultureEnkPreviousYear"),
            ("grouping_forestry_enk_previous_year", "groupingForestryEnkPreviousYear"),
            ("grouping_agriculture_as_previous_year", "groupingAgricultureAsPreviousYear"),
            ("grouping_forestry_as_previous_year", "groupingForestryAsPreviousYear"),
            ("grouping_agriculture_ans_previous_year", "groupingAgricultureAnsPreviousYear"),
            ("grouping_forestry_ans_previous_year", "groupingForestryAnsPreviousYear"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.post
            o.post = u if v is None else v
            v = s.sub_post
            o.sub_post = u if v is None else v
            v = s.group_number
            o.group_number = u if v is None else v
            v = s.negate
            o.negate = u if v is None else v
            v = s.exclude_from_tax_return
            o.exclude_from_tax_return = u if v is None else v
            v = s.grouping_enk
            o.grouping_enk = u if v is None else v
            v = s.grouping_as
            o.grouping_as = u if v is None else v
            v = s.grouping_ans
            o.grouping_ans = u if v is None else v
            v = s.grouping_sa
            o.grouping_sa = u if v is None else v
            v = s.grouping_agriculture_enk
            o.grouping_agriculture_enk = u if v is None else v
            v = s.grouping_forestry_enk
            o.grouping_forestry_enk = u if v is None else v
            v = s.grouping_agriculture_as
            o.grouping_agriculture_as = u if v is None else v
            v = s.grouping_forestry_as
            o.grouping_forestry_as = u if v is None else v
            v = s.grouping_agriculture_ans
            o.grouping_agriculture_ans = u if v is None else v
            v = s.grouping_forestry_ans
            o.grouping_forestry_ans = u if v is None else v
            v = s.negate_previous_year
            o.negate_previous_year = u if v is None else v
            v = s.exclude_from_tax_return_previous_year
            o.exclude_from_tax_return_previous_year = u if v is None else v
            v = s.grouping_enk_previous_year
            o.grouping_enk_previous_year = u if v is None else v
            v = s.grouping_as_previous_year
            o.grouping_as_previous_year = u if v is None else v
            v = s.grouping_ans_previous_year
            o.grouping_ans_previous_year = u if v is None else v
            v = s.grouping_sa_previous_year
            o.grouping_sa_previous_year = u if v is None else v
            v = s.grouping_agriculture_enk_previous_year
            o.grouping_agriculture_enk_previous_year = u if v is None else v
            v = s.grouping_forestry_enk_previous_year
            o.grouping_forestry_enk_previous_year = u if v is None else v
            v = s.grouping_agriculture_as_previous_year
            o.grouping_agriculture_as_previous_year = u if v is None else v
            v = s.grouping_forestry_as_previous_year
            o.grouping_forestry_as_previous_year = u if v is None else v
            v = s.grouping_agriculture_ans_previous_year
            o.grouping_agriculture_ans_previous_year = u if v is None else v
            v = s.grouping_forestry_ans_previous_year
            o.grouping_forestry_ans_previous_year = u if v is None else v
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
