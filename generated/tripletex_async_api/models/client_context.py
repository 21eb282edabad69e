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

T = TypeVar("T", bound="ClientContext")


@_attrs_define
class ClientContext(Model):
    """
    Attributes:
        trial (bool | Unset): Whether the current session is in a trial account
        subscribed (bool | Unset): Whether the current session has access to the year-end module
        dev_mode (bool | Unset): Whether the current session has access to development features
        pilot_mode (bool | Unset): Whether the current session has access to pilot features
        active_accountant_proxy (bool | Unset): Whether the current session is a proxy for an accountant
        hacked_or_support_access (bool | Unset): Whether the current session is a Tripletex employee with extra
            privileges
        company_type_id (int | Unset): The category of the company which is selected in the current session
        company_id (int | Unset): The id of the company which is selected in the current session
        company_name (str | Unset): The name of the company which is selected in the current session
    """

    trial: bool | Unset = UNSET
    subscribed: bool | Unset = UNSET
    dev_mode: bool | Unset = UNSET
    pilot_mode: bool | Unset = UNSET
    active_accountant_proxy: bool | Unset = UNSET
    hacked_or_support_access: bool | Unset = UNSET
    company_type_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.trial
        if _v is not UNSET:
            field_dict["trial"] = _v
        _v = self.subscribed
        if _v is not UNSET:
            field_dict["subscribed"] = _v
        _v = self.dev_mode
        if _v is not UNSET:
            field_dict["devMode"] = _v
        _v = self.pilot_mode
        if _v is not UNSET:
            field_dict["pilotMode"] = _v
        _v = self.active_accountant_proxy
        if _v is not UNSET:
            field_dict["activeAccountantProxy"] = _v
        _v = self.hacked_or_support_access
        if _v is not UNSET:
            field_dict["hackedOrSupportAccess"] = _v
        _v = self.company_type_id
        if _v is not UNSET:
            field_dict["companyTypeId"] = _v
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.company_name
        if _v is not UNSET:
            field_dict["companyName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ClientContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "trial",
                "subscribed",
                "devMode",
                "pilotMode",
                "activeAccountantProxy",
                "hackedOrSupportAccess",
                "companyTypeId",
                "companyId",
                "companyName",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "trial": "trial",
            "subscribed": "subscribed",
            "devMode": "dev_mode",
            "pilotMode": "pilot_mode",
            "activeAccountantProxy": "active_accountant_proxy",
            "hackedOrSupportAccess": "hacked_or_support_access",
            "companyTypeId": "company_type_id",
            "companyId": "company_id",
            "companyName": "company_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.trial = o.subscribed = o.dev_mode = o.pilot_mode = o.active_accountant_proxy = (
                        o.hacked_or_support_access
                    ) = o.company_type_id = o.company_id = o.company_name = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("trial")
                if v is None:
                    o.trial = u
                    if "trial" not in d:
                        m += 1
                else:
                    o.trial = v
                v = g("subscribed")
                if v is None:
                    o.subscribed = u
                    if "subscribed" not in d:
                        m += 1
                else:
                    o.subscribed = v
                v = g("devMode")
                if v is None:
                    o.dev_mode = u
                    if "devMode" not in d:
                        m += 1
                else:
                    o.dev_mode = v
                v = g("pilotMode")
                if v is None:
                    o.pilot_mode = u
                    if "pilotMode" not in d:
                        m += 1
                else:
                    o.pilot_mode = v
                v = g("activeAccountantProxy")
                if v is None:
                    o.active_accountant_proxy = u
                    if "activeAccountantProxy" not in d:
                        m += 1
                else:
                    o.active_accountant_proxy = v
                v = g("hackedOrSupportAccess")
                if v is None:
                    o.hacked_or_support_access = u
                    if "hackedOrSupportAccess" not in d:
                        m += 1
                else:
                    o.hacked_or_support_access = v
                v = g("companyTypeId")
                if v is None:
                    o.company_type_id = u
                    if "companyTypeId" not in d:
                        m += 1
                else:
                    o.company_type_id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("trial", "trial"),
            ("subscribed", "subscribed"),
            ("dev_mode", "devMode"),
            ("pilot_mode", "pilotMode"),
            ("active_accountant_proxy", "activeAccountantProxy"),
            ("hacked_or_support_access", "hackedOrSupportAccess"),
            ("company_type_id", "companyTypeId"),
            ("company_id", "companyId"),
            ("company_name", "companyName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.trial
            o.trial = u if v is None else v
            v = s.subscribed
            o.subscribed = u if v is None else v
            v = s.dev_mode
            o.dev_mode = u if v is None else v
            v = s.pilot_mode
            o.pilot_mode = u if v is None else v
            v = s.active_accountant_proxy
            o.active_accountant_proxy = u if v is None else v
            v = s.hacked_or_support_access
            o.hacked_or_support_access = u if v is None else v
            v = s.company_type_id
            o.company_type_id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
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
