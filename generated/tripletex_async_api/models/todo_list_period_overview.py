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
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListPeriodOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("status", dict, False),
    ("customStatus", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TodoListPeriodOverview(LazyModel):
    """
    Attributes:
        item_identifier (int | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        client_name (str | Unset): [read-only]
        client_company_id (int | Unset): [read-only]
        account_manager_name (str | Unset): [read-only]
        account_manager_id (int | Unset): [read-only]
        custom_account_manager_name (str | Unset): [read-only]
        custom_account_manager_id (int | Unset): [read-only]
        status (TodoListItemStatus | Unset):
        custom_status (TodoListItemStatus | Unset):
        due_date (str | Unset): [read-only]
        custom_due_date (str | Unset): [read-only]
        period_start (str | Unset): [read-only]
        period (str | Unset): [read-only]
        year (int | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    item_identifier: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    client_company_id: int | Unset = UNSET
    account_manager_name: str | Unset = UNSET
    account_manager_id: int | Unset = UNSET
    custom_account_manager_name: str | Unset = UNSET
    custom_account_manager_id: int | Unset = UNSET
    status: TodoListItemStatus | Unset = UNSET
    custom_status: TodoListItemStatus | Unset = UNSET
    due_date: str | Unset = UNSET
    custom_due_date: str | Unset = UNSET
    period_start: str | Unset = UNSET
    period: str | Unset = UNSET
    year: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        item_identifier = self.item_identifier

        customer_id = self.customer_id

        client_name = self.client_name

        client_company_id = self.client_company_id

        account_manager_name = self.account_manager_name

        account_manager_id = self.account_manager_id

        custom_account_manager_name = self.custom_account_manager_name

        custom_account_manager_id = self.custom_account_manager_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        custom_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_status, Unset):
            custom_status = self.custom_status.to_dict()

        due_date = self.due_date

        custom_due_date = self.custom_due_date

        period_start = self.period_start

        period = self.period

        year = self.year

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_identifier is not UNSET and not _in_request:
            field_dict["itemIdentifier"] = item_identifier
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if client_name is not UNSET and not _in_request:
            field_dict["clientName"] = client_name
        if client_company_id is not UNSET and not _in_request:
            field_dict["clientCompanyId"] = client_company_id
        if account_manager_name is not UNSET and not _in_request:
            field_dict["accountManagerName"] = account_manager_name
        if account_manager_id is not UNSET and not _in_request:
            field_dict["accountManagerId"] = account_manager_id
        if custom_account_manager_name is not UNSET and not _in_request:
            field_dict["customAccountManagerName"] = custom_account_manager_name
        if custom_account_manager_id is not UNSET and not _in_request:
            field_dict["customAccountManagerId"] = custom_account_manager_id
        if status is not UNSET:
            field_dict["status"] = status
        if custom_status is not UNSET:
            field_dict["customStatus"] = custom_status
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if custom_due_date is not UNSET and not _in_request:
            field_dict["customDueDate"] = custom_due_date
        if period_start is not UNSET and not _in_request:
            field_dict["periodStart"] = period_start
        if period is not UNSET and not _in_request:
            field_dict["period"] = period
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TodoListPeriodOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        def _p_status(_tx_v: Any) -> TodoListItemStatus | Unset:
            _status = _tx_v
            status: TodoListItemStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = TodoListItemStatus._tx_from_json(_status)

            return status

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
                "itemIdentifier",
                "customerId",
                "clientName",
                "clientCompanyId",
                "accountManagerName",
                "accountManagerId",
                "customAccountManagerName",
                "customAccountManagerId",
                "status",
                "customStatus",
                "dueDate",
                "customDueDate",
                "periodStart",
                "period",
                "year",
                "url",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "item_identifier": ("itemIdentifier", None),
            "customer_id": ("customerId", None),
            "client_name": ("clientName", None),
            "client_company_id": ("clientCompanyId", None),
            "account_manager_name": ("accountManagerName", None),
            "account_manager_id": ("accountManagerId", None),
            "custom_account_manager_name": ("customAccountManagerName", None),
            "custom_account_manager_id": ("customAccountManagerId", None),
            "status": ("status", _p_status),
            "custom_status": ("customStatus", _p_custom_status),
            "due_date": ("dueDate", None),
            "custom_due_date": ("customDueDate", None),
            "period_start": ("periodStart", None),
            "period": ("period", None),
            "year": ("year", None),
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
