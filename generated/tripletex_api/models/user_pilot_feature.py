from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_pilot_feature_user_pilot_features_item import UserPilotFeatureUserPilotFeaturesItem
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="UserPilotFeature")


@_attrs_define
class UserPilotFeature:
    """
    Attributes:
        user_pilot_features (list[UserPilotFeatureUserPilotFeaturesItem] | Unset):
        user_id (int | Unset):
    """

    user_pilot_features: list[UserPilotFeatureUserPilotFeaturesItem] | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        user_pilot_features: list[str] | Unset = UNSET
        if not isinstance(self.user_pilot_features, Unset):
            user_pilot_features = []
            for user_pilot_features_item_data in self.user_pilot_features:
                user_pilot_features_item = user_pilot_features_item_data.value
                user_pilot_features.append(user_pilot_features_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_pilot_features is not UNSET:
            field_dict["userPilotFeatures"] = user_pilot_features
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _user_pilot_features = d.pop("userPilotFeatures", UNSET)
        user_pilot_features: list[UserPilotFeatureUserPilotFeaturesItem] | Unset = UNSET
        if _user_pilot_features is not UNSET:
            user_pilot_features = []
            for user_pilot_features_item_data in _user_pilot_features:
                if user_pilot_features_item_data is None:
                    continue
                user_pilot_features_item = UserPilotFeatureUserPilotFeaturesItem(user_pilot_features_item_data)

                user_pilot_features.append(user_pilot_features_item)

        user_id = d.pop("userId", UNSET)

        _obj = cls(
            user_pilot_features=user_pilot_features,
            user_id=user_id,
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
