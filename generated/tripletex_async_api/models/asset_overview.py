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
    from ..models.asset_group import AssetGroup


T = TypeVar("T", bound="AssetOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("assetGroups", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AssetOverview(LazyModel):
    """
    Attributes:
        asset_groups (list[AssetGroup] | Unset): [read-only]
        start_date (str | Unset): [read-only]
        end_date (str | Unset): [read-only]
        established_date (str | Unset): [read-only]
        has_starting_balance_voucher (bool | Unset): [read-only]
    """

    asset_groups: list[AssetGroup] | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    established_date: str | Unset = UNSET
    has_starting_balance_voucher: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        asset_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_groups, Unset):
            asset_groups = []
            for asset_groups_item_data in self.asset_groups:
                asset_groups_item = asset_groups_item_data.to_dict()
                asset_groups.append(asset_groups_item)

        start_date = self.start_date

        end_date = self.end_date

        established_date = self.established_date

        has_starting_balance_voucher = self.has_starting_balance_voucher

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_groups is not UNSET and not _in_request:
            field_dict["assetGroups"] = asset_groups
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if established_date is not UNSET and not _in_request:
            field_dict["establishedDate"] = established_date
        if has_starting_balance_voucher is not UNSET and not _in_request:
            field_dict["hasStartingBalanceVoucher"] = has_starting_balance_voucher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.asset_group import AssetGroup  # noqa: PLC0415

        def _p_asset_groups(_tx_v: Any) -> list[AssetGroup] | Unset:
            _asset_groups = _tx_v
            asset_groups: list[AssetGroup] | Unset = UNSET
            if _asset_groups is not UNSET:
                asset_groups = []
                for asset_groups_item_data in _asset_groups:
                    if asset_groups_item_data is None:
                        continue
                    asset_groups_item = AssetGroup._tx_from_json(asset_groups_item_data)

                    asset_groups.append(asset_groups_item)

            return asset_groups

        _tx_known: frozenset[str] = frozenset(
            (
                "assetGroups",
                "startDate",
                "endDate",
                "establishedDate",
                "hasStartingBalanceVoucher",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "asset_groups": ("assetGroups", _p_asset_groups),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "established_date": ("establishedDate", None),
            "has_starting_balance_voucher": ("hasStartingBalanceVoucher", None),
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
