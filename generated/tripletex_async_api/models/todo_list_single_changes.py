from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_single_changes_type import TodoListSingleChangesType
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


T = TypeVar("T", bound="TodoListSingleChanges")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("type", str, False),
    ("originalStatus", dict, False),
    ("customStatus", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TodoListSingleChanges(LazyModel):
    """
    Attributes:
        type_ (TodoListSingleChangesType | Unset):
        customer_id (int | Unset):
        period_start (str | Unset): The start period
        original_date (str | Unset): The original date
        custom_date (str | Unset): The customized date
        original_account_manager_id (int | Unset):
        custom_account_manager_id (int | Unset):
        original_status (TodoListItemStatus | Unset):
        custom_status (TodoListItemStatus | Unset):
    """

    type_: TodoListSingleChangesType | Unset = UNSET
    customer_id: int | Unset = UNSET
    period_start: str | Unset = UNSET
    original_date: str | Unset = UNSET
    custom_date: str | Unset = UNSET
    original_account_manager_id: int | Unset = UNSET
    custom_account_manager_id: int | Unset = UNSET
    original_status: TodoListItemStatus | Unset = UNSET
    custom_status: TodoListItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer_id = self.customer_id

        period_start = self.period_start

        original_date = self.original_date

        custom_date = self.custom_date

        original_account_manager_id = self.original_account_manager_id

        custom_account_manager_id = self.custom_account_manager_id

        original_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_status, Unset):
            original_status = self.original_status.to_dict()

        custom_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_status, Unset):
            custom_status = self.custom_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if original_date is not UNSET:
            field_dict["originalDate"] = original_date
        if custom_date is not UNSET:
            field_dict["customDate"] = custom_date
        if original_account_manager_id is not UNSET:
            field_dict["originalAccountManagerId"] = original_account_manager_id
        if custom_account_manager_id is not UNSET:
            field_dict["customAccountManagerId"] = custom_account_manager_id
        if original_status is not UNSET:
            field_dict["originalStatus"] = original_status
        if custom_status is not UNSET:
            field_dict["customStatus"] = custom_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TodoListSingleChanges from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        def _p_type_(_tx_v: Any) -> TodoListSingleChangesType | Unset:
            _type_ = _tx_v
            type_: TodoListSingleChangesType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = TodoListSingleChangesType(_type_)

            return type_

        def _p_original_status(_tx_v: Any) -> TodoListItemStatus | Unset:
            _original_status = _tx_v
            original_status: TodoListItemStatus | Unset
            if isinstance(_original_status, Unset):
                original_status = UNSET
            else:
                original_status = TodoListItemStatus._tx_from_json(_original_status)

            return original_status

        def _p_custom_status(_tx_v: Any) -> TodoListItemStatus | Unset:
            _custom_status = _tx_v
            custom_status: TodoListItemStatus | Unset
            if isinstance(_custom_status, Unset):
                custom_status = UNSET
            else:
                custom_status = TodoListItemStatus._tx_from_json(_custom_status)

            return custom_status

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "customerId",
                "periodStart",
                "originalDate",
                "customDate",
                "originalAccountManagerId",
                "customAccountManagerId",
                "originalStatus",
                "customStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", _p_type_),
            "customer_id": ("customerId", None),
            "period_start": ("periodStart", None),
            "original_date": ("originalDate", None),
            "custom_date": ("customDate", None),
            "original_account_manager_id": ("originalAccountManagerId", None),
            "custom_account_manager_id": ("customAccountManagerId", None),
            "original_status": ("originalStatus", _p_original_status),
            "custom_status": ("customStatus", _p_custom_status),
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
