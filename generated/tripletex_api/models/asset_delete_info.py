from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AssetDeleteInfo")


@_attrs_define
class AssetDeleteInfo:
    """
    Attributes:
        asset_count (int | Unset): [read-only]
        import_date (str | Unset): [read-only]
        can_delete (bool | Unset): [read-only]
    """

    asset_count: int | Unset = UNSET
    import_date: str | Unset = UNSET
    can_delete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        asset_count = self.asset_count

        import_date = self.import_date

        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_count is not UNSET and not _in_request:
            field_dict["assetCount"] = asset_count
        if import_date is not UNSET and not _in_request:
            field_dict["importDate"] = import_date
        if can_delete is not UNSET and not _in_request:
            field_dict["canDelete"] = can_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        asset_count = d.pop("assetCount", UNSET)

        import_date = d.pop("importDate", UNSET)

        can_delete = d.pop("canDelete", UNSET)

        _obj = cls(
            asset_count=asset_count,
            import_date=import_date,
            can_delete=can_delete,
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
