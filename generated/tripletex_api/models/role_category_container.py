from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_category_container_role_containers_item import RoleCategoryContainerRoleContainersItem
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.category import Category


T = TypeVar("T", bound="RoleCategoryContainer")


@_attrs_define
class RoleCategoryContainer:
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
        from ..models.category import Category  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _category = d.pop("category", UNSET)
        category: Category | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = Category.from_dict(_category)

        _role_containers = d.pop("roleContainers", UNSET)
        role_containers: list[RoleCategoryContainerRoleContainersItem] | Unset = UNSET
        if _role_containers is not UNSET:
            role_containers = []
            for role_containers_item_data in _role_containers:
                if role_containers_item_data is None:
                    continue
                role_containers_item = RoleCategoryContainerRoleContainersItem(role_containers_item_data)

                role_containers.append(role_containers_item)

        hidden = d.pop("hidden", UNSET)

        _obj = cls(
            category=category,
            role_containers=role_containers,
            hidden=hidden,
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
