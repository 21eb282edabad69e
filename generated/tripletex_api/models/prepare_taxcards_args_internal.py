from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PrepareTaxcardsArgsInternal")


@_attrs_define
class PrepareTaxcardsArgsInternal:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_ids = d.pop("employeeIds", UNSET)

        contact_employee_id = d.pop("contactEmployeeId", UNSET)

        contact_email = d.pop("contactEmail", UNSET)

        taxcard_year = d.pop("taxcardYear", UNSET)

        mobile_phone = d.pop("mobilePhone", UNSET)

        mobile_phone_country_id = d.pop("mobilePhoneCountryId", UNSET)

        notification_type = d.pop("notificationType", UNSET)

        _obj = cls(
            employee_ids=employee_ids,
            contact_employee_id=contact_employee_id,
            contact_email=contact_email,
            taxcard_year=taxcard_year,
            mobile_phone=mobile_phone,
            mobile_phone_country_id=mobile_phone_country_id,
            notification_type=notification_type,
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
