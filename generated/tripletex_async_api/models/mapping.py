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
    from ..models.change import Change


T = TypeVar("T", bound="Mapping")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("changes", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class Mapping(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset): [read-only]
        type_ (str | Unset): [read-only]
        post (str | Unset): [read-only]
        sub_post (str | Unset): [read-only]
        group_number (str | Unset): [read-only]
        negate (bool | Unset): [read-only]
        exclude_from_tax_return (bool | Unset): [read-only]
        grouping_enk (str | Unset): [read-only]
        grouping_as (str | Unset): [read-only]
        grouping_ans (str | Unset): [read-only]
        grouping_sa (str | Unset): [read-only]
        grouping_agriculture_enk (str | Unset): [read-only]
        grouping_forestry_enk (str | Unset): [read-only]
        grouping_agriculture_as (str | Unset): [read-only]
        grouping_forestry_as (str | Unset): [read-only]
        grouping_agriculture_ans (str | Unset): [read-only]
        grouping_forestry_ans (str | Unset): [read-only]
        negate_previous_year (bool | Unset):
        exclude_from_tax_return_previous_year (bool | Unset):
        grouping_enk_previous_year (str | Unset):
        grouping_as_previous_year (str | Unset):
        grouping_ans_previous_year (str | Unset):
        grouping_sa_previous_year (str | Unset):
        grouping_agriculture_enk_previous_year (str | Unset): [read-only]
        grouping_forestry_enk_previous_year (str | Unset): [read-only]
        grouping_agriculture_as_previous_year (str | Unset): [read-only]
        grouping_forestry_as_previous_year (str | Unset): [read-only]
        grouping_agriculture_ans_previous_year (str | Unset): [read-only]
        grouping_forestry_ans_previous_year (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        year = self.year

        type_ = self.type_

        post = self.post

        sub_post = self.sub_post

        group_number = self.group_number

        negate = self.negate

        exclude_from_tax_return = self.exclude_from_tax_return

        grouping_enk = self.grouping_enk

        grouping_as = self.grouping_as

        grouping_ans = self.grouping_ans

        grouping_sa = self.grouping_sa

        grouping_agriculture_enk = self.grouping_agriculture_enk

        grouping_forestry_enk = self.grouping_forestry_enk

        grouping_agriculture_as = self.grouping_agriculture_as

        grouping_forestry_as = self.grouping_forestry_as

        grouping_agriculture_ans = self.grouping_agriculture_ans

        grouping_forestry_ans = self.grouping_forestry_ans

        negate_previous_year = self.negate_previous_year

        exclude_from_tax_return_previous_year = self.exclude_from_tax_return_previous_year

        grouping_enk_previous_year = self.grouping_enk_previous_year

        grouping_as_previous_year = self.grouping_as_previous_year

        grouping_ans_previous_year = self.grouping_ans_previous_year

        grouping_sa_previous_year = self.grouping_sa_previous_year

        grouping_agriculture_enk_previous_year = self.grouping_agriculture_enk_previous_year

        grouping_forestry_enk_previous_year = self.grouping_forestry_enk_previous_year

        grouping_agriculture_as_previous_year = self.grouping_agriculture_as_previous_year

        grouping_forestry_as_previous_year = self.grouping_forestry_as_previous_year

        grouping_agriculture_ans_previous_year = self.grouping_agriculture_ans_previous_year

        grouping_forestry_ans_previous_year = self.grouping_forestry_ans_previous_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if post is not UNSET and not _in_request:
            field_dict["post"] = post
        if sub_post is not UNSET and not _in_request:
            field_dict["subPost"] = sub_post
        if group_number is not UNSET and not _in_request:
            field_dict["groupNumber"] = group_number
        if negate is not UNSET and not _in_request:
            field_dict["negate"] = negate
        if exclude_from_tax_return is not UNSET and not _in_request:
            field_dict["excludeFromTaxReturn"] = exclude_from_tax_return
        if grouping_enk is not UNSET and not _in_request:
            field_dict["groupingEnk"] = grouping_enk
        if grouping_as is not UNSET and not _in_request:
            field_dict["groupingAs"] = grouping_as
        if grouping_ans is not UNSET and not _in_request:
            field_dict["groupingAns"] = grouping_ans
        if grouping_sa is not UNSET and not _in_request:
            field_dict["groupingSa"] = grouping_sa
        if grouping_agriculture_enk is not UNSET and not _in_request:
            field_dict["groupingAgricultureEnk"] = grouping_agriculture_enk
        if grouping_forestry_enk is not UNSET and not _in_request:
            field_dict["groupingForestryEnk"] = grouping_forestry_enk
        if grouping_agriculture_as is not UNSET and not _in_request:
            field_dict["groupingAgricultureAs"] = grouping_agriculture_as
        if grouping_forestry_as is not UNSET and not _in_request:
            field_dict["groupingForestryAs"] = grouping_forestry_as
        if grouping_agriculture_ans is not UNSET and not _in_request:
            field_dict["groupingAgricultureAns"] = grouping_agriculture_ans
        if grouping_forestry_ans is not UNSET and not _in_request:
            field_dict["groupingForestryAns"] = grouping_forestry_ans
        if negate_previous_year is not UNSET:
            field_dict["negatePreviousYear"] = negate_previous_year
        if exclude_from_tax_return_previous_year is not UNSET:
            field_dict["excludeFromTaxReturnPreviousYear"] = exclude_from_tax_return_previous_year
        if grouping_enk_previous_year is not UNSET:
            field_dict["groupingEnkPreviousYear"] = grouping_enk_previous_year
        if grouping_as_previous_year is not UNSET:
            field_dict["groupingAsPreviousYear"] = grouping_as_previous_year
        if grouping_ans_previous_year is not UNSET:
            field_dict["groupingAnsPreviousYear"] = grouping_ans_previous_year
        if grouping_sa_previous_year is not UNSET:
            field_dict["groupingSaPreviousYear"] = grouping_sa_previous_year
        if grouping_agriculture_enk_previous_year is not UNSET and not _in_request:
            field_dict["groupingAgricultureEnkPreviousYear"] = grouping_agriculture_enk_previous_year
        if grouping_forestry_enk_previous_year is not UNSET and not _in_request:
            field_dict["groupingForestryEnkPreviousYear"] = grouping_forestry_enk_previous_year
        if grouping_agriculture_as_previous_year is not UNSET and not _in_request:
            field_dict["groupingAgricultureAsPreviousYear"] = grouping_agriculture_as_previous_year
        if grouping_forestry_as_previous_year is not UNSET and not _in_request:
            field_dict["groupingForestryAsPreviousYear"] = grouping_forestry_as_previous_year
        if grouping_agriculture_ans_previous_year is not UNSET and not _in_request:
            field_dict["groupingAgricultureAnsPreviousYear"] = grouping_agriculture_ans_previous_year
        if grouping_forestry_ans_previous_year is not UNSET and not _in_request:
            field_dict["groupingForestryAnsPreviousYear"] = grouping_forestry_ans_previous_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Mapping from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year": ("year", None),
            "type_": ("type", None),
            "post": ("post", None),
            "sub_post": ("subPost", None),
            "group_number": ("groupNumber", None),
            "negate": ("negate", None),
            "exclude_from_tax_return": ("excludeFromTaxReturn", None),
            "grouping_enk": ("groupingEnk", None),
            "grouping_as": ("groupingAs", None),
            "grouping_ans": ("groupingAns", None),
            "grouping_sa": ("groupingSa", None),
            "grouping_agriculture_enk": ("groupingAgricultureEnk", None),
            "grouping_forestry_enk": ("groupingForestryEnk", None),
            "grouping_agriculture_as": ("groupingAgricultureAs", None),
            "grouping_forestry_as": ("groupingForestryAs", None),
            "grouping_agriculture_ans": ("groupingAgricultureAns", None),
            "grouping_forestry_ans": ("groupingForestryAns", None),
            "negate_previous_year": ("negatePreviousYear", None),
            "exclude_from_tax_return_previous_year": ("excludeFromTaxReturnPreviousYear", None),
            "grouping_enk_previous_year": ("groupingEnkPreviousYear", None),
            "grouping_as_previous_year": ("groupingAsPreviousYear", None),
            "grouping_ans_previous_year": ("groupingAnsPreviousYear", None),
            "grouping_sa_previous_year": ("groupingSaPreviousYear", None),
            "grouping_agriculture_enk_previous_year": ("groupingAgricultureEnkPreviousYear", None),
            "grouping_forestry_enk_previous_year": ("groupingForestryEnkPreviousYear", None),
            "grouping_agriculture_as_previous_year": ("groupingAgricultureAsPreviousYear", None),
            "grouping_forestry_as_previous_year": ("groupingForestryAsPreviousYear", None),
            "grouping_agriculture_ans_previous_year": ("groupingAgricultureAnsPreviousYear", None),
            "grouping_forestry_ans_previous_year": ("groupingForestryAnsPreviousYear", None),
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
