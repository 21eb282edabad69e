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

T = TypeVar("T", bound="ChatMetaDTO")


@_attrs_define
class ChatMetaDTO(Model):
    """
    Attributes:
        has_accountant (bool | Unset):
        has_entitlements (bool | Unset):
        should_show_opt_in (bool | Unset):
        should_show_introduction (bool | Unset):
        show_chat (bool | Unset):
        accountant_proxy_employee_id (int | Unset):
        actual_employee_id (int | Unset):
        pilot (bool | Unset):
        proxy (bool | Unset):
        admin (bool | Unset):
        accountant (bool | Unset):
    """

    has_accountant: bool | Unset = UNSET
    has_entitlements: bool | Unset = UNSET
    should_show_opt_in: bool | Unset = UNSET
    should_show_introduction: bool | Unset = UNSET
    show_chat: bool | Unset = UNSET
    accountant_proxy_employee_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    pilot: bool | Unset = UNSET
    proxy: bool | Unset = UNSET
    admin: bool | Unset = UNSET
    accountant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.has_accountant
        if _v is not UNSET:
            field_dict["hasAccountant"] = _v
        _v = self.has_entitlements
        if _v is not UNSET:
            field_dict["hasEntitlements"] = _v
        _v = self.should_show_opt_in
        if _v is not UNSET:
            field_dict["shouldShowOptIn"] = _v
        _v = self.should_show_introduction
        if _v is not UNSET:
            field_dict["shouldShowIntroduction"] = _v
        _v = self.show_chat
        if _v is not UNSET:
            field_dict["showChat"] = _v
        _v = self.accountant_proxy_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["accountantProxyEmployeeId"] = _v
        _v = self.actual_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = _v
        _v = self.pilot
        if _v is not UNSET:
            field_dict["pilot"] = _v
        _v = self.proxy
        if _v is not UNSET:
            field_dict["proxy"] = _v
        _v = self.admin
        if _v is not UNSET:
            field_dict["admin"] = _v
        _v = self.accountant
        if _v is not UNSET:
            field_dict["accountant"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChatMetaDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ChatMetaDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "hasAccountant",
                "hasEntitlements",
                "shouldShowOptIn",
                "shouldShowIntroduction",
                "showChat",
                "accountantProxyEmployeeId",
                "actualEmployeeId",
                "pilot",
                "proxy",
                "admin",
                "accountant",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "hasAccountant": "has_accountant",
            "hasEntitlements": "has_entitlements",
            "shouldShowOptIn": "should_show_opt_in",
            "shouldShowIntroduction": "should_show_introduction",
            "showChat": "show_chat",
            "accountantProxyEmployeeId": "accountant_proxy_employee_id",
            "actualEmployeeId": "actual_employee_id",
            "pilot": "pilot",
            "proxy": "proxy",
            "admin": "admin",
            "accountant": "accountant",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.has_accountant = o.has_entitlements = o.should_show_opt_in = o.should_show_introduction = (
                        o.show_chat
                    ) = o.accountant_proxy_employee_id = o.actual_employee_id = o.pilot = o.proxy = o.admin = (
                        o.accountant
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hasAccountant")
                if v is None:
                    o.has_accountant = u
                    if "hasAccountant" not in d:
                        m += 1
                else:
                    o.has_accountant = v
                v = g("hasEntitlements")
                if v is None:
                    o.has_entitlements = u
                    if "hasEntitlements" not in d:
                        m += 1
                else:
                    o.has_entitlements = v
                v = g("shouldShowOptIn")
                if v is None:
                    o.should_show_opt_in = u
                    if "shouldShowOptIn" not in d:
                        m += 1
                else:
                    o.should_show_opt_in = v
                v = g("shouldShowIntroduction")
                if v is None:
                    o.should_show_introduction = u
                    if "shouldShowIntroduction" not in d:
                        m += 1
                else:
                    o.should_show_introduction = v
                v = g("showChat")
                if v is None:
                    o.show_chat = u
                    if "showChat" not in d:
                        m += 1
                else:
                    o.show_chat = v
                v = g("accountantProxyEmployeeId")
                if v is None:
                    o.accountant_proxy_employee_id = u
                    if "accountantProxyEmployeeId" not in d:
                        m += 1
                else:
                    o.accountant_proxy_employee_id = v
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = v
                v = g("pilot")
                if v is None:
                    o.pilot = u
                    if "pilot" not in d:
                        m += 1
                else:
                    o.pilot = v
                v = g("proxy")
                if v is None:
                    o.proxy = u
                    if "proxy" not in d:
                        m += 1
                else:
                    o.proxy = v
                v = g("admin")
                if v is None:
                    o.admin = u
                    if "admin" not in d:
                        m += 1
                else:
                    o.admin = v
                v = g("accountant")
                if v is None:
                    o.accountant = u
                    if "accountant" not in d:
                        m += 1
                else:
                    o.accountant = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("has_accountant", "hasAccountant"),
            ("has_entitlements", "hasEntitlements"),
            ("should_show_opt_in", "shouldShowOptIn"),
            ("should_show_introduction", "shouldShowIntroduction"),
            ("show_chat", "showChat"),
            ("accountant_proxy_employee_id", "accountantProxyEmployeeId"),
            ("actual_employee_id", "actualEmployeeId"),
            ("pilot", "pilot"),
            ("proxy", "proxy"),
            ("admin", "admin"),
            ("accountant", "accountant"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.has_accountant
            o.has_accountant = u if v is None else v
            v = s.has_entitlements
            o.has_entitlements = u if v is None else v
            v = s.should_show_opt_in
            o.should_show_opt_in = u if v is None else v
            v = s.should_show_introduction
            o.should_show_introduction = u if v is None else v
            v = s.show_chat
            o.show_chat = u if v is None else v
            v = s.accountant_proxy_employee_id
            o.accountant_proxy_employee_id = u if v is None else v
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None else v
            v = s.pilot
            o.pilot = u if v is None else v
            v = s.proxy
            o.proxy = u if v is None else v
            v = s.admin
            o.admin = u if v is None else v
            v = s.accountant
            o.accountant = u if v is None else v
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
