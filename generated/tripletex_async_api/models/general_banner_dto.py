from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.general_banner_dto_banner_type import GeneralBannerDTOBannerType
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

T = TypeVar("T", bound="GeneralBannerDTO")


@_attrs_define
class GeneralBannerDTO(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.banner_type
        if _v is not UNSET:
            field_dict["bannerType"] = _v._value_
        _v = self.message
        if _v is not UNSET:
            field_dict["message"] = _v
        _v = self.tag
        if _v is not UNSET:
            field_dict["tag"] = _v
        _v = self.link
        if _v is not UNSET:
            field_dict["link"] = _v
        _v = self.title
        if _v is not UNSET:
            field_dict["title"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralBannerDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GeneralBannerDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_banner_type: dict[Any, Any] = enum_members(GeneralBannerDTOBannerType)
        _known: frozenset[str] = frozenset(
            (
                "bannerType",
                "message",
                "tag",
                "link",
                "title",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "bannerType"
                v = g("bannerType")
                if v is None:
                    o.banner_type = u
                    if "bannerType" not in d:
                        m += 1
                else:
                    o.banner_type = (
                        e_ if (e_ := _e_banner_type.get(v)) is not None else enum_value(GeneralBannerDTOBannerType, v)
                    )
                v = g("message")
                if v is None:
                    o.message = u
                    if "message" not in d:
                        m += 1
                else:
                    o.message = v
                v = g("tag")
                if v is None:
                    o.tag = u
                    if "tag" not in d:
                        m += 1
                else:
                    o.tag = v
                v = g("link")
                if v is None:
                    o.link = u
                    if "link" not in d:
                        m += 1
                else:
                    o.link = v
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("banner_type", "bannerType"),
            ("message", "message"),
            ("tag", "tag"),
            ("link", "link"),
            ("title", "title"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.banner_type
            o.banner_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_banner_type.get(v)) is not None
                else enum_value(GeneralBannerDTOBannerType, v)
            )
            v = s.message
            o.message = u if v is None else v
            v = s.tag
            o.tag = u if v is None else v
            v = s.link
            o.link = u if v is None else v
            v = s.title
            o.title = u if v is None else v
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
