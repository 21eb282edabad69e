from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_pay_company_country_code import AutoPayCompanyCountryCode
from ..models.auto_pay_company_two_factor_authentication_types_item import (
    AutoPayCompanyTwoFactorAuthenticationTypesItem,
)
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="AutoPayCompany")


@_attrs_define
class AutoPayCompany(Model):
    """
    Attributes:
        tenant_id (str | Unset): The tenantId representing this company.
        name (str | Unset): The name of the company.
        owner_email_address (str | Unset): The owner's email address.
        two_factor_authentication_types (list[AutoPayCompanyTwoFactorAuthenticationTypesItem] | Unset): The 2FA options
            for the company.
        organization_number (str | Unset): The company's organization number.
        country_code (AutoPayCompanyCountryCode | Unset): The company's country code.
        changed_on (str | Unset): The last time the company data was changed.
        redirect_url (str | Unset): Redirect URL.
    """

    tenant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_email_address: str | Unset = UNSET
    two_factor_authentication_types: list[AutoPayCompanyTwoFactorAuthenticationTypesItem] | Unset = UNSET
    organization_number: str | Unset = UNSET
    country_code: AutoPayCompanyCountryCode | Unset = UNSET
    changed_on: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.tenant_id
        if _v is not UNSET and not _in_request:
            field_dict["tenantId"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.owner_email_address
        if _v is not UNSET and not _in_request:
            field_dict["ownerEmailAddress"] = _v
        _v = self.two_factor_authentication_types
        if _v is not UNSET and not _in_request:
            field_dict["twoFactorAuthenticationTypes"] = [_e._value_ for _e in _v]
        _v = self.organization_number
        if _v is not UNSET and not _in_request:
            field_dict["organizationNumber"] = _v
        _v = self.country_code
        if _v is not UNSET and not _in_request:
            field_dict["countryCode"] = _v._value_
        _v = self.changed_on
        if _v is not UNSET and not _in_request:
            field_dict["changedOn"] = _v
        _v = self.redirect_url
        if _v is not UNSET and not _in_request:
            field_dict["redirectUrl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPayCompany from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutoPayCompany.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_two_factor_authentication_types: dict[Any, Any] = enum_members(
            AutoPayCompanyTwoFactorAuthenticationTypesItem
        )
        _e_country_code: dict[Any, Any] = enum_members(AutoPayCompanyCountryCode)
        _known: frozenset[str] = frozenset(
            (
                "tenantId",
                "name",
                "ownerEmailAddress",
                "twoFactorAuthenticationTypes",
                "organizationNumber",
                "countryCode",
                "changedOn",
                "redirectUrl",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "tenantId": "tenant_id",
            "name": "name",
            "ownerEmailAddress": "owner_email_address",
            "organizationNumber": "organization_number",
            "changedOn": "changed_on",
            "redirectUrl": "redirect_url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.tenant_id = o.name = o.owner_email_address = o.two_factor_authentication_types = (
                        o.organization_number
                    ) = o.country_code = o.changed_on = o.redirect_url = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("tenantId")
                if v is None:
                    o.tenant_id = u
                    if "tenantId" not in d:
                        m += 1
                else:
                    o.tenant_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("ownerEmailAddress")
                if v is None:
                    o.owner_email_address = u
                    if "ownerEmailAddress" not in d:
                        m += 1
                else:
                    o.owner_email_address = v
                k = "twoFactorAuthenticationTypes"
                v = g("twoFactorAuthenticationTypes")
                if v is None:
                    o.two_factor_authentication_types = u
                    if "twoFactorAuthenticationTypes" not in d:
                        m += 1
                else:
                    o.two_factor_authentication_types = (
                        (
                            [
                                e_
                                if (e_ := _e_two_factor_authentication_types.get(e)) is not None
                                else enum_value(AutoPayCompanyTwoFactorAuthenticationTypesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                k = "countryCode"
                v = g("countryCode")
                if v is None:
                    o.country_code = u
                    if "countryCode" not in d:
                        m += 1
                else:
                    o.country_code = (
                        e_ if (e_ := _e_country_code.get(v)) is not None else enum_value(AutoPayCompanyCountryCode, v)
                    )
                v = g("changedOn")
                if v is None:
                    o.changed_on = u
                    if "changedOn" not in d:
                        m += 1
                else:
                    o.changed_on = v
                v = g("redirectUrl")
                if v is None:
                    o.redirect_url = u
                    if "redirectUrl" not in d:
                        m += 1
                else:
                    o.redirect_url = v
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
            ("tenant_id", "tenantId"),
            ("name", "name"),
            ("owner_email_address", "ownerEmailAddress"),
            ("two_factor_authentication_types", "twoFactorAuthenticationTypes"),
            ("organization_number", "organizationNumber"),
            ("country_code", "countryCode"),
            ("changed_on", "changedOn"),
            ("redirect_url", "redirectUrl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.tenant_id
            o.tenant_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.owner_email_address
            o.owner_email_address = u if v is None else v
            v = s.two_factor_authentication_types
            o.two_factor_authentication_types = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_two_factor_authentication_types.get(e)) is not None
                        else enum_value(AutoPayCompanyTwoFactorAuthenticationTypesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.country_code
            o.country_code = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_country_code.get(v)) is not None
                else enum_value(AutoPayCompanyCountryCode, v)
            )
            v = s.changed_on
            o.changed_on = u if v is None else v
            v = s.redirect_url
            o.redirect_url = u if v is None else v
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
