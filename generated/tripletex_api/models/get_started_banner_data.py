from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_started_banner_data_banner import GetStartedBannerDataBanner
from ..models.get_started_banner_data_state import GetStartedBannerDataState
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="GetStartedBannerData")


@_attrs_define
class GetStartedBannerData:
    """
    Attributes:
        banner (GetStartedBannerDataBanner | Unset):
        state (GetStartedBannerDataState | Unset):
    """

    banner: GetStartedBannerDataBanner | Unset = UNSET
    state: GetStartedBannerDataState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        banner: str | Unset = UNSET
        if not isinstance(self.banner, Unset):
            banner = self.banner.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if banner is not UNSET:
            field_dict["banner"] = banner
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _banner = d.pop("banner", UNSET)
        banner: GetStartedBannerDataBanner | Unset
        if isinstance(_banner, Unset):
            banner = UNSET
        else:
            banner = GetStartedBannerDataBanner(_banner)

        _state = d.pop("state", UNSET)
        state: GetStartedBannerDataState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = GetStartedBannerDataState(_state)

        _obj = cls(
            banner=banner,
            state=state,
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
