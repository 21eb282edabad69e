from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pilot_feature_pilot_features_item import PilotFeaturePilotFeaturesItem
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PilotFeature")


@_attrs_define
class PilotFeature:
    """
    Attributes:
        company_id (int | Unset):
        pilot_features (list[PilotFeaturePilotFeaturesItem] | Unset):
    """

    company_id: int | Unset = UNSET
    pilot_features: list[PilotFeaturePilotFeaturesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        pilot_features: list[str] | Unset = UNSET
        if not isinstance(self.pilot_features, Unset):
            pilot_features = []
            for pilot_features_item_data in self.pilot_features:
                pilot_features_item = pilot_features_item_data.value
                pilot_features.append(pilot_features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if pilot_features is not UNSET:
            field_dict["pilotFeatures"] = pilot_features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        _pilot_features = d.pop("pilotFeatures", UNSET)
        pilot_features: list[PilotFeaturePilotFeaturesItem] | Unset = UNSET
        if _pilot_features is not UNSET:
            pilot_features = []
            for pilot_features_item_data in _pilot_features:
                if pilot_features_item_data is None:
                    continue
                pilot_features_item = PilotFeaturePilotFeaturesItem(pilot_features_item_data)

                pilot_features.append(pilot_features_item)

        _obj = cls(
            company_id=company_id,
            pilot_features=pilot_features,
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
