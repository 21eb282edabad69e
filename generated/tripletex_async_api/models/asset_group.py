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
    from ..models.asset import Asset


T = TypeVar("T", bound="AssetGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("assets", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AssetGroup(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        description (str | Unset): [read-only]
        asset_count (int | Unset): [read-only]
        acquisition_cost_sum (float | Unset): [read-only]
        balance_in_sum (float | Unset): [read-only]
        balance_out_sum (float | Unset): [read-only]
        balance_change_sum (float | Unset): [read-only]
        assets (list[Asset] | Unset): [read-only]
        starting_balance (float | Unset): [read-only]
        balance_in_account (float | Unset): [read-only]
        sum_starting_balance (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    asset_count: int | Unset = UNSET
    acquisition_cost_sum: float | Unset = UNSET
    balance_in_sum: float | Unset = UNSET
    balance_out_sum: float | Unset = UNSET
    balance_change_sum: float | Unset = UNSET
    assets: list[Asset] | Unset = UNSET
    starting_balance: float | Unset = UNSET
    balance_in_account: float | Unset = UNSET
    sum_starting_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        description = self.description

        asset_count = self.asset_count

        acquisition_cost_sum = self.acquisition_cost_sum

        balance_in_sum = self.balance_in_sum

        balance_out_sum = self.balance_out_sum

        balance_change_sum = self.balance_change_sum

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        starting_balance = self.starting_balance

        balance_in_account = self.balance_in_account

        sum_starting_balance = self.sum_starting_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if asset_count is not UNSET and not _in_request:
            field_dict["assetCount"] = asset_count
        if acquisition_cost_sum is not UNSET and not _in_request:
            field_dict["acquisitionCostSum"] = acquisition_cost_sum
        if balance_in_sum is not UNSET and not _in_request:
            field_dict["balanceInSum"] = balance_in_sum
        if balance_out_sum is not UNSET and not _in_request:
            field_dict["balanceOutSum"] = balance_out_sum
        if balance_change_sum is not UNSET and not _in_request:
            field_dict["balanceChangeSum"] = balance_change_sum
        if assets is not UNSET and not _in_request:
            field_dict["assets"] = assets
        if starting_balance is not UNSET and not _in_request:
            field_dict["startingBalance"] = starting_balance
        if balance_in_account is not UNSET and not _in_request:
            field_dict["balanceInAccount"] = balance_in_account
        if sum_starting_balance is not UNSET and not _in_request:
            field_dict["sumStartingBalance"] = sum_starting_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.asset import Asset  # noqa: PLC0415

        def _p_assets(_tx_v: Any) -> list[Asset] | Unset:
            _assets = _tx_v
            assets: list[Asset] | Unset = UNSET
            if _assets is not UNSET:
                assets = []
                for assets_item_data in _assets:
                    if assets_item_data is None:
                        continue
                    assets_item = Asset._tx_from_json(assets_item_data)

                    assets.append(assets_item)

            return assets

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "description",
                "assetCount",
                "acquisitionCostSum",
                "balanceInSum",
                "balanceOutSum",
                "balanceChangeSum",
                "assets",
                "startingBalance",
                "balanceInAccount",
                "sumStartingBalance",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "description": ("description", None),
            "asset_count": ("assetCount", None),
            "acquisition_cost_sum": ("acquisitionCostSum", None),
            "balance_in_sum": ("balanceInSum", None),
            "balance_out_sum": ("balanceOutSum", None),
            "balance_change_sum": ("balanceChangeSum", None),
            "assets": ("assets", _p_assets),
            "starting_balance": ("startingBalance", None),
            "balance_in_account": ("balanceInAccount", None),
            "sum_starting_balance": ("sumStartingBalance", None),
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
