from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_expanded_detail_category import TodoListExpandedDetailCategory
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
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListExpandedDetail")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("category", str, False),
    ("status", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TodoListExpandedDetail(LazyModel):
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
        self._tx_load()
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
        """A TodoListExpandedDetail from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        def _p_category(_tx_v: Any) -> TodoListExpandedDetailCategory | Unset:
            _category = _tx_v
            category: TodoListExpandedDetailCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = TodoListExpandedDetailCategory(_category)

            return category

        def _p_status(_tx_v: Any) -> TodoListItemStatus | Unset:
            _status = _tx_v
            status: TodoListItemStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = TodoListItemStatus._tx_from_json(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "category",
                "description",
                "status",
                "url",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "category": ("category", _p_category),
            "description": ("description", None),
            "status": ("status", _p_status),
            "url": ("url", None),
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
