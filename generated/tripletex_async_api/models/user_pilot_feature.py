from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_pilot_feature_user_pilot_features_item import UserPilotFeatureUserPilotFeaturesItem
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

T = TypeVar("T", bound="UserPilotFeature")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("userPilotFeatures", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class UserPilotFeature(LazyModel):
    """
    Attributes:
        user_pilot_features (list[UserPilotFeatureUserPilotFeaturesItem] | Unset):
        user_id (int | Unset):
    """

    user_pilot_features: list[UserPilotFeatureUserPilotFeaturesItem] | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A UserPilotFeature from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_user_pilot_features(_tx_v: Any) -> list[UserPilotFeatureUserPilotFeaturesItem] | Unset:
            _user_pilot_features = _tx_v
            user_pilot_features: list[UserPilotFeatureUserPilotFeaturesItem] | Unset = UNSET
            if _user_pilot_features is not UNSET:
                user_pilot_features = []
                for user_pilot_features_item_data in _user_pilot_features:
                    if user_pilot_features_item_data is None:
                        continue
                    user_pilot_features_item = UserPilotFeatureUserPilotFeaturesItem(user_pilot_features_item_data)

                    user_pilot_features.append(user_pilot_features_item)

            return user_pilot_features

        _tx_known: frozenset[str] = frozenset(
            (
                "userPilotFeatures",
                "userId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "user_pilot_features": ("userPilotFeatures", _p_user_pilot_features),
            "user_id": ("userId", None),
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
