from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PostSessionTokenBody")


@_attrs_define
class PostSessionTokenBody:
    """
    Attributes:
        employee_token (str | Unset): Token of the API consumer
        consumer_token (str | Unset): The employee's token
        expiration_date (str | Unset): Expiration date for the combined token
    """

    employee_token: str | Unset = UNSET
    consumer_token: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_token = self.employee_token

        consumer_token = self.consumer_token

        expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_token is not UNSET:
            field_dict["employeeToken"] = employee_token
        if consumer_token is not UNSET:
            field_dict["consumerToken"] = consumer_token
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_token = d.pop("employeeToken", UNSET)

        consumer_token = d.pop("consumerToken", UNSET)

        expiration_date = d.pop("expirationDate", UNSET)

        _obj = cls(
            employee_token=employee_token,
            consumer_token=consumer_token,
            expiration_date=expiration_date,
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
