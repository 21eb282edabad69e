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
    secret_repr,
)

T = TypeVar("T", bound="VismaConnectMobileAppLogin")


@_attrs_define
class VismaConnectMobileAppLogin(Model):
    """
    Attributes:
        id_token (str | Unset): Id token from Visma Connect
        access_token (str | Unset): Access token from Visma Connect
        expiration_date (str | Unset): Expiration date for the combined token
        employee_id (int | Unset): Optional employee ID. Default employee is used when null
    """

    id_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    access_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    expiration_date: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id_token
        if _v is not UNSET:
            field_dict["idToken"] = _v
        _v = self.access_token
        if _v is not UNSET:
            field_dict["accessToken"] = _v
        _v = self.expiration_date
        if _v is not UNSET:
            field_dict["expirationDate"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VismaConnectMobileAppLogin from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VismaConnectMobileAppLogin.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "idToken",
                "accessToken",
                "expirationDate",
                "employeeId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("idToken")
                if v is None:
                    o.id_token = u
                    if "idToken" not in d:
                        m += 1
                else:
                    o.id_token = v
                v = g("accessToken")
                if v is None:
                    o.access_token = u
                    if "accessToken" not in d:
                        m += 1
                else:
                    o.access_token = v
                v = g("expirationDate")
                if v is None:
                    o.expiration_date = u
                    if "expirationDate" not in d:
                        m += 1
                else:
                    o.expiration_date = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
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
            ("id_token", "idToken"),
            ("access_token", "accessToken"),
            ("expiration_date", "expirationDate"),
            ("employee_id", "employeeId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id_token
            o.id_token = u if v is None else v
            v = s.access_token
            o.access_token = u if v is None else v
            v = s.expiration_date
            o.expiration_date = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
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
