from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.employee import Employee
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="EmployeeTokenBundle")


@_attrs_define
class EmployeeTokenBundle(Model):
    """
    Attributes:
        employee_token (EmployeeToken | Unset):
        employee (Employee | Unset):
        robot_employee (Employee | Unset):
    """

    employee_token: EmployeeToken | Unset = UNSET
    employee: Employee | Unset = UNSET
    robot_employee: Employee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.employee_token
        if _v is not UNSET:
            field_dict["employeeToken"] = _v.to_dict()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.robot_employee
        if _v is not UNSET:
            field_dict["robotEmployee"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeTokenBundle from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeTokenBundle.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeToken",
                "employee",
                "robotEmployee",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "employeeToken"
                v = g("employeeToken")
                if v is None:
                    o.employee_token = u
                    if "employeeToken" not in d:
                        m += 1
                else:
                    o.employee_token = EmployeeToken._tx_parse(v)
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "robotEmployee"
                v = g("robotEmployee")
                if v is None:
                    o.robot_employee = u
                    if "robotEmployee" not in d:
                        m += 1
                else:
                    o.robot_employee = Employee._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee_token", "employeeToken"),
            ("employee", "employee"),
            ("robot_employee", "robotEmployee"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_token
            o.employee_token = u if v is None or v is u else EmployeeToken._tx_parse(v)
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.robot_employee
            o.robot_employee = u if v is None or v is u else Employee._tx_parse(v)
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
