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

T = TypeVar("T", bound="EmployeeLoginInfoBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class EmployeeLoginInfoBuilder(LazyModel):
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
        self._tx_load()
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
        """A EmployeeLoginInfoBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "ip",
                "port",
                "loginResult",
                "browserDetails",
                "employeeId",
                "username",
                "timestamp",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "ip": ("ip", None),
            "port": ("port", None),
            "login_result": ("loginResult", None),
            "browser_details": ("browserDetails", None),
            "employee_id": ("employeeId", None),
            "username": ("username", None),
            "timestamp": ("timestamp", None),
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
