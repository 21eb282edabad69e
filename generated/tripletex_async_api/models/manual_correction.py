from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manual_correction_post_type import ManualCorrectionPostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ManualCorrection")


@_attrs_define
class ManualCorrection(Model):
    """List of manual corrections

    Attributes:
        post_id (int | Unset): postTypeId
        name (str | Unset): name
        income_group_id (int | Unset): incomeGroupId
        grouping (str | Unset): grouping
        post_type (ManualCorrectionPostType | Unset): Post type
        post_value (str | Unset): Post value
    """

    post_id: int | Unset = UNSET
    name: str | Unset = UNSET
    income_group_id: int | Unset = UNSET
    grouping: str | Unset = UNSET
    post_type: ManualCorrectionPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.post_id
        if _v is not UNSET and not _in_request:
            field_dict["postId"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.income_group_id
        if _v is not UNSET and not _in_request:
            field_dict["incomeGroupId"] = _v
        _v = self.grouping
        if _v is not UNSET and not _in_request:
            field_dict["grouping"] = _v
        _v = self.post_type
        if _v is not UNSET:
            field_dict["postType"] = _v._value_
        _v = self.post_value
        if _v is not UNSET:
            field_dict["postValue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ManualCorrection from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ManualCorrection.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_post_type: dict[Any, Any] = enum_members(ManualCorrectionPostType)
        _known: frozenset[str] = frozenset(
            (
                "postId",
                "name",
                "incomeGroupId",
                "grouping",
                "postType",
                "postValue",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("postId")
                if v is None:
                    o.post_id = u
                    if "postId" not in d:
                        m += 1
                else:
                    o.post_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("incomeGroupId")
                if v is None:
                    o.income_group_id = u
                    if "incomeGroupId" not in d:
                        m += 1
                else:
                    o.income_group_id = v
                v = g("grouping")
                if v is None:
                    o.grouping = u
                    if "grouping" not in d:
                        m += 1
                else:
                    o.grouping = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = (
                        e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(ManualCorrectionPostType, v)
                    )
                v = g("postValue")
                if v is None:
                    o.post_value = u
                    if "postValue" not in d:
                        m += 1
                else:
                    o.post_value = v
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
            ("post_id", "postId"),
            ("name", "name"),
            ("income_group_id", "incomeGroupId"),
            ("grouping", "grouping"),
            ("post_type", "postType"),
            ("post_value", "postValue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.post_id
            o.post_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.income_group_id
            o.income_group_id = u if v is None else v
            v = s.grouping
            o.grouping = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(ManualCorrectionPostType, v)
            )
            v = s.post_value
            o.post_value = u if v is None else v
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
