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

T = TypeVar("T", bound="WageSpecificationBuilder")


@_attrs_define
class WageSpecificationBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        wage_code_id (int | Unset):
        employee_id (int | Unset):
        wage_payment_id (int | Unset):
        date (str | Unset):
        description (str | Unset):
        count (int | Unset):
        type_ (int | Unset):
    """

    company_id: int | Unset = UNSET
    wage_code_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    wage_payment_id: int | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    count: int | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.wage_code_id
        if _v is not UNSET:
            field_dict["wageCodeId"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.wage_payment_id
        if _v is not UNSET:
            field_dict["wagePaymentId"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.count
        if _v is not UNSET:
            field_dict["count"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WageSpecificationBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WageSpecificationBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "wageCodeId",
                "employeeId",
                "wagePaymentId",
                "date",
                "description",
                "count",
                "type",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "wageCodeId": "wage_code_id",
            "employeeId": "employee_id",
            "wagePaymentId": "wage_payment_id",
            "date": "date",
            "description": "description",
            "count": "count",
            "type": "type_",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.wage_code_id = o.employee_id = o.wage_payment_id = o.date = o.description = (
                        o.count
                    ) = o.type_ = UNSET
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
                v = g("wageCodeId")
                if v is None:
                    o.wage_code_id = u
                    if "wageCodeId" not in d:
                        m += 1
                else:
                    o.wage_code_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("wagePaymentId")
                if v is None:
                    o.wage_payment_id = u
                    if "wagePaymentId" not in d:
                        m += 1
                else:
                    o.wage_payment_id = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
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
            ("wage_code_id", "wageCodeId"),
            ("employee_id", "employeeId"),
            ("wage_payment_id", "wagePaymentId"),
            ("date", "date"),
            ("description", "description"),
            ("count", "count"),
            ("type_", "type"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.wage_code_id
            o.wage_code_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.wage_payment_id
            o.wage_payment_id = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
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
