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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="RealizationAndRentalOfAssets")


@_attrs_define
class RealizationAndRentalOfAssets(Model):
    """
    Attributes:
        group_id (float | Unset):
        generic_data_type (RealizationAndRentalOfAssetsGenericDataType | Unset):
        generic_data_sub_type (RealizationAndRentalOfAssetsGenericDataSubType | Unset):
        generic_data_sub_type_group_id (float | Unset):
        asset_type (RealizationAndRentalOfAssetsAssetType | Unset):
        pricing_method (RealizationAndRentalOfAssetsPricingMethod | Unset):
        rental_value (float | Unset):
        value_of_sale_or_withdrawal (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.generic_data_type
        if _v is not UNSET and not _in_request:
            field_dict["genericDataType"] = _v._value_
        _v = self.generic_data_sub_type
        if _v is not UNSET and not _in_request:
            field_dict["genericDataSubType"] = _v._value_
        _v = self.generic_data_sub_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = _v
        _v = self.asset_type
        if _v is not UNSET and not _in_request:
            field_dict["assetType"] = _v._value_
        _v = self.pricing_method
        if _v is not UNSET and not _in_request:
            field_dict["pricingMethod"] = _v._value_
        _v = self.rental_value
        if _v is not UNSET and not _in_request:
            field_dict["rentalValue"] = _v
        _v = self.value_of_sale_or_withdrawal
        if _v is not UNSET and not _in_request:
            field_dict["valueOfSaleOrWithdrawal"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RealizationAndRentalOfAssets from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RealizationAndRentalOfAssets.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(RealizationAndRentalOfAssetsGenericDataType)
        _e_generic_data_sub_type: dict[Any, Any] = enum_members(RealizationAndRentalOfAssetsGenericDataSubType)
        _e_asset_type: dict[Any, Any] = enum_members(RealizationAndRentalOfAssetsAssetType)
        _e_pricing_method: dict[Any, Any] = enum_members(RealizationAndRentalOfAssetsPricingMethod)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "genericDataSubTypeGroupId": "generic_data_sub_type_group_id",
            "rentalValue": "rental_value",
            "valueOfSaleOrWithdrawal": "value_of_sale_or_withdrawal",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.group_id = o.generic_data_type = o.generic_data_sub_type = o.generic_data_sub_type_group_id = (
                        o.asset_type
                    ) = o.pricing_method = o.rental_value = o.value_of_sale_or_withdrawal = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "genericDataType"
                v = g("genericDataType")
                if v is None:
                    o.generic_data_type = u
                    if "genericDataType" not in d:
                        m += 1
                else:
                    o.generic_data_type = (
                        e_
                        if (e_ := _e_generic_data_type.get(v)) is not None
                        else enum_value(RealizationAndRentalOfAssetsGenericDataType, v)
                    )
                k = "genericDataSubType"
                v = g("genericDataSubType")
                if v is None:
                    o.generic_data_sub_type = u
                    if "genericDataSubType" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type = (
                        e_
                        if (e_ := _e_generic_data_sub_type.get(v)) is not None
                        else enum_value(RealizationAndRentalOfAssetsGenericDataSubType, v)
                    )
                v = g("genericDataSubTypeGroupId")
                if v is None:
                    o.generic_data_sub_type_group_id = u
                    if "genericDataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type_group_id = v
                k = "assetType"
                v = g("assetType")
                if v is None:
                    o.asset_type = u
                    if "assetType" not in d:
                        m += 1
                else:
                    o.asset_type = (
                        e_
                        if (e_ := _e_asset_type.get(v)) is not None
                        else enum_value(RealizationAndRentalOfAssetsAssetType, v)
                    )
                k = "pricingMethod"
                v = g("pricingMethod")
                if v is None:
                    o.pricing_method = u
                    if "pricingMethod" not in d:
                        m += 1
                else:
                    o.pricing_method = (
                        e_
                        if (e_ := _e_pricing_method.get(v)) is not None
                        else enum_value(RealizationAndRentalOfAssetsPricingMethod, v)
                    )
                v = g("rentalValue")
                if v is None:
                    o.rental_value = u
                    if "rentalValue" not in d:
                        m += 1
                else:
                    o.rental_value = v
                v = g("valueOfSaleOrWithdrawal")
                if v is None:
                    o.value_of_sale_or_withdrawal = u
                    if "valueOfSaleOrWithdrawal" not in d:
                        m += 1
                else:
                    o.value_of_sale_or_withdrawal = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_sub_type", "genericDataSubType"),
            ("generic_data_sub_type_group_id", "genericDataSubTypeGroupId"),
            ("asset_type", "assetType"),
            ("pricing_method", "pricingMethod"),
            ("rental_value", "rentalValue"),
            ("value_of_sale_or_withdrawal", "valueOfSaleOrWithdrawal"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.generic_data_type
            o.generic_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_type.get(v)) is not None
                else enum_value(RealizationAndRentalOfAssetsGenericDataType, v)
            )
            v = s.generic_data_sub_type
            o.generic_data_sub_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_sub_type.get(v)) is not None
                else enum_value(RealizationAndRentalOfAssetsGenericDataSubType, v)
            )
            v = s.generic_data_sub_type_group_id
            o.generic_data_sub_type_group_id = u if v is None else v
            v = s.asset_type
            o.asset_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_asset_type.get(v)) is not None
                else enum_value(RealizationAndRentalOfAssetsAssetType, v)
            )
            v = s.pricing_method
            o.pricing_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_pricing_method.get(v)) is not None
                else enum_value(RealizationAndRentalOfAssetsPricingMethod, v)
            )
            v = s.rental_value
            o.rental_value = u if v is None else v
            v = s.value_of_sale_or_withdrawal
            o.value_of_sale_or_withdrawal = u if v is None else v
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
