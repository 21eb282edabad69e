from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="EmployeeLoginInfoBuilder")


@_attrs_define
class EmployeeLoginInfoBuilder(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.ip
        if _v is not UNSET:
            field_dict["ip"] = _v
        _v = self.port
        if _v is not UNSET:
            field_dict["port"] = _v
        _v = self.login_result
        if _v is not UNSET:
            field_dict["loginResult"] = _v
        _v = self.browser_details
        if _v is not UNSET:
            field_dict["browserDetails"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.username
        if _v is not UNSET:
            field_dict["username"] = _v
        _v = self.timestamp
        if _v is not UNSET:
            field_dict["timestamp"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeLoginInfoBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeLoginInfoBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "ip": "ip",
            "port": "port",
            "loginResult": "login_result",
            "browserDetails": "browser_details",
            "employeeId": "employee_id",
            "username": "username",
            "timestamp": "timestamp",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.ip = o.port = o.login_result = o.browser_details = o.employee_id = o.username = (
                        o.timestamp
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("ip")
                if v is None:
                    o.ip = u
                    if "ip" not in d:
                        m += 1
                else:
                    o.ip = v
                v = g("port")
                if v is None:
                    o.port = u
                    if "port" not in d:
                        m += 1
                else:
                    o.port = v
                v = g("loginResult")
                if v is None:
                    o.login_result = u
                    if "loginResult" not in d:
                        m += 1
                else:
                    o.login_result = v
                v = g("browserDetails")
                if v is None:
                    o.browser_details = u
                    if "browserDetails" not in d:
                        m += 1
                else:
                    o.browser_details = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("username")
                if v is None:
                    o.username = u
                    if "username" not in d:
                        m += 1
                else:
                    o.username = v
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("ip", "ip"),
            ("port", "port"),
            ("login_result", "loginResult"),
            ("browser_details", "browserDetails"),
            ("employee_id", "employeeId"),
            ("username", "username"),
            ("timestamp", "timestamp"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.ip
            o.ip = u if v is None else v
            v = s.port
            o.port = u if v is None else v
            v = s.login_result
            o.login_result = u if v is None else v
            v = s.browser_details
            o.browser_details = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.username
            o.username = u if v is None else v
            v = s.timestamp
            o.timestamp = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
