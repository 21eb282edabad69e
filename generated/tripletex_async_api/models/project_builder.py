from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProjectBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectBuilder(LazyModel):
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
        self._tx_load()
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
        """A ProjectBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "number",
                "name",
                "comment",
                "employeeId",
                "closed",
                "startDate",
                "endDate",
                "project",
                "allowTimeTrackingForParticipantsOnly",
                "internal",
                "deliveryAddressId",
                "currencyId",
                "parentId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "number": ("number", None),
            "name": ("name", None),
            "comment": ("comment", None),
            "employee_id": ("employeeId", None),
            "closed": ("closed", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "project": ("project", None),
            "allow_time_tracking_for_participants_only": ("allowTimeTrackingForParticipantsOnly", None),
            "internal": ("internal", None),
            "delivery_address_id": ("deliveryAddressId", None),
            "currency_id": ("currencyId", None),
            "parent_id": ("parentId", None),
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
