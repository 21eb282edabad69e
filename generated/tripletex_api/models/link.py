from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_rel import LinkRel
from ..models.link_type import LinkType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """
    Attributes:
        rel (LinkRel | Unset):
        type_ (LinkType | Unset):
        href (str | Unset):
        id (int | Unset):
    """

    rel: LinkRel | Unset = UNSET
    type_: LinkType | Unset = UNSET
    href: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        rel: str | Unset = UNSET
        if not isinstance(self.rel, Unset):
            rel = self.rel.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        href = self.href

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rel is not UNSET:
            field_dict["rel"] = rel
        if type_ is not UNSET:
            field_dict["type"] = type_
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _rel = d.pop("rel", UNSET)
        rel: LinkRel | Unset
        if isinstance(_rel, Unset):
            rel = UNSET
        else:
            rel = LinkRel(_rel)

        _type_ = d.pop("type", UNSET)
        type_: LinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LinkType(_type_)

        href = d.pop("href", UNSET)

        id = d.pop("id", UNSET)

        _obj = cls(
            rel=rel,
            type_=type_,
            href=href,
            id=id,
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
