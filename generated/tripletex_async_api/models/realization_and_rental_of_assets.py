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

T = TypeVar("T", bound="RealizationAndRentalOfAssets")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("genericDataType", str, False),
    ("genericDataSubType", str, False),
    ("assetType", str, False),
    ("pricingMethod", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class RealizationAndRentalOfAssets(LazyModel):
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
        self._tx_load()
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
        """A RealizationAndRentalOfAssets from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_generic_data_type(_tx_v: Any) -> RealizationAndRentalOfAssetsGenericDataType | Unset:
            _generic_data_type = _tx_v
            generic_data_type: RealizationAndRentalOfAssetsGenericDataType | Unset
            if isinstance(_generic_data_type, Unset):
                generic_data_type = UNSET
            else:
                generic_data_type = RealizationAndRentalOfAssetsGenericDataType(_generic_data_type)

            return generic_data_type

        def _p_generic_data_sub_type(_tx_v: Any) -> RealizationAndRentalOfAssetsGenericDataSubType | Unset:
            _generic_data_sub_type = _tx_v
            generic_data_sub_type: RealizationAndRentalOfAssetsGenericDataSubType | Unset
            if isinstance(_generic_data_sub_type, Unset):
                generic_data_sub_type = UNSET
            else:
                generic_data_sub_type = RealizationAndRentalOfAssetsGenericDataSubType(_generic_data_sub_type)

            return generic_data_sub_type

        def _p_asset_type(_tx_v: Any) -> RealizationAndRentalOfAssetsAssetType | Unset:
            _asset_type = _tx_v
            asset_type: RealizationAndRentalOfAssetsAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = RealizationAndRentalOfAssetsAssetType(_asset_type)

            return asset_type

        def _p_pricing_method(_tx_v: Any) -> RealizationAndRentalOfAssetsPricingMethod | Unset:
            _pricing_method = _tx_v
            pricing_method: RealizationAndRentalOfAssetsPricingMethod | Unset
            if isinstance(_pricing_method, Unset):
                pricing_method = UNSET
            else:
                pricing_method = RealizationAndRentalOfAssetsPricingMethod(_pricing_method)

            return pricing_method

        _tx_known: frozenset[str] = frozenset(
            (
                "groupId",
                "genericDataType",
                "genericDataSubType",
                "genericDataSubTypeGroupId",
                "assetType",
                "pricingMethod",
                "rentalValue",
                "valueOfSaleOrWithdrawal",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "group_id": ("groupId", None),
            "generic_data_type": ("genericDataType", _p_generic_data_type),
            "generic_data_sub_type": ("genericDataSubType", _p_generic_data_sub_type),
            "generic_data_sub_type_group_id": ("genericDataSubTypeGroupId", None),
            "asset_type": ("assetType", _p_asset_type),
            "pricing_method": ("pricingMethod", _p_pricing_method),
            "rental_value": ("rentalValue", None),
            "value_of_sale_or_withdrawal": ("valueOfSaleOrWithdrawal", None),
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
