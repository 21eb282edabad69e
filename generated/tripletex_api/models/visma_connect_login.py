from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VismaConnectLogin")


@_attrs_define
class VismaConnectLogin:
    """
    Attributes:
        connect_enabled (bool | Unset):
        connect_onboarded (bool | Unset):
        needs_introduction (bool | Unset):
    """

    connect_enabled: bool | Unset = UNSET
    connect_onboarded: bool | Unset = UNSET
    needs_introduction: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        connect_enabled = self.connect_enabled

        connect_onboarded = self.connect_onboarded

        needs_introduction = self.needs_introduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connect_enabled is not UNSET:
            field_dict["connectEnabled"] = connect_enabled
        if connect_onboarded is not UNSET:
            field_dict["connectOnboarded"] = connect_onboarded
        if needs_introduction is not UNSET:
            field_dict["needsIntroduction"] = needs_introduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        connect_enabled = d.pop("connectEnabled", UNSET)

        connect_onboarded = d.pop("connectOnboarded", UNSET)

        needs_introduction = d.pop("needsIntroduction", UNSET)

        _obj = cls(
            connect_enabled=connect_enabled,
            connect_onboarded=connect_onboarded,
            needs_introduction=needs_introduction,
        )

        _obj.additional_properties = d
        return _obj

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
