from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.asset_import import AssetImport


T = TypeVar("T", bound="AssetAccountRow")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("assets", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AssetAccountRow(LazyModel):
    """
    Attributes:
        account_number (str | Unset): Account number
        account_name (str | Unset): Account name
        assets (list[AssetImport] | Unset):
        balance_difference (float | Unset): Balance difference. This is the sum amount on the account that is not
            connected to an asset after the import.
    """

    account_number: str | Unset = UNSET
    account_name: str | Unset = UNSET
    assets: list[AssetImport] | Unset = UNSET
    balance_difference: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account_number = self.account_number

        account_name = self.account_name

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        balance_difference = self.balance_difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if assets is not UNSET:
            field_dict["assets"] = assets
        if balance_difference is not UNSET:
            field_dict["balanceDifference"] = balance_difference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetAccountRow from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.asset_import import AssetImport  # noqa: PLC0415

        def _p_assets(_tx_v: Any) -> list[AssetImport] | Unset:
            _assets = _tx_v
            assets: list[AssetImport] | Unset = UNSET
            if _assets is not UNSET:
                assets = []
                for assets_item_data in _assets:
                    if assets_item_data is None:
                        continue
                    assets_item = AssetImport._tx_from_json(assets_item_data)

                    assets.append(assets_item)

            return assets

        _tx_known: frozenset[str] = frozenset(
            (
                "accountNumber",
                "accountName",
                "assets",
                "balanceDifference",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_number": ("accountNumber", None),
            "account_name": ("accountName", None),
            "assets": ("assets", _p_assets),
            "balance_difference": ("balanceDifference", None),
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
