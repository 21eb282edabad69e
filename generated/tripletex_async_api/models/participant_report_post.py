from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_report_post_data_sub_type import ParticipantReportPostDataSubType
from ..models.participant_report_post_post_type import ParticipantReportPostPostType
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

T = TypeVar("T", bound="ParticipantReportPost")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("dataSubType", str, False),
    ("postType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportPost(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        group_id = self.group_id

        data_sub_type: str | Unset = UNSET
        if not isinstance(self.data_sub_type, Unset):
            data_sub_type = self.data_sub_type.value

        data_sub_type_group_id = self.data_sub_type_group_id

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if data_sub_type is not UNSET:
            field_dict["dataSubType"] = data_sub_type
        if data_sub_type_group_id is not UNSET:
            field_dict["dataSubTypeGroupId"] = data_sub_type_group_id
        if post_type is not UNSET:
            field_dict["postType"] = post_type
        if post_value is not UNSET:
            field_dict["postValue"] = post_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportPost from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_data_sub_type(_tx_v: Any) -> ParticipantReportPostDataSubType | Unset:
            _data_sub_type = _tx_v
            data_sub_type: ParticipantReportPostDataSubType | Unset
            if isinstance(_data_sub_type, Unset):
                data_sub_type = UNSET
            else:
                data_sub_type = ParticipantReportPostDataSubType(_data_sub_type)

            return data_sub_type

        def _p_post_type(_tx_v: Any) -> ParticipantReportPostPostType | Unset:
            _post_type = _tx_v
            post_type: ParticipantReportPostPostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = ParticipantReportPostPostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "groupId",
                "dataSubType",
                "dataSubTypeGroupId",
                "postType",
                "postValue",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "group_id": ("groupId", None),
            "data_sub_type": ("dataSubType", _p_data_sub_type),
            "data_sub_type_group_id": ("dataSubTypeGroupId", None),
            "post_type": ("postType", _p_post_type),
            "post_value": ("postValue", None),
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
