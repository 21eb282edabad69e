from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.todo_list_expanded_detail import TodoListExpandedDetail
    from ..models.todo_list_item_status import TodoListItemStatus


T = TypeVar("T", bound="TodoListWageTransaction")


@_attrs_define
class TodoListWageTransaction:
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
        expanded_details (list[TodoListExpandedDetail] | Unset): [read-only]
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
    expanded_details: list[TodoListExpandedDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        expanded_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expanded_details, Unset):
            expanded_details = []
            for expanded_details_item_data in self.expanded_details:
                expanded_details_item = expanded_details_item_data.to_dict()
                expanded_details.append(expanded_details_item)

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
        if expanded_details is not UNSET and not _in_request:
            field_dict["expandedDetails"] = expanded_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.todo_list_expanded_detail import TodoListExpandedDetail  # noqa: PLC0415
        from ..models.todo_list_item_status import TodoListItemStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        item_identifier = d.pop("itemIdentifier", UNSET)

        customer_id = d.pop("customerId", UNSET)

        client_name = d.pop("clientName", UNSET)

        client_company_id = d.pop("clientCompanyId", UNSET)

        account_manager_name = d.pop("accountManagerName", UNSET)

        account_manager_id = d.pop("accountManagerId", UNSET)

        custom_account_manager_name = d.pop("customAccountManagerName", UNSET)

        custom_account_manager_id = d.pop("customAccountManagerId", UNSET)

        _status = d.pop("status", UNSET)
        status: TodoListItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TodoListItemStatus.from_dict(_status)

        _custom_status = d.pop("customStatus", UNSET)
        custom_status: TodoListItemStatus | Unset
        if isinstance(_custom_status, Unset):
            custom_status = UNSET
        else:
            custom_status = TodoListItemStatus.from_dict(_custom_status)

        due_date = d.pop("dueDate", UNSET)

        custom_due_date = d.pop("customDueDate", UNSET)

        period_start = d.pop("periodStart", UNSET)

        period = d.pop("period", UNSET)

        year = d.pop("year", UNSET)

        _expanded_details = d.pop("expandedDetails", UNSET)
        expanded_details: list[TodoListExpandedDetail] | Unset = UNSET
        if _expanded_details is not UNSET:
            expanded_details = []
            for expanded_details_item_data in _expanded_details:
                if expanded_details_item_data is None:
                    continue
                expanded_details_item = TodoListExpandedDetail.from_dict(expanded_details_item_data)

                expanded_details.append(expanded_details_item)

        _obj = cls(
            item_identifier=item_identifier,
            customer_id=customer_id,
            client_name=client_name,
            client_company_id=client_company_id,
            account_manager_name=account_manager_name,
            account_manager_id=account_manager_id,
            custom_account_manager_name=custom_account_manager_name,
            custom_account_manager_id=custom_account_manager_id,
            status=status,
            custom_status=custom_status,
            due_date=due_date,
            custom_due_date=custom_due_date,
            period_start=period_start,
            period=period,
            year=year,
            expanded_details=expanded_details,
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
