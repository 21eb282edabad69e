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

T = TypeVar("T", bound="ReconciliationPermissions")


@_attrs_define
class ReconciliationPermissions(Model):
    """
    Attributes:
        can_access_vat (bool | Unset):
        can_access_salary (bool | Unset):
        can_access_balance (bool | Unset):
        can_access_bank (bool | Unset):
    """

    can_access_vat: bool | Unset = UNSET
    can_access_salary: bool | Unset = UNSET
    can_access_balance: bool | Unset = UNSET
    can_access_bank: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.can_access_vat
        if _v is not UNSET and not _in_request:
            field_dict["canAccessVat"] = _v
        _v = self.can_access_salary
        if _v is not UNSET and not _in_request:
            field_dict["canAccessSalary"] = _v
        _v = self.can_access_balance
        if _v is not UNSET and not _in_request:
            field_dict["canAccessBalance"] = _v
        _v = self.can_access_bank
        if _v is not UNSET and not _in_request:
            field_dict["canAccessBank"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationPermissions from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationPermissions.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "canAccessVat",
                "canAccessSalary",
                "canAccessBalance",
                "canAccessBank",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("canAccessVat")
                if v is None:
                    o.can_access_vat = u
                    if "canAccessVat" not in d:
                        m += 1
                else:
                    o.can_access_vat = v
                v = g("canAccessSalary")
                if v is None:
                    o.can_access_salary = u
                    if "canAccessSalary" not in d:
                        m += 1
                else:
                    o.can_access_salary = v
                v = g("canAccessBalance")
                if v is None:
                    o.can_access_balance = u
                    if "canAccessBalance" not in d:
                        m += 1
                else:
                    o.can_access_balance = v
                v = g("canAccessBank")
                if v is None:
                    o.can_access_bank = u
                    if "canAccessBank" not in d:
                        m += 1
                else:
                    o.can_access_bank = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("can_access_vat", "canAccessVat"),
            ("can_access_salary", "canAccessSalary"),
            ("can_access_balance", "canAccessBalance"),
            ("can_access_bank", "canAccessBank"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.can_access_vat
            o.can_access_vat = u if v is None else v
            v = s.can_access_salary
            o.can_access_salary = u if v is None else v
            v = s.can_access_balance
            o.can_access_balance = u if v is None else v
            v = s.can_access_bank
            o.can_access_bank = u if v is None else v
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
