from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_banner_dto_banner_type import GeneralBannerDTOBannerType
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

T = TypeVar("T", bound="GeneralBannerDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("bannerType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class GeneralBannerDTO(LazyModel):
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
        self._tx_load()
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
        """A GeneralBannerDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_banner_type(_tx_v: Any) -> GeneralBannerDTOBannerType | Unset:
            _banner_type = _tx_v
            banner_type: GeneralBannerDTOBannerType | Unset
            if isinstance(_banner_type, Unset):
                banner_type = UNSET
            else:
                banner_type = GeneralBannerDTOBannerType(_banner_type)

            return banner_type

        _tx_known: frozenset[str] = frozenset(
            (
                "bannerType",
                "message",
                "tag",
                "link",
                "title",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "banner_type": ("bannerType", _p_banner_type),
            "message": ("message", None),
            "tag": ("tag", None),
            "link": ("link", None),
            "title": ("title", None),
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
