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
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ForwardingDisallowedInterestDeduction")


@_attrs_define
class ForwardingDisallowedInterestDeduction(Model):
    """Forwarding disallowed interest deductions

    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        income_year (int | Unset): Income year
        carried_forward_from_previous_year (float | Unset): Carried forward from previous year
        deductible_this_year (float | Unset): Deductible this year
        remaining_carried_forward (float | Unset): Remaining carried forward
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    income_year: int | Unset = UNSET
    carried_forward_from_previous_year: float | Unset = UNSET
    deductible_this_year: float | Unset = UNSET
    remaining_carried_forward: float | Unset = UNSET
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
        _v = self.income_year
        if _v is not UNSET:
            field_dict["incomeYear"] = _v
        _v = self.carried_forward_from_previous_year
        if _v is not UNSET:
            field_dict["carriedForwardFromPreviousYear"] = _v
        _v = self.deductible_this_year
        if _v is not UNSET and not _in_request:
            field_dict["deductibleThisYear"] = _v
        _v = self.remaining_carried_forward
        if _v is not UNSET and not _in_request:
            field_dict["remainingCarriedForward"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ForwardingDisallowedInterestDeduction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ForwardingDisallowedInterestDeduction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "incomeYear",
                "carriedForwardFromPreviousYear",
                "deductibleThisYear",
                "remainingCarriedForward",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "incomeYear": "income_year",
            "carriedForwardFromPreviousYear": "carried_forward_from_previous_year",
            "deductibleThisYear": "deductible_this_year",
            "remainingCarriedForward": "remaining_carried_forward",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.income_year = (
                        o.carried_forward_from_previous_year
                    ) = o.deductible_this_year = o.remaining_carried_forward = UNSET
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
                v = g("incomeYear")
                if v is None:
                    o.income_year = u
                    if "incomeYear" not in d:
                        m += 1
                else:
                    o.income_year = v
                v = g("carriedForwardFromPreviousYear")
                if v is None:
                    o.carried_forward_from_previous_year = u
                    if "carriedForwardFromPreviousYear" not in d:
                        m += 1
                else:
                    o.carried_forward_from_previous_year = v
                v = g("deductibleThisYear")
                if v is None:
                    o.deductible_this_year = u
                    if "deductibleThisYear" not in d:
                        m += 1
                else:
                    o.deductible_this_year = v
                v = g("remainingCarriedForward")
                if v is None:
                    o.remaining_carried_forward = u
                    if "remainingCarriedForward" not in d:
                        m += 1
                else:
                    o.remaining_carried_forward = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("income_year", "incomeYear"),
            ("carried_forward_from_previous_year", "carriedForwardFromPreviousYear"),
            ("deductible_this_year", "deductibleThisYear"),
            ("remaining_carried_forward", "remainingCarriedForward"),
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
            v = s.income_year
            o.income_year = u if v is None else v
            v = s.carried_forward_from_previous_year
            o.carried_forward_from_previous_year = u if v is None else v
            v = s.deductible_this_year
            o.deductible_this_year = u if v is None else v
            v = s.remaining_carried_forward
            o.remaining_carried_forward = u if v is None else v
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
