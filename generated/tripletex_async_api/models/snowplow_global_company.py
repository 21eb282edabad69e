from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snowplow_global_company_customer_type import SnowplowGlobalCompanyCustomerType
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
    serializing_request_body,
)

T = TypeVar("T", bound="SnowplowGlobalCompany")


@_attrs_define
class SnowplowGlobalCompany(Model):
    """
    Attributes:
        company_id (int | Unset):
        customer_id (int | Unset):
        is_paying (bool | Unset):
        customer_type (SnowplowGlobalCompanyCustomerType | Unset):
        package (str | Unset):
        pilot_features (list[str] | Unset):
        registration_date (str | Unset):
        start_date (str | Unset):
        is_accountant (bool | Unset):
        organization_number (int | Unset):
    """

    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    is_paying: bool | Unset = UNSET
    customer_type: SnowplowGlobalCompanyCustomerType | Unset = UNSET
    package: str | Unset = UNSET
    pilot_features: list[str] | Unset = UNSET
    registration_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    organization_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.is_paying
        if _v is not UNSET and not _in_request:
            field_dict["isPaying"] = _v
        _v = self.customer_type
        if _v is not UNSET and not _in_request:
            field_dict["customerType"] = _v._value_
        _v = self.package
        if _v is not UNSET and not _in_request:
            field_dict["package"] = _v
        _v = self.pilot_features
        if _v is not UNSET and not _in_request:
            field_dict["pilotFeatures"] = _v
        _v = self.registration_date
        if _v is not UNSET and not _in_request:
            field_dict["registrationDate"] = _v
        _v = self.start_date
        if _v is not UNSET and not _in_request:
            field_dict["startDate"] = _v
        _v = self.is_accountant
        if _v is not UNSET and not _in_request:
            field_dict["isAccountant"] = _v
        _v = self.organization_number
        if _v is not UNSET and not _in_request:
            field_dict["organizationNumber"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SnowplowGlobalCompany from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SnowplowGlobalCompany.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_customer_type: dict[Any, Any] = enum_members(SnowplowGlobalCompanyCustomerType)
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "customerId",
                "isPaying",
                "customerType",
                "package",
                "pilotFeatures",
                "registrationDate",
                "startDate",
                "isAccountant",
                "organizationNumber",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "customerId": "customer_id",
            "isPaying": "is_paying",
            "package": "package",
            "registrationDate": "registration_date",
            "startDate": "start_date",
            "isAccountant": "is_accountant",
            "organizationNumber": "organization_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.customer_id = o.is_paying = o.customer_type = o.package = o.pilot_features = (
                        o.registration_date
                    ) = o.start_date = o.is_accountant = o.organization_number = UNSET
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
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("isPaying")
                if v is None:
                    o.is_paying = u
                    if "isPaying" not in d:
                        m += 1
                else:
                    o.is_paying = v
                k = "customerType"
                v = g("customerType")
                if v is None:
                    o.customer_type = u
                    if "customerType" not in d:
                        m += 1
                else:
                    o.customer_type = (
                        e_
                        if (e_ := _e_customer_type.get(v)) is not None
                        else enum_value(SnowplowGlobalCompanyCustomerType, v)
                    )
                v = g("package")
                if v is None:
                    o.package = u
                    if "package" not in d:
                        m += 1
                else:
                    o.package = v
                k = "pilotFeatures"
                v = g("pilotFeatures")
                if v is None:
                    o.pilot_features = u
                    if "pilotFeatures" not in d:
                        m += 1
                else:
                    o.pilot_features = v
                v = g("registrationDate")
                if v is None:
                    o.registration_date = u
                    if "registrationDate" not in d:
                        m += 1
                else:
                    o.registration_date = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("isAccountant")
                if v is None:
                    o.is_accountant = u
                    if "isAccountant" not in d:
                        m += 1
                else:
                    o.is_accountant = v
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("customer_id", "customerId"),
            ("is_paying", "isPaying"),
            ("customer_type", "customerType"),
            ("package", "package"),
            ("pilot_features", "pilotFeatures"),
            ("registration_date", "registrationDate"),
            ("start_date", "startDate"),
            ("is_accountant", "isAccountant"),
            ("organization_number", "organizationNumber"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.is_paying
            o.is_paying = u if v is None else v
            v = s.customer_type
            o.customer_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_customer_type.get(v)) is not None
                else enum_value(SnowplowGlobalCompanyCustomerType, v)
            )
            v = s.package
            o.package = u if v is None else v
            v = s.pilot_features
            o.pilot_features = u if v is None or v is u else v
            v = s.registration_date
            o.registration_date = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.is_accountant
            o.is_accountant = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
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
