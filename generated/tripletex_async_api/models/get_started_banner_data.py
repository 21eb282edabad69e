from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_started_banner_data_banner import GetStartedBannerDataBanner
from ..models.get_started_banner_data_state import GetStartedBannerDataState
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

T = TypeVar("T", bound="GetStartedBannerData")


@_attrs_define
class GetStartedBannerData(Model):
    """
    Attributes:
        banner (GetStartedBannerDataBanner | Unset):
        state (GetStartedBannerDataState | Unset):
    """

    banner: GetStartedBannerDataBanner | Unset = UNSET
    state: GetStartedBannerDataState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.banner
        if _v is not UNSET:
            field_dict["banner"] = _v._value_
        _v = self.state
        if _v is not UNSET:
            field_dict["state"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GetStartedBannerData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GetStartedBannerData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_banner: dict[Any, Any] = enum_members(GetStartedBannerDataBanner)
        _e_state: dict[Any, Any] = enum_members(GetStartedBannerDataState)
        _known: frozenset[str] = frozenset(
            (
                "banner",
                "state",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "banner"
                v = g("banner")
                if v is None:
                    o.banner = u
                    if "banner" not in d:
                        m += 1
                else:
                    o.banner = e_ if (e_ := _e_banner.get(v)) is not None else enum_value(GetStartedBannerDataBanner, v)
                k = "state"
                v = g("state")
                if v is None:
                    o.state = u
                    if "state" not in d:
                        m += 1
                else:
                    o.state = e_ if (e_ := _e_state.get(v)) is not None else enum_value(GetStartedBannerDataState, v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("banner", "banner"),
            ("state", "state"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.banner
            o.banner = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_banner.get(v)) is not None
                else enum_value(GetStartedBannerDataBanner, v)
            )
            v = s.state
            o.state = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_state.get(v)) is not None
                else enum_value(GetStartedBannerDataState, v)
            )
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
