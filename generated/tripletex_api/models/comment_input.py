from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CommentInput")


@_attrs_define
class CommentInput:
    """
    Attributes:
        comment (str | Unset): The comment
        is_structured (bool | Unset): Is this comment a structured comment? It must be in a predefined list from
            Skatteetaten
        vat_returns_id (int | Unset): The id of the vatReturns
    """

    comment: str | Unset = UNSET
    is_structured: bool | Unset = UNSET
    vat_returns_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        comment = self.comment

        is_structured = self.is_structured

        vat_returns_id = self.vat_returns_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_structured is not UNSET:
            field_dict["isStructured"] = is_structured
        if vat_returns_id is not UNSET:
            field_dict["vatReturnsId"] = vat_returns_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        comment = d.pop("comment", UNSET)

        is_structured = d.pop("isStructured", UNSET)

        vat_returns_id = d.pop("vatReturnsId", UNSET)

        _obj = cls(
            comment=comment,
            is_structured=is_structured,
            vat_returns_id=vat_returns_id,
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
