from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_banner_dto_banner_type import GeneralBannerDTOBannerType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="GeneralBannerDTO")


@_attrs_define
class GeneralBannerDTO:
    """
    Attributes:
        banner_type (GeneralBannerDTOBannerType | Unset):
        message (str | Unset):
        tag (str | Unset):
        link (str | Unset):
        title (str | Unset):
    """

    banner_type: GeneralBannerDTOBannerType | Unset = UNSET
    message: str | Unset = UNSET
    tag: str | Unset = UNSET
    link: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        banner_type: str | Unset = UNSET
        if not isinstance(self.banner_type, Unset):
            banner_type = self.banner_type.value

        message = self.message

        tag = self.tag

        link = self.link

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if banner_type is not UNSET:
            field_dict["bannerType"] = banner_type
        if message is not UNSET:
            field_dict["message"] = message
        if tag is not UNSET:
            field_dict["tag"] = tag
        if link is not UNSET:
            field_dict["link"] = link
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _banner_type = d.pop("bannerType", UNSET)
        banner_type: GeneralBannerDTOBannerType | Unset
        if isinstance(_banner_type, Unset):
            banner_type = UNSET
        else:
            banner_type = GeneralBannerDTOBannerType(_banner_type)

        message = d.pop("message", UNSET)

        tag = d.pop("tag", UNSET)

        link = d.pop("link", UNSET)

        title = d.pop("title", UNSET)

        _obj = cls(
            banner_type=banner_type,
            message=message,
            tag=tag,
            link=link,
            title=title,
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
