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
    serializing_request_body,
)

T = TypeVar("T", bound="SnowplowGlobalEmployee")


@_attrs_define
class SnowplowGlobalEmployee(Model):
    """
    Attributes:
        user_id (int | Unset):
        employee_id (int | Unset):
        tripletex_employee_id (int | Unset):
        is_accountant (bool | Unset):
        role_ids (list[int] | Unset):
    """

    user_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    tripletex_employee_id: int | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    role_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.user_id
        if _v is not UNSET and not _in_request:
            field_dict["userId"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.tripletex_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["tripletexEmployeeId"] = _v
        _v = self.is_accountant
        if _v is not UNSET and not _in_request:
            field_dict["isAccountant"] = _v
        _v = self.role_ids
        if _v is not UNSET and not _in_request:
            field_dict["roleIds"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SnowplowGlobalEmployee from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SnowplowGlobalEmployee.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "userId",
                "employeeId",
                "tripletexEmployeeId",
                "isAccountant",
                "roleIds",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("userId")
                if v is None:
                    o.user_id = u
                    if "userId" not in d:
                        m += 1
                else:
                    o.user_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("tripletexEmployeeId")
                if v is None:
                    o.tripletex_employee_id = u
                    if "tripletexEmployeeId" not in d:
                        m += 1
                else:
                    o.tripletex_employee_id = v
                v = g("isAccountant")
                if v is None:
                    o.is_accountant = u
                    if "isAccountant" not in d:
                        m += 1
                else:
                    o.is_accountant = v
                k = "roleIds"
                v = g("roleIds")
                if v is None:
                    o.role_ids = u
                    if "roleIds" not in d:
                        m += 1
                else:
                    o.role_ids = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("user_id", "userId"),
            ("employee_id", "employeeId"),
            ("tripletex_employee_id", "tripletexEmployeeId"),
            ("is_accountant", "isAccountant"),
            ("role_ids", "roleIds"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.user_id
            o.user_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.tripletex_employee_id
            o.tripletex_employee_id = u if v is None else v
            v = s.is_accountant
            o.is_accountant = u if v is None else v
            v = s.role_ids
            o.role_ids = u if v is None or v is u else v
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
