from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.asset_import import AssetImport


T = TypeVar("T", bound="AssetAccountRow")


@_attrs_define
class AssetAccountRow:
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
        from ..models.asset_import import AssetImport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        account_number = d.pop("accountNumber", UNSET)

        account_name = d.pop("accountName", UNSET)

        _assets = d.pop("assets", UNSET)
        assets: list[AssetImport] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                if assets_item_data is None:
                    continue
                assets_item = AssetImport.from_dict(assets_item_data)

                assets.append(assets_item)

        balance_difference = d.pop("balanceDifference", UNSET)

        _obj = cls(
            account_number=account_number,
            account_name=account_name,
            assets=assets,
            balance_difference=balance_difference,
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
