from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.favorite import Favorite


T = TypeVar("T", bound="FavoriteMenu")


@_attrs_define
class FavoriteMenu:
    """
    Attributes:
        should_show (bool | Unset): [read-only]
        favorite_list (list[Favorite] | Unset): [read-only]
    """

    should_show: bool | Unset = UNSET
    favorite_list: list[Favorite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        should_show = self.should_show

        favorite_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.favorite_list, Unset):
            favorite_list = []
            for favorite_list_item_data in self.favorite_list:
                favorite_list_item = favorite_list_item_data.to_dict()
                favorite_list.append(favorite_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if should_show is not UNSET and not _in_request:
            field_dict["shouldShow"] = should_show
        if favorite_list is not UNSET and not _in_request:
            field_dict["favoriteList"] = favorite_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.favorite import Favorite  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        should_show = d.pop("shouldShow", UNSET)

        _favorite_list = d.pop("favoriteList", UNSET)
        favorite_list: list[Favorite] | Unset = UNSET
        if _favorite_list is not UNSET:
            favorite_list = []
            for favorite_list_item_data in _favorite_list:
                if favorite_list_item_data is None:
                    continue
                favorite_list_item = Favorite.from_dict(favorite_list_item_data)

                favorite_list.append(favorite_list_item)

        _obj = cls(
            should_show=should_show,
            favorite_list=favorite_list,
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
