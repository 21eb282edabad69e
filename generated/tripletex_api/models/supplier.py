from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_language import SupplierLanguage
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.address import Address
    from ..models.change import Change
    from ..models.company_bank_account_presentation import CompanyBankAccountPresentation
    from ..models.currency import Currency
    from ..models.customer_category import CustomerCategory
    from ..models.delivery_address import DeliveryAddress
    from ..models.employee import Employee


T = TypeVar("T", bound="Supplier")


@_attrs_define
class Supplier:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        organization_number (str | Unset):
        supplier_number (int | Unset):
        customer_number (int | Unset):
        is_supplier (bool | Unset): [read-only]
        is_customer (bool | Unset): Determine if the supplier is also a customer
        is_inactive (bool | Unset):
        email (str | Unset):
        bank_accounts (list[str] | Unset): [DEPRECATED] List of the bank account numbers for this supplier. Norwegian
            bank account numbers only.
        invoice_email (str | Unset):
        overdue_notice_email (str | Unset): The email address of the customer where the noticing emails are sent in case
            of an overdue
        phone_number (str | Unset):
        phone_number_mobile (str | Unset):
        description (str | Unset):
        is_private_individual (bool | Unset):
        show_products (bool | Unset):
        account_manager (Employee | Unset):
        postal_address (Address | Unset): Address tied to the employee
        physical_address (Address | Unset): Address tied to the employee
        delivery_address (DeliveryAddress | Unset): Delivery address of this order. This can be a new or existing
            address
            (useful to know, especially if the delivery is to a private person: if 'deliveryAddress.name' is set, we ignore
            the state of 'customer.id')
        category1 (CustomerCategory | Unset): Category 3 of this supplier
        category2 (CustomerCategory | Unset): Category 3 of this supplier
        category3 (CustomerCategory | Unset): Category 3 of this supplier
        bank_account_presentation (list[CompanyBankAccountPresentation] | Unset): List of bankAccount for this supplier
        currency (Currency | Unset):
        ledger_account (Account | Unset):
        language (SupplierLanguage | Unset):
        is_wholesaler (bool | Unset): [read-only]
        display_name (str | Unset): [read-only]
        locale (str | Unset): [read-only]
        website (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    supplier_number: int | Unset = UNSET
    customer_number: int | Unset = UNSET
    is_supplier: bool | Unset = UNSET
    is_customer: bool | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    email: str | Unset = UNSET
    bank_accounts: list[str] | Unset = UNSET
    invoice_email: str | Unset = UNSET
    overdue_notice_email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    description: str | Unset = UNSET
    is_private_individual: bool | Unset = UNSET
    show_products: bool | Unset = UNSET
    account_manager: Employee | Unset = UNSET
    postal_address: Address | Unset = UNSET
    physical_address: Address | Unset = UNSET
    delivery_address: DeliveryAddress | Unset = UNSET
    category1: CustomerCategory | Unset = UNSET
    category2: CustomerCategory | Unset = UNSET
    category3: CustomerCategory | Unset = UNSET
    bank_account_presentation: list[CompanyBankAccountPresentation] | Unset = UNSET
    currency: Currency | Unset = UNSET
    ledger_account: Account | Unset = UNSET
    language: SupplierLanguage | Unset = UNSET
    is_wholesaler: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    locale: str | Unset = UNSET
    website: str | Unset = UNSET
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

        organization_number = self.organization_number

        supplier_number = self.supplier_number

        customer_number = self.customer_number

        is_supplier = self.is_supplier

        is_customer = self.is_customer

        is_inactive = self.is_inactive

        email = self.email

        bank_accounts: list[str] | Unset = UNSET
        if not isinstance(self.bank_accounts, Unset):
            bank_accounts = self.bank_accounts

        invoice_email = self.invoice_email

        overdue_notice_email = self.overdue_notice_email

        phone_number = self.phone_number

        phone_number_mobile = self.phone_number_mobile

        description = self.description

        is_private_individual = self.is_private_individual

        show_products = self.show_products

        account_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_manager, Unset):
            account_manager = self.account_manager.to_dict()

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        physical_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.physical_address, Unset):
            physical_address = self.physical_address.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        category1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category1, Unset):
            category1 = self.category1.to_dict()

        category2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category2, Unset):
            category2 = self.category2.to_dict()

        category3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category3, Unset):
            category3 = self.category3.to_dict()

        bank_account_presentation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_account_presentation, Unset):
            bank_account_presentation = []
            for bank_account_presentation_item_data in self.bank_account_presentation:
                bank_account_presentation_item = bank_account_presentation_item_data.to_dict()
                bank_account_presentation.append(bank_account_presentation_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        ledger_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger_account, Unset):
            ledger_account = self.ledger_account.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        is_wholesaler = self.is_wholesaler

        display_name = self.display_name

        locale = self.locale

        website = self.website

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
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if supplier_number is not UNSET:
            field_dict["supplierNumber"] = supplier_number
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if is_supplier is not UNSET and not _in_request:
            field_dict["isSupplier"] = is_supplier
        if is_customer is not UNSET:
            field_dict["isCustomer"] = is_customer
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if email is not UNSET:
            field_dict["email"] = email
        if bank_accounts is not UNSET:
            field_dict["bankAccounts"] = bank_accounts
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if overdue_notice_email is not UNSET:
            field_dict["overdueNoticeEmail"] = overdue_notice_email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if description is not UNSET:
            field_dict["description"] = description
        if is_private_individual is not UNSET:
            field_dict["isPrivateIndividual"] = is_private_individual
        if show_products is not UNSET:
            field_dict["showProducts"] = show_products
        if account_manager is not UNSET:
            field_dict["accountManager"] = account_manager
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if physical_address is not UNSET:
            field_dict["physicalAddress"] = physical_address
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if category1 is not UNSET:
            field_dict["category1"] = category1
        if category2 is not UNSET:
            field_dict["category2"] = category2
        if category3 is not UNSET:
            field_dict["category3"] = category3
        if bank_account_presentation is not UNSET:
            field_dict["bankAccountPresentation"] = bank_account_presentation
        if currency is not UNSET:
            field_dict["currency"] = currency
        if ledger_account is not UNSET:
            field_dict["ledgerAccount"] = ledger_account
        if language is not UNSET:
            field_dict["language"] = language
        if is_wholesaler is not UNSET and not _in_request:
            field_dict["isWholesaler"] = is_wholesaler
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if locale is not UNSET and not _in_request:
            field_dict["locale"] = locale
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_bank_account_presentation import CompanyBankAccountPresentation  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

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

        organization_number = d.pop("organizationNumber", UNSET)

        supplier_number = d.pop("supplierNumber", UNSET)

        customer_number = d.pop("customerNumber", UNSET)

        is_supplier = d.pop("isSupplier", UNSET)

        is_customer = d.pop("isCustomer", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        email = d.pop("email", UNSET)

        bank_accounts = cast(list[str], d.pop("bankAccounts", UNSET))

        invoice_email = d.pop("invoiceEmail", UNSET)

        overdue_notice_email = d.pop("overdueNoticeEmail", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        description = d.pop("description", UNSET)

        is_private_individual = d.pop("isPrivateIndividual", UNSET)

        show_products = d.pop("showProducts", UNSET)

        _account_manager = d.pop("accountManager", UNSET)
        account_manager: Employee | Unset
        if isinstance(_account_manager, Unset):
            account_manager = UNSET
        else:
            account_manager = Employee.from_dict(_account_manager)

        _postal_address = d.pop("postalAddress", UNSET)
        postal_address: Address | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = Address.from_dict(_postal_address)

        _physical_address = d.pop("physicalAddress", UNSET)
        physical_address: Address | Unset
        if isinstance(_physical_address, Unset):
            physical_address = UNSET
        else:
            physical_address = Address.from_dict(_physical_address)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: DeliveryAddress | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = DeliveryAddress.from_dict(_delivery_address)

        _category1 = d.pop("category1", UNSET)
        category1: CustomerCategory | Unset
        if isinstance(_category1, Unset):
            category1 = UNSET
        else:
            category1 = CustomerCategory.from_dict(_category1)

        _category2 = d.pop("category2", UNSET)
        category2: CustomerCategory | Unset
        if isinstance(_category2, Unset):
            category2 = UNSET
        else:
            category2 = CustomerCategory.from_dict(_category2)

        _category3 = d.pop("category3", UNSET)
        category3: CustomerCategory | Unset
        if isinstance(_category3, Unset):
            category3 = UNSET
        else:
            category3 = CustomerCategory.from_dict(_category3)

        _bank_account_presentation = d.pop("bankAccountPresentation", UNSET)
        bank_account_presentation: list[CompanyBankAccountPresentation] | Unset = UNSET
        if _bank_account_presentation is not UNSET:
            bank_account_presentation = []
            for bank_account_presentation_item_data in _bank_account_presentation:
                if bank_account_presentation_item_data is None:
                    continue
                bank_account_presentation_item = CompanyBankAccountPresentation.from_dict(
                    bank_account_presentation_item_data
                )

                bank_account_presentation.append(bank_account_presentation_item)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _ledger_account = d.pop("ledgerAccount", UNSET)
        ledger_account: Account | Unset
        if isinstance(_ledger_account, Unset):
            ledger_account = UNSET
        else:
            ledger_account = Account.from_dict(_ledger_account)

        _language = d.pop("language", UNSET)
        language: SupplierLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = SupplierLanguage(_language)

        is_wholesaler = d.pop("isWholesaler", UNSET)

        display_name = d.pop("displayName", UNSET)

        locale = d.pop("locale", UNSET)

        website = d.pop("website", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            organization_number=organization_number,
            supplier_number=supplier_number,
            customer_number=customer_number,
            is_supplier=is_supplier,
            is_customer=is_customer,
            is_inactive=is_inactive,
            email=email,
            bank_accounts=bank_accounts,
            invoice_email=invoice_email,
            overdue_notice_email=overdue_notice_email,
            phone_number=phone_number,
            phone_number_mobile=phone_number_mobile,
            description=description,
            is_private_individual=is_private_individual,
            show_products=show_products,
            account_manager=account_manager,
            postal_address=postal_address,
            physical_address=physical_address,
            delivery_address=delivery_address,
            category1=category1,
            category2=category2,
            category3=category3,
            bank_account_presentation=bank_account_presentation,
            currency=currency,
            ledger_account=ledger_account,
            language=language,
            is_wholesaler=is_wholesaler,
            display_name=display_name,
            locale=locale,
            website=website,
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
