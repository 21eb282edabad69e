from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeLoginInfoBuilder")


@_attrs_define
class EmployeeLoginInfoBuilder:
    """
    Attributes:
        company_id (int | Unset):
        ip (str | Unset):
        port (str | Unset):
        login_result (int | Unset):
        browser_details (str | Unset):
        employee_id (int | Unset):
        username (str | Unset):
        timestamp (str | Unset):
    """

    company_id: int | Unset = UNSET
    ip: str | Unset = UNSET
    port: str | Unset = UNSET
    login_result: int | Unset = UNSET
    browser_details: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    username: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        ip = self.ip

        port = self.port

        login_result = self.login_result

        browser_details = self.browser_details

        employee_id = self.employee_id

        username = self.username

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if port is not UNSET:
            field_dict["port"] = port
        if login_result is not UNSET:
            field_dict["loginResult"] = login_result
        if browser_details is not UNSET:
            field_dict["browserDetails"] = browser_details
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if username is not UNSET:
            field_dict["username"] = username
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        ip = d.pop("ip", UNSET)

        port = d.pop("port", UNSET)

        login_result = d.pop("loginResult", UNSET)

        browser_details = d.pop("browserDetails", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        username = d.pop("username", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _obj = cls(
            company_id=company_id,
            ip=ip,
            port=port,
            login_result=login_result,
            browser_details=browser_details,
            employee_id=employee_id,
            username=username,
            timestamp=timestamp,
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
