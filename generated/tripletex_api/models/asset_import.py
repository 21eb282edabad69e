from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AssetImport")


@_attrs_define
class AssetImport:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        lifetime = d.pop("lifetime", UNSET)

        date_of_acquisition = d.pop("dateOfAcquisition", UNSET)

        description = d.pop("description", UNSET)

        acquisition_cost = d.pop("acquisitionCost", UNSET)

        incoming_balance = d.pop("incomingBalance", UNSET)

        external_accumulated_depreciation = d.pop("externalAccumulatedDepreciation", UNSET)

        _obj = cls(
            name=name,
            lifetime=lifetime,
            date_of_acquisition=date_of_acquisition,
            description=description,
            acquisition_cost=acquisition_cost,
            incoming_balance=incoming_balance,
            external_accumulated_depreciation=external_accumulated_depreciation,
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
