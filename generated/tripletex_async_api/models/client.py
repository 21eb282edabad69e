from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_company_migration import ClientCompanyMigration
from ..models.client_type import ClientType
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="Client")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("address", dict, False),
    ("type", str, False),
    ("currency", dict, False),
    ("companyMigration", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Client(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        display_name (str | Unset): [read-only]
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
        accountant_or_similar (bool | Unset): [read-only]
        company_migration (ClientCompanyMigration | Unset): [read-only] If the company was migrated from another system,
            this field will contain the name of the system it was migrated from.
        invoice_show_delivery_date (bool | Unset): [read-only]
        customer_company_id (int | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        name = self.name

        display_name = self.display_name

        start_date = self.start_date

        end_date = self.end_date

        organization_number = self.organization_number

        email = self.email

        phone_number = self.phone_number

        phone_number_mobile = self.phone_number_mobile

        fax_number = self.fax_number

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        accountant_or_similar = self.accountant_or_similar

        company_migration: str | Unset = UNSET
        if not isinstance(self.company_migration, Unset):
            company_migration = self.company_migration.value

        invoice_show_delivery_date = self.invoice_show_delivery_date

        customer_company_id = self.customer_company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if fax_number is not UNSET:
            field_dict["faxNumber"] = fax_number
        if address is not UNSET:
            field_dict["address"] = address
        if type_ is not UNSET:
            field_dict["type"] = type_
        if currency is not UNSET:
            field_dict["currency"] = currency
        if accountant_or_similar is not UNSET and not _in_request:
            field_dict["accountantOrSimilar"] = accountant_or_similar
        if company_migration is not UNSET and not _in_request:
            field_dict["companyMigration"] = company_migration
        if invoice_show_delivery_date is not UNSET and not _in_request:
            field_dict["invoiceShowDeliveryDate"] = invoice_show_delivery_date
        if customer_company_id is not UNSET and not _in_request:
            field_dict["customerCompanyId"] = customer_company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Client from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_address(_tx_v: Any) -> Address | Unset:
            _address = _tx_v
            address: Address | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = Address._tx_from_json(_address)

            return address

        def _p_type_(_tx_v: Any) -> ClientType | Unset:
            _type_ = _tx_v
            type_: ClientType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ClientType(_type_)

            return type_

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_company_migration(_tx_v: Any) -> ClientCompanyMigration | Unset:
            _company_migration = _tx_v
            company_migration: ClientCompanyMigration | Unset
            if isinstance(_company_migration, Unset):
                company_migration = UNSET
            else:
                company_migration = ClientCompanyMigration(_company_migration)

            return company_migration

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "display_name": ("displayName", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "organization_number": ("organizationNumber", None),
            "email": ("email", None),
            "phone_number": ("phoneNumber", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "fax_number": ("faxNumber", None),
            "address": ("address", _p_address),
            "type_": ("type", _p_type_),
            "currency": ("currency", _p_currency),
            "accountant_or_similar": ("accountantOrSimilar", None),
            "company_migration": ("companyMigration", _p_company_migration),
            "invoice_show_delivery_date": ("invoiceShowDeliveryDate", None),
            "customer_company_id": ("customerCompanyId", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
