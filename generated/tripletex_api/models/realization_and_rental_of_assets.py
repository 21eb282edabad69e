from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realization_and_rental_of_assets_asset_type import RealizationAndRentalOfAssetsAssetType
from ..models.realization_and_rental_of_assets_generic_data_sub_type import (
    RealizationAndRentalOfAssetsGenericDataSubType,
)
from ..models.realization_and_rental_of_assets_generic_data_type import RealizationAndRentalOfAssetsGenericDataType
from ..models.realization_and_rental_of_assets_pricing_method import RealizationAndRentalOfAssetsPricingMethod
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RealizationAndRentalOfAssets")


@_attrs_define
class RealizationAndRentalOfAssets:
    """
    Attributes:
        group_id (float | Unset): [read-only]
        generic_data_type (RealizationAndRentalOfAssetsGenericDataType | Unset): [read-only]
        generic_data_sub_type (RealizationAndRentalOfAssetsGenericDataSubType | Unset): [read-only]
        generic_data_sub_type_group_id (float | Unset): [read-only]
        asset_type (RealizationAndRentalOfAssetsAssetType | Unset): [read-only]
        pricing_method (RealizationAndRentalOfAssetsPricingMethod | Unset): [read-only]
        rental_value (float | Unset): [read-only]
        value_of_sale_or_withdrawal (float | Unset): [read-only]
    """

    group_id: float | Unset = UNSET
    generic_data_type: RealizationAndRentalOfAssetsGenericDataType | Unset = UNSET
    generic_data_sub_type: RealizationAndRentalOfAssetsGenericDataSubType | Unset = UNSET
    generic_data_sub_type_group_id: float | Unset = UNSET
    asset_type: RealizationAndRentalOfAssetsAssetType | Unset = UNSET
    pricing_method: RealizationAndRentalOfAssetsPricingMethod | Unset = UNSET
    rental_value: float | Unset = UNSET
    value_of_sale_or_withdrawal: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_sub_type: str | Unset = UNSET
        if not isinstance(self.generic_data_sub_type, Unset):
            generic_data_sub_type = self.generic_data_sub_type.value

        generic_data_sub_type_group_id = self.generic_data_sub_type_group_id

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        pricing_method: str | Unset = UNSET
        if not isinstance(self.pricing_method, Unset):
            pricing_method = self.pricing_method.value

        rental_value = self.rental_value

        value_of_sale_or_withdrawal = self.value_of_sale_or_withdrawal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET and not _in_request:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_sub_type is not UNSET and not _in_request:
            field_dict["genericDataSubType"] = generic_data_sub_type
        if generic_data_sub_type_group_id is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = generic_data_sub_type_group_id
        if asset_type is not UNSET and not _in_request:
            field_dict["assetType"] = asset_type
        if pricing_method is not UNSET and not _in_request:
            field_dict["pricingMethod"] = pricing_method
        if rental_value is not UNSET and not _in_request:
            field_dict["rentalValue"] = rental_value
        if value_of_sale_or_withdrawal is not UNSET and not _in_request:
            field_dict["valueOfSaleOrWithdrawal"] = value_of_sale_or_withdrawal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        group_id = d.pop("groupId", UNSET)

        _generic_data_type = d.pop("genericDataType", UNSET)
        generic_data_type: RealizationAndRentalOfAssetsGenericDataType | Unset
        if isinstance(_generic_data_type, Unset):
            generic_data_type = UNSET
        else:
            generic_data_type = RealizationAndRentalOfAssetsGenericDataType(_generic_data_type)

        _generic_data_sub_type = d.pop("genericDataSubType", UNSET)
        generic_data_sub_type: RealizationAndRentalOfAssetsGenericDataSubType | Unset
        if isinstance(_generic_data_sub_type, Unset):
            generic_data_sub_type = UNSET
        else:
            generic_data_sub_type = RealizationAndRentalOfAssetsGenericDataSubType(_generic_data_sub_type)

        generic_data_sub_type_group_id = d.pop("genericDataSubTypeGroupId", UNSET)

        _asset_type = d.pop("assetType", UNSET)
        asset_type: RealizationAndRentalOfAssetsAssetType | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = RealizationAndRentalOfAssetsAssetType(_asset_type)

        _pricing_method = d.pop("pricingMethod", UNSET)
        pricing_method: RealizationAndRentalOfAssetsPricingMethod | Unset
        if isinstance(_pricing_method, Unset):
            pricing_method = UNSET
        else:
            pricing_method = RealizationAndRentalOfAssetsPricingMethod(_pricing_method)

        rental_value = d.pop("rentalValue", UNSET)

        value_of_sale_or_withdrawal = d.pop("valueOfSaleOrWithdrawal", UNSET)

        _obj = cls(
            group_id=group_id,
            generic_data_type=generic_data_type,
            generic_data_sub_type=generic_data_sub_type,
            generic_data_sub_type_group_id=generic_data_sub_type_group_id,
            asset_type=asset_type,
            pricing_method=pricing_method,
            rental_value=rental_value,
            value_of_sale_or_withdrawal=value_of_sale_or_withdrawal,
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
