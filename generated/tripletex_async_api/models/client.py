from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_company_migration import ClientCompanyMigration
from ..models.client_type import ClientType
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

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="Client")


@_attrs_define
class Client(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        display_name (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        organization_number (str | Unset):
        email (str | Unset):
        phone_number (str | Unset):
        phone_number_mobile (str | Unset):
        fax_number (str | Unset):
        address (Address | Unset): Address tied to the employee
        type_ (ClientType | Unset):
        currency (Currency | Unset):
        accountant_or_similar (bool | Unset):
        company_migration (ClientCompanyMigration | Unset): If the company was migrated from another system, this field
            will contain the name of the system it was migrated from.
        invoice_show_delivery_date (bool | Unset):
        customer_company_id (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    fax_number: str | Unset = UNSET
    address: Address | Unset = UNSET
    type_: ClientType | Unset = UNSET
    currency: Currency | Unset = UNSET
    accountant_or_similar: bool | Unset = UNSET
    company_migration: ClientCompanyMigration | Unset = UNSET
    invoice_show_delivery_date: bool | Unset = UNSET
    customer_company_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.organization_number
        if _v is not UNSET:
            field_dict["organizationNumber"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.phone_number
        if _v is not UNSET:
            field_dict["phoneNumber"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET:
            field_dict["phoneNumberMobile"] = _v
        _v = self.fax_number
        if _v is not UNSET:
            field_dict["faxNumber"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.accountant_or_similar
        if _v is not UNSET and not _in_request:
            field_dict["accountantOrSimilar"] = _v
        _v = self.company_migration
        if _v is not UNSET and not _in_request:
            field_dict["companyMigration"] = _v._value_
        _v = self.invoice_show_delivery_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceShowDeliveryDate"] = _v
        _v = self.customer_company_id
        if _v is not UNSET and not _in_request:
            field_dict["customerCompanyId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Client from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Client.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ClientType)
        _e_company_migration: dict[Any, Any] = enum_members(ClientCompanyMigration)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "displayName",
                "startDate",
                "endDate",
                "organizationNumber",
                "email",
                "phoneNumber",
                "phoneNumberMobile",
                "faxNumber",
                "address",
                "type",
                "currency",
                "accountantOrSimilar",
                "companyMigration",
                "invoiceShowDeliveryDate",
                "customerCompanyId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "displayName": "display_name",
            "startDate": "start_date",
            "endDate": "end_date",
            "organizationNumber": "organization_number",
            "email": "email",
            "phoneNumber": "phone_number",
            "phoneNumberMobile": "phone_number_mobile",
            "faxNumber": "fax_number",
            "accountantOrSimilar": "accountant_or_similar",
            "invoiceShowDeliveryDate": "invoice_show_delivery_date",
            "customerCompanyId": "customer_company_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.display_name = o.start_date = o.end_date = (
                        o.organization_number
                    ) = o.email = o.phone_number = o.phone_number_mobile = o.fax_number = o.address = o.type_ = (
                        o.currency
                    ) = o.accountant_or_similar = o.company_migration = o.invoice_show_delivery_date = (
                        o.customer_company_id
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.display_name = o.start_date = o.end_date = (
                        o.organization_number
                    ) = o.email = o.phone_number = o.phone_number_mobile = o.fax_number = o.address = o.type_ = (
                        o.currency
                    ) = o.accountant_or_similar = o.company_migration = o.invoice_show_delivery_date = (
                        o.customer_company_id
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("phoneNumber")
                if v is None:
                    o.phone_number = u
                    if "phoneNumber" not in d:
                        m += 1
                else:
                    o.phone_number = v
                v = g("phoneNumberMobile")
                if v is None:
                    o.phone_number_mobile = u
                    if "phoneNumberMobile" not in d:
                        m += 1
                else:
                    o.phone_number_mobile = v
                v = g("faxNumber")
                if v is None:
                    o.fax_number = u
                    if "faxNumber" not in d:
                        m += 1
                else:
                    o.fax_number = v
                k = "address"
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = Address._tx_parse(v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ClientType, v)
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("accountantOrSimilar")
                if v is None:
                    o.accountant_or_similar = u
                    if "accountantOrSimilar" not in d:
                        m += 1
                else:
                    o.accountant_or_similar = v
                k = "companyMigration"
                v = g("companyMigration")
                if v is None:
                    o.company_migration = u
                    if "companyMigration" not in d:
                        m += 1
                else:
                    o.company_migration = (
                        e_ if (e_ := _e_company_migration.get(v)) is not None else enum_value(ClientCompanyMigration, v)
                    )
                v = g("invoiceShowDeliveryDate")
                if v is None:
                    o.invoice_show_delivery_date = u
                    if "invoiceShowDeliveryDate" not in d:
                        m += 1
                else:
                    o.invoice_show_delivery_date = v
                v = g("customerCompanyId")
                if v is None:
                    o.customer_company_id = u
                    if "customerCompanyId" not in d:
                        m += 1
                else:
                    o.customer_company_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("display_name", "displayName"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("organization_number", "organizationNumber"),
            ("email", "email"),
            ("phone_number", "phoneNumber"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("fax_number", "faxNumber"),
            ("address", "address"),
            ("type_", "type"),
            ("currency", "currency"),
            ("accountant_or_similar", "accountantOrSimilar"),
            ("company_migration", "companyMigration"),
            ("invoice_show_delivery_date", "invoiceShowDeliveryDate"),
            ("customer_company_id", "customerCompanyId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.fax_number
            o.fax_number = u if v is None else v
            v = s.address
            o.address = u if v is None or v is u else Address._tx_parse(v)
            v = s.type_
            o.type_ = (
                u if v is None or v is u else e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ClientType, v)
            )
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.accountant_or_similar
            o.accountant_or_similar = u if v is None else v
            v = s.company_migration
            o.company_migration = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_company_migration.get(v)) is not None
                else enum_value(ClientCompanyMigration, v)
            )
            v = s.invoice_show_delivery_date
            o.invoice_show_delivery_date = u if v is None else v
            v = s.customer_company_id
            o.customer_company_id = u if v is None else v
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
