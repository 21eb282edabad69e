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
    from ..models.year_end_report_post import YearEndReportPost


T = TypeVar("T", bound="YearEndReportType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("posts", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class YearEndReportType(LazyModel):
    """
    Attributes:
        sum_amount (float | Unset): [read-only]
        sum_amount_previous_year (float | Unset): [read-only]
        posts (list[YearEndReportPost] | Unset):
    """

    sum_amount: float | Unset = UNSET
    sum_amount_previous_year: float | Unset = UNSET
    posts: list[YearEndReportPost] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sum_amount = self.sum_amount

        sum_amount_previous_year = self.sum_amount_previous_year

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_amount is not UNSET and not _in_request:
            field_dict["sumAmount"] = sum_amount
        if sum_amount_previous_year is not UNSET and not _in_request:
            field_dict["sumAmountPreviousYear"] = sum_amount_previous_year
        if posts is not UNSET:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReportType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report_post import YearEndReportPost  # noqa: PLC0415

        def _p_posts(_tx_v: Any) -> list[YearEndReportPost] | Unset:
            _posts = _tx_v
            posts: list[YearEndReportPost] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = YearEndReportPost._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        _tx_known: frozenset[str] = frozenset(
            (
                "sumAmount",
                "sumAmountPreviousYear",
                "posts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_amount": ("sumAmount", None),
            "sum_amount_previous_year": ("sumAmountPreviousYear", None),
            "posts": ("posts", _p_posts),
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
