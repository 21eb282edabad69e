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
    from ..models.favorite import Favorite


T = TypeVar("T", bound="FavoriteMenu")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("favoriteList", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class FavoriteMenu(LazyModel):
    """
    Attributes:
        should_show (bool | Unset): [read-only]
        favorite_list (list[Favorite] | Unset): [read-only]
    """

    should_show: bool | Unset = UNSET
    favorite_list: list[Favorite] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A FavoriteMenu from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.favorite import Favorite  # noqa: PLC0415

        def _p_favorite_list(_tx_v: Any) -> list[Favorite] | Unset:
            _favorite_list = _tx_v
            favorite_list: list[Favorite] | Unset = UNSET
            if _favorite_list is not UNSET:
                favorite_list = []
                for favorite_list_item_data in _favorite_list:
                    if favorite_list_item_data is None:
                        continue
                    favorite_list_item = Favorite._tx_from_json(favorite_list_item_data)

                    favorite_list.append(favorite_list_item)

            return favorite_list

        _tx_known: frozenset[str] = frozenset(
            (
                "shouldShow",
                "favoriteList",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "should_show": ("shouldShow", None),
            "favorite_list": ("favoriteList", _p_favorite_list),
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
