from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectBuilder")


@_attrs_define
class ProjectBuilder:
    """
    Attributes:
        company_id (int | Unset):
        number (str | Unset):
        name (str | Unset):
        comment (str | Unset):
        employee_id (int | Unset):
        closed (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        project (bool | Unset):
        allow_time_tracking_for_participants_only (bool | Unset):
        internal (bool | Unset):
        delivery_address_id (int | Unset):
        currency_id (int | Unset):
        parent_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    closed: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    project: bool | Unset = UNSET
    allow_time_tracking_for_participants_only: bool | Unset = UNSET
    internal: bool | Unset = UNSET
    delivery_address_id: int | Unset = UNSET
    currency_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        number = self.number

        name = self.name

        comment = self.comment

        employee_id = self.employee_id

        closed = self.closed

        start_date = self.start_date

        end_date = self.end_date

        project = self.project

        allow_time_tracking_for_participants_only = self.allow_time_tracking_for_participants_only

        internal = self.internal

        delivery_address_id = self.delivery_address_id

        currency_id = self.currency_id

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if closed is not UNSET:
            field_dict["closed"] = closed
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if project is not UNSET:
            field_dict["project"] = project
        if allow_time_tracking_for_participants_only is not UNSET:
            field_dict["allowTimeTrackingForParticipantsOnly"] = allow_time_tracking_for_participants_only
        if internal is not UNSET:
            field_dict["internal"] = internal
        if delivery_address_id is not UNSET:
            field_dict["deliveryAddressId"] = delivery_address_id
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        closed = d.pop("closed", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        project = d.pop("project", UNSET)

        allow_time_tracking_for_participants_only = d.pop("allowTimeTrackingForParticipantsOnly", UNSET)

        internal = d.pop("internal", UNSET)

        delivery_address_id = d.pop("deliveryAddressId", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        parent_id = d.pop("parentId", UNSET)

        _obj = cls(
            company_id=company_id,
            number=number,
            name=name,
            comment=comment,
            employee_id=employee_id,
            closed=closed,
            start_date=start_date,
            end_date=end_date,
            project=project,
            allow_time_tracking_for_participants_only=allow_time_tracking_for_participants_only,
            internal=internal,
            delivery_address_id=delivery_address_id,
            currency_id=currency_id,
            parent_id=parent_id,
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
