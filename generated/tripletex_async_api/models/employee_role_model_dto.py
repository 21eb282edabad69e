from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_role_model_dto_role import EmployeeRoleModelDTORole
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="EmployeeRoleModelDTO")


@_attrs_define
class EmployeeRoleModelDTO(Model):
    """
    Attributes:
        company_id (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        has_access (bool | Unset):
        role (EmployeeRoleModelDTORole | Unset):
    """

    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    has_access: bool | Unset = UNSET
    role: EmployeeRoleModelDTORole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.has_access
        if _v is not UNSET:
            field_dict["hasAccess"] = _v
        _v = self.role
        if _v is not UNSET:
            field_dict["role"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeRoleModelDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeRoleModelDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_role: dict[Any, Any] = enum_members(EmployeeRoleModelDTORole)
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "customerId",
                "employeeId",
                "hasAccess",
                "role",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("hasAccess")
                if v is None:
                    o.has_access = u
                    if "hasAccess" not in d:
                        m += 1
                else:
                    o.has_access = v
                k = "role"
                v = g("role")
                if v is None:
                    o.role = u
                    if "role" not in d:
                        m += 1
                else:
                    o.role = e_ if (e_ := _e_role.get(v)) is not None else enum_value(EmployeeRoleModelDTORole, v)
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
            ("company_id", "companyId"),
            ("customer_id", "customerId"),
            ("employee_id", "employeeId"),
            ("has_access", "hasAccess"),
            ("role", "role"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.has_access
            o.has_access = u if v is None else v
            v = s.role
            o.role = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_role.get(v)) is not None
                else enum_value(EmployeeRoleModelDTORole, v)
            )
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
