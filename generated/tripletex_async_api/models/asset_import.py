from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="AssetImport")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class AssetImport(LazyModel):
    """Assets

    Attributes:
        name (str | Unset):
        lifetime (int | Unset):
        date_of_acquisition (str | Unset):
        description (str | Unset):
        acquisition_cost (float | Unset): Acquisition cost.
        incoming_balance (float | Unset): Incoming balance for the asset.
        external_accumulated_depreciation (float | Unset): Accumulated depreciation for the asset.
    """

    name: str | Unset = UNSET
    lifetime: int | Unset = UNSET
    date_of_acquisition: str | Unset = UNSET
    description: str | Unset = UNSET
    acquisition_cost: float | Unset = UNSET
    incoming_balance: float | Unset = UNSET
    external_accumulated_depreciation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        lifetime = self.lifetime

        date_of_acquisition = self.date_of_acquisition

        description = self.description

        acquisition_cost = self.acquisition_cost

        incoming_balance = self.incoming_balance

        external_accumulated_depreciation = self.external_accumulated_depreciation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if date_of_acquisition is not UNSET:
            field_dict["dateOfAcquisition"] = date_of_acquisition
        if description is not UNSET:
            field_dict["description"] = description
        if acquisition_cost is not UNSET:
            field_dict["acquisitionCost"] = acquisition_cost
        if incoming_balance is not UNSET:
            field_dict["incomingBalance"] = incoming_balance
        if external_accumulated_depreciation is not UNSET:
            field_dict["externalAccumulatedDepreciation"] = external_accumulated_depreciation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetImport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "lifetime",
                "dateOfAcquisition",
                "description",
                "acquisitionCost",
                "incomingBalance",
                "externalAccumulatedDepreciation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "lifetime": ("lifetime", None),
            "date_of_acquisition": ("dateOfAcquisition", None),
            "description": ("description", None),
            "acquisition_cost": ("acquisitionCost", None),
            "incoming_balance": ("incomingBalance", None),
            "external_accumulated_depreciation": ("externalAccumulatedDepreciation", None),
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
