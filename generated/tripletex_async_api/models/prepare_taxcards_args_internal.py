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

T = TypeVar("T", bound="PrepareTaxcardsArgsInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class PrepareTaxcardsArgsInternal(LazyModel):
    """
    Attributes:
        employee_ids (str | Unset):
        contact_employee_id (int | Unset):
        contact_email (str | Unset):
        taxcard_year (int | Unset):
        mobile_phone (str | Unset):
        mobile_phone_country_id (int | Unset):
        notification_type (str | Unset):
    """

    employee_ids: str | Unset = UNSET
    contact_employee_id: int | Unset = UNSET
    contact_email: str | Unset = UNSET
    taxcard_year: int | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    mobile_phone_country_id: int | Unset = UNSET
    notification_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee_ids = self.employee_ids

        contact_employee_id = self.contact_employee_id

        contact_email = self.contact_email

        taxcard_year = self.taxcard_year

        mobile_phone = self.mobile_phone

        mobile_phone_country_id = self.mobile_phone_country_id

        notification_type = self.notification_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_ids is not UNSET:
            field_dict["employeeIds"] = employee_ids
        if contact_employee_id is not UNSET:
            field_dict["contactEmployeeId"] = contact_employee_id
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if taxcard_year is not UNSET:
            field_dict["taxcardYear"] = taxcard_year
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if mobile_phone_country_id is not UNSET:
            field_dict["mobilePhoneCountryId"] = mobile_phone_country_id
        if notification_type is not UNSET:
            field_dict["notificationType"] = notification_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PrepareTaxcardsArgsInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeIds",
                "contactEmployeeId",
                "contactEmail",
                "taxcardYear",
                "mobilePhone",
                "mobilePhoneCountryId",
                "notificationType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_ids": ("employeeIds", None),
            "contact_employee_id": ("contactEmployeeId", None),
            "contact_email": ("contactEmail", None),
            "taxcard_year": ("taxcardYear", None),
            "mobile_phone": ("mobilePhone", None),
            "mobile_phone_country_id": ("mobilePhoneCountryId", None),
            "notification_type": ("notificationType", None),
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
