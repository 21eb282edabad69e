from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_single_changes_type import TodoListSingleChangesType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListSingleChanges")


@_attrs_define
class TodoListSingleChanges:
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
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type_ = d.pop("type", UNSET)
        type_: TodoListSingleChangesType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TodoListSingleChangesType(_type_)

        customer_id = d.pop("customerId", UNSET)

        period_start = d.pop("periodStart", UNSET)

        original_date = d.pop("originalDate", UNSET)

        custom_date = d.pop("customDate", UNSET)

        original_account_manager_id = d.pop("originalAccountManagerId", UNSET)

        custom_account_manager_id = d.pop("customAccountManagerId", UNSET)

        _original_status = d.pop("originalStatus", UNSET)
        original_status: TodoListItemStatus | Unset
        if isinstance(_original_status, Unset):
            original_status = UNSET
        else:
            original_status = TodoListItemStatus.from_dict(_original_status)

        _custom_status = d.pop("customStatus", UNSET)
        custom_status: TodoListItemStatus | Unset
        if isinstance(_custom_status, Unset):
            custom_status = UNSET
        else:
            custom_status = TodoListItemStatus.from_dict(_custom_status)

        _obj = cls(
            type_=type_,
            customer_id=customer_id,
            period_start=period_start,
            original_date=original_date,
            custom_date=custom_date,
            original_account_manager_id=original_account_manager_id,
            custom_account_manager_id=custom_account_manager_id,
            original_status=original_status,
            custom_status=custom_status,
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
