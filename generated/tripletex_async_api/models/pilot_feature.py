from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pilot_feature_pilot_features_item import PilotFeaturePilotFeaturesItem
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

T = TypeVar("T", bound="PilotFeature")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("pilotFeatures", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class PilotFeature(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        pilot_features (list[PilotFeaturePilotFeaturesItem] | Unset):
    """

    company_id: int | Unset = UNSET
    pilot_features: list[PilotFeaturePilotFeaturesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A PilotFeature from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_pilot_features(_tx_v: Any) -> list[PilotFeaturePilotFeaturesItem] | Unset:
            _pilot_features = _tx_v
            pilot_features: list[PilotFeaturePilotFeaturesItem] | Unset = UNSET
            if _pilot_features is not UNSET:
                pilot_features = []
                for pilot_features_item_data in _pilot_features:
                    if pilot_features_item_data is None:
                        continue
                    pilot_features_item = PilotFeaturePilotFeaturesItem(pilot_features_item_data)

                    pilot_features.append(pilot_features_item)

            return pilot_features

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "pilotFeatures",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "pilot_features": ("pilotFeatures", _p_pilot_features),
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
