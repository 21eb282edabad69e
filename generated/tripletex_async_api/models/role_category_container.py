from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_category_container_role_containers_item import RoleCategoryContainerRoleContainersItem
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
    from ..models.category import Category


T = TypeVar("T", bound="RoleCategoryContainer")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("category", dict, False),
    ("roleContainers", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class RoleCategoryContainer(LazyModel):
    """
    Attributes:
        category (Category | Unset):
        role_containers (list[RoleCategoryContainerRoleContainersItem] | Unset): [read-only]
        hidden (bool | Unset):
    """

    category: Category | Unset = UNSET
    role_containers: list[RoleCategoryContainerRoleContainersItem] | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        role_containers: list[str] | Unset = UNSET
        if not isinstance(self.role_containers, Unset):
            role_containers = []
            for role_containers_item_data in self.role_containers:
                role_containers_item = role_containers_item_data.value
                role_containers.append(role_containers_item)

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if role_containers is not UNSET and not _in_request:
            field_dict["roleContainers"] = role_containers
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleCategoryContainer from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.category import Category  # noqa: PLC0415

        def _p_category(_tx_v: Any) -> Category | Unset:
            _category = _tx_v
            category: Category | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = Category._tx_from_json(_category)

            return category

        def _p_role_containers(_tx_v: Any) -> list[RoleCategoryContainerRoleContainersItem] | Unset:
            _role_containers = _tx_v
            role_containers: list[RoleCategoryContainerRoleContainersItem] | Unset = UNSET
            if _role_containers is not UNSET:
                role_containers = []
                for role_containers_item_data in _role_containers:
                    if role_containers_item_data is None:
                        continue
                    role_containers_item = RoleCategoryContainerRoleContainersItem(role_containers_item_data)

                    role_containers.append(role_containers_item)

            return role_containers

        _tx_known: frozenset[str] = frozenset(
            (
                "category",
                "roleContainers",
                "hidden",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "category": ("category", _p_category),
            "role_containers": ("roleContainers", _p_role_containers),
            "hidden": ("hidden", None),
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
