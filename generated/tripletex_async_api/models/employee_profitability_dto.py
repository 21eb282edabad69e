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

T = TypeVar("T", bound="EmployeeProfitabilityDTO")


@_attrs_define
class EmployeeProfitabilityDTO(Model):
    """
    Attributes:
        employee_id (int | Unset):
        employee_name (str | Unset):
        income (float | Unset):
        cost (float | Unset):
        result (float | Unset):
        margin (float | Unset):
    """

    employee_id: int | Unset = UNSET
    employee_name: str | Unset = UNSET
    income: float | Unset = UNSET
    cost: float | Unset = UNSET
    result: float | Unset = UNSET
    margin: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.employee_name
        if _v is not UNSET and not _in_request:
            field_dict["employeeName"] = _v
        _v = self.income
        if _v is not UNSET and not _in_request:
            field_dict["income"] = _v
        _v = self.cost
        if _v is not UNSET and not _in_request:
            field_dict["cost"] = _v
        _v = self.result
        if _v is not UNSET and not _in_request:
            field_dict["result"] = _v
        _v = self.margin
        if _v is not UNSET and not _in_request:
            field_dict["margin"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeProfitabilityDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeProfitabilityDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeId",
                "employeeName",
                "income",
                "cost",
                "result",
                "margin",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("employeeName")
                if v is None:
                    o.employee_name = u
                    if "employeeName" not in d:
                        m += 1
                else:
                    o.employee_name = v
                v = g("income")
                if v is None:
                    o.income = u
                    if "income" not in d:
                        m += 1
                else:
                    o.income = v
                v = g("cost")
                if v is None:
                    o.cost = u
                    if "cost" not in d:
                        m += 1
                else:
                    o.cost = v
                v = g("result")
                if v is None:
                    o.result = u
                    if "result" not in d:
                        m += 1
                else:
                    o.result = v
                v = g("margin")
                if v is None:
                    o.margin = u
                    if "margin" not in d:
                        m += 1
                else:
                    o.margin = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee_id", "employeeId"),
            ("employee_name", "employeeName"),
            ("income", "income"),
            ("cost", "cost"),
            ("result", "result"),
            ("margin", "margin"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.employee_name
            o.employee_name = u if v is None else v
            v = s.income
            o.income = u if v is None else v
            v = s.cost
            o.cost = u if v is None else v
            v = s.result
            o.result = u if v is None else v
            v = s.margin
            o.margin = u if v is None else v
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
