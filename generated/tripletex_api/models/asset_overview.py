from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.asset_group import AssetGroup


T = TypeVar("T", bound="AssetOverview")


@_attrs_define
class AssetOverview:
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
        from ..models.asset_group import AssetGroup  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _asset_groups = d.pop("assetGroups", UNSET)
        asset_groups: list[AssetGroup] | Unset = UNSET
        if _asset_groups is not UNSET:
            asset_groups = []
            for asset_groups_item_data in _asset_groups:
                if asset_groups_item_data is None:
                    continue
                asset_groups_item = AssetGroup.from_dict(asset_groups_item_data)

                asset_groups.append(asset_groups_item)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        established_date = d.pop("establishedDate", UNSET)

        has_starting_balance_voucher = d.pop("hasStartingBalanceVoucher", UNSET)

        _obj = cls(
            asset_groups=asset_groups,
            start_date=start_date,
            end_date=end_date,
            established_date=established_date,
            has_starting_balance_voucher=has_starting_balance_voucher,
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
