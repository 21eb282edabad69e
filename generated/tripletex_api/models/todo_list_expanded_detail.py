from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_expanded_detail_category import TodoListExpandedDetailCategory
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListExpandedDetail")


@_attrs_define
class TodoListExpandedDetail:
    """
    Attributes:
        category (TodoListExpandedDetailCategory | Unset):
        description (str | Unset):
        status (TodoListItemStatus | Unset):
        url (str | Unset):
    """

    category: TodoListExpandedDetailCategory | Unset = UNSET
    description: str | Unset = UNSET
    status: TodoListItemStatus | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        description = self.description

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _category = d.pop("category", UNSET)
        category: TodoListExpandedDetailCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = TodoListExpandedDetailCategory(_category)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: TodoListItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TodoListItemStatus.from_dict(_status)

        url = d.pop("url", UNSET)

        _obj = cls(
            category=category,
            description=description,
            status=status,
            url=url,
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
