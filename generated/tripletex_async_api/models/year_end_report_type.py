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
    from ..models.year_end_report_post import YearEndReportPost


T = TypeVar("T", bound="YearEndReportType")


@_attrs_define
class YearEndReportType(Model):
    """
    Attributes:
        sum_amount (float | Unset):
        sum_amount_previous_year (float | Unset):
        posts (list[YearEndReportPost] | Unset):
    """

    sum_amount: float | Unset = UNSET
    sum_amount_previous_year: float | Unset = UNSET
    posts: list[YearEndReportPost] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sum_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumAmount"] = _v
        _v = self.sum_amount_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountPreviousYear"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReportType from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``YearEndReportType.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report_post import YearEndReportPost  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sumAmount",
                "sumAmountPreviousYear",
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
                v = g("sumAmount")
                if v is None:
                    o.sum_amount = u
                    if "sumAmount" not in d:
                        m += 1
                else:
                    o.sum_amount = v
                v = g("sumAmountPreviousYear")
                if v is None:
                    o.sum_amount_previous_year = u
                    if "sumAmountPreviousYear" not in d:
                        m += 1
                else:
                    o.sum_amount_previous_year = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([YearEndReportPost._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sum_amount", "sumAmount"),
            ("sum_amount_previous_year", "sumAmountPreviousYear"),
            ("posts", "posts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_amount
            o.sum_amount = u if v is None else v
            v = s.sum_amount_previous_year
            o.sum_amount_previous_year = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([YearEndReportPost._tx_parse(e) for e in v if e is not None] if v else [])
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
