from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VismaConnectMobileAppLogin")


@_attrs_define
class VismaConnectMobileAppLogin:
    """
    Attributes:
        id_token (str | Unset): Id token from Visma Connect
        access_token (str | Unset): Access token from Visma Connect
        expiration_date (str | Unset): Expiration date for the combined token
        employee_id (int | Unset): Optional employee ID. Default employee is used when null
    """

    id_token: str | Unset = UNSET
    access_token: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id_token = self.id_token

        access_token = self.access_token

        expiration_date = self.expiration_date

        employee_id = self.employee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_token is not UNSET:
            field_dict["idToken"] = id_token
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id_token = d.pop("idToken", UNSET)

        access_token = d.pop("accessToken", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        _obj = cls(
            id_token=id_token,
            access_token=access_token,
            expiration_date=expiration_date,
            employee_id=employee_id,
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
