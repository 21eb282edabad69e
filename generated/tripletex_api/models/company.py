from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_company_migration import CompanyCompanyMigration
from ..models.company_type import CompanyType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change
    from ..models.currency import Currency


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """Vendor of the product

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
        type_ (CompanyType | Unset):
        currency (Currency | Unset):
        accountant_or_similar (bool | Unset): [read-only]
        company_migration (CompanyCompanyMigration | Unset): [read-only] If the company was migrated from another
            system, this field will contain the name of the system it was migrated from.
        invoice_show_delivery_date (bool | Unset): [read-only]
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
    type_: CompanyType | Unset = UNSET
    currency: Currency | Unset = UNSET
    accountant_or_similar: bool | Unset = UNSET
    company_migration: CompanyCompanyMigration | Unset = UNSET
    invoice_show_delivery_date: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("displayName", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        fax_number = d.pop("faxNumber", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        _type_ = d.pop("type", UNSET)
        type_: CompanyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CompanyType(_type_)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        accountant_or_similar = d.pop("accountantOrSimilar", UNSET)

        _company_migration = d.pop("companyMigration", UNSET)
        company_migration: CompanyCompanyMigration | Unset
        if isinstance(_company_migration, Unset):
            company_migration = UNSET
        else:
            company_migration = CompanyCompanyMigration(_company_migration)

        invoice_show_delivery_date = d.pop("invoiceShowDeliveryDate", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            display_name=display_name,
            start_date=start_date,
            end_date=end_date,
            organization_number=organization_number,
            email=email,
            phone_number=phone_number,
            phone_number_mobile=phone_number_mobile,
            fax_number=fax_number,
            address=address,
            type_=type_,
            currency=currency,
            accountant_or_similar=accountant_or_similar,
            company_migration=company_migration,
            invoice_show_delivery_date=invoice_show_delivery_date,
        )

        _obj.additional_properties = d
        return _obj

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
