from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manual_correction_post_type import ManualCorrectionPostType
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

T = TypeVar("T", bound="ManualCorrection")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("postType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ManualCorrection(LazyModel):
    """List of manual corrections

    Attributes:
        post_id (int | Unset): [read-only] postTypeId
        name (str | Unset): [read-only] name
        income_group_id (int | Unset): [read-only] incomeGroupId
        grouping (str | Unset): [read-only] grouping
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
        self._tx_load()
        _in_request = serializing_request_body()
        post_id = self.post_id

        name = self.name

        income_group_id = self.income_group_id

        grouping = self.grouping

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_id is not UNSET and not _in_request:
            field_dict["postId"] = post_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if income_group_id is not UNSET and not _in_request:
            field_dict["incomeGroupId"] = income_group_id
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if post_type is not UNSET:
            field_dict["postType"] = post_type
        if post_value is not UNSET:
            field_dict["postValue"] = post_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ManualCorrection from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_post_type(_tx_v: Any) -> ManualCorrectionPostType | Unset:
            _post_type = _tx_v
            post_type: ManualCorrectionPostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = ManualCorrectionPostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "postId",
                "name",
                "incomeGroupId",
                "grouping",
                "postType",
                "postValue",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "post_id": ("postId", None),
            "name": ("name", None),
            "income_group_id": ("incomeGroupId", None),
            "grouping": ("grouping", None),
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
