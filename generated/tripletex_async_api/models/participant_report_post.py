from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_report_post_data_sub_type import ParticipantReportPostDataSubType
from ..models.participant_report_post_post_type import ParticipantReportPostPostType
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
)

T = TypeVar("T", bound="ParticipantReportPost")


@_attrs_define
class ParticipantReportPost(Model):
    """
    Attributes:
        year (int | Unset): Year
        group_id (int | Unset): Group id
        data_sub_type (ParticipantReportPostDataSubType | Unset): Sub group id
        data_sub_type_group_id (int | Unset): Group id
        post_type (ParticipantReportPostPostType | Unset): Post type
        post_value (str | Unset): Post value
    """

    year: int | Unset = UNSET
    group_id: int | Unset = UNSET
    data_sub_type: ParticipantReportPostDataSubType | Unset = UNSET
    data_sub_type_group_id: int | Unset = UNSET
    post_type: ParticipantReportPostPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.data_sub_type
        if _v is not UNSET:
            field_dict["dataSubType"] = _v._value_
        _v = self.data_sub_type_group_id
        if _v is not UNSET:
            field_dict["dataSubTypeGroupId"] = _v
        _v = self.post_type
        if _v is not UNSET:
            field_dict["postType"] = _v._value_
        _v = self.post_value
        if _v is not UNSET:
            field_dict["postValue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportPost from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportPost.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_data_sub_type: dict[Any, Any] = enum_members(ParticipantReportPostDataSubType)
        _e_post_type: dict[Any, Any] = enum_members(ParticipantReportPostPostType)
        _known: frozenset[str] = frozenset(
            (
                "year",
                "groupId",
                "dataSubType",
                "dataSubTypeGroupId",
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
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "dataSubType"
                v = g("dataSubType")
                if v is None:
                    o.data_sub_type = u
                    if "dataSubType" not in d:
                        m += 1
                else:
                    o.data_sub_type = (
                        e_
                        if (e_ := _e_data_sub_type.get(v)) is not None
                        else enum_value(ParticipantReportPostDataSubType, v)
                    )
                v = g("dataSubTypeGroupId")
                if v is None:
                    o.data_sub_type_group_id = u
                    if "dataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.data_sub_type_group_id = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = (
                        e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(ParticipantReportPostPostType, v)
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
            ("year", "year"),
            ("group_id", "groupId"),
            ("data_sub_type", "dataSubType"),
            ("data_sub_type_group_id", "dataSubTypeGroupId"),
            ("post_type", "postType"),
            ("post_value", "postValue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.data_sub_type
            o.data_sub_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_data_sub_type.get(v)) is not None
                else enum_value(ParticipantReportPostDataSubType, v)
            )
            v = s.data_sub_type_group_id
            o.data_sub_type_group_id = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(ParticipantReportPostPostType, v)
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
