from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supplier_language import SupplierLanguage
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
class Supplier(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        organization_number (str | Unset):
        supplier_number (int | Unset):
        customer_number (int | Unset):
        is_supplier (bool | Unset):
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
        is_wholesaler (bool | Unset):
        display_name (str | Unset):
        locale (str | Unset):
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
        _v = self.organization_number
        if _v is not UNSET:
            field_dict["organizationNumber"] = _v
        _v = self.supplier_number
        if _v is not UNSET:
            field_dict["supplierNumber"] = _v
        _v = self.customer_number
        if _v is not UNSET:
            field_dict["customerNumber"] = _v
        _v = self.is_supplier
        if _v is not UNSET and not _in_request:
            field_dict["isSupplier"] = _v
        _v = self.is_customer
        if _v is not UNSET:
            field_dict["isCustomer"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.bank_accounts
        if _v is not UNSET:
            field_dict["bankAccounts"] = _v
        _v = self.invoice_email
        if _v is not UNSET:
            field_dict["invoiceEmail"] = _v
        _v = self.overdue_notice_email
        if _v is not UNSET:
            field_dict["overdueNoticeEmail"] = _v
        _v = self.phone_number
        if _v is not UNSET:
            field_dict["phoneNumber"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET:
            field_dict["phoneNumberMobile"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.is_private_individual
        if _v is not UNSET:
            field_dict["isPrivateIndividual"] = _v
        _v = self.show_products
        if _v is not UNSET:
            field_dict["showProducts"] = _v
        _v = self.account_manager
        if _v is not UNSET:
            field_dict["accountManager"] = _v.to_dict()
        _v = self.postal_address
        if _v is not UNSET:
            field_dict["postalAddress"] = _v.to_dict()
        _v = self.physical_address
        if _v is not UNSET:
            field_dict["physicalAddress"] = _v.to_dict()
        _v = self.delivery_address
        if _v is not UNSET:
            field_dict["deliveryAddress"] = _v.to_dict()
        _v = self.category1
        if _v is not UNSET:
            field_dict["category1"] = _v.to_dict()
        _v = self.category2
        if _v is not UNSET:
            field_dict["category2"] = _v.to_dict()
        _v = self.category3
        if _v is not UNSET:
            field_dict["category3"] = _v.to_dict()
        _v = self.bank_account_presentation
        if _v is not UNSET:
            field_dict["bankAccountPresentation"] = [_e.to_dict() for _e in _v]
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.ledger_account
        if _v is not UNSET:
            field_dict["ledgerAccount"] = _v.to_dict()
        _v = self.language
        if _v is not UNSET:
            field_dict["language"] = _v._value_
        _v = self.is_wholesaler
        if _v is not UNSET and not _in_request:
            field_dict["isWholesaler"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.locale
        if _v is not UNSET and not _in_request:
            field_dict["locale"] = _v
        _v = self.website
        if _v is not UNSET:
            field_dict["website"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Supplier from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Supplier.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_bank_account_presentation import CompanyBankAccountPresentation  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_language: dict[Any, Any] = enum_members(SupplierLanguage)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "organizationNumber",
                "supplierNumber",
                "customerNumber",
                "isSupplier",
                "isCustomer",
                "isInactive",
                "email",
                "bankAccounts",
                "invoiceEmail",
                "overdueNoticeEmail",
                "phoneNumber",
                "phoneNumberMobile",
                "description",
                "isPrivateIndividual",
                "showProducts",
                "accountManager",
                "postalAddress",
                "physicalAddress",
                "deliveryAddress",
                "category1",
                "category2",
                "category3",
                "bankAccountPresentation",
                "currency",
                "ledgerAccount",
                "language",
                "isWholesaler",
                "displayName",
                "locale",
                "website",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "organizationNumber": "organization_number",
            "supplierNumber": "supplier_number",
            "customerNumber": "customer_number",
            "isSupplier": "is_supplier",
            "isCustomer": "is_customer",
            "isInactive": "is_inactive",
            "email": "email",
            "invoiceEmail": "invoice_email",
            "overdueNoticeEmail": "overdue_notice_email",
            "phoneNumber": "phone_number",
            "phoneNumberMobile": "phone_number_mobile",
            "description": "description",
            "isPrivateIndividual": "is_private_individual",
            "showProducts": "show_products",
            "isWholesaler": "is_wholesaler",
            "displayName": "display_name",
            "locale": "locale",
            "website": "website",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.organization_number = o.supplier_number = (
                        o.customer_number
                    ) = o.is_supplier = o.is_customer = o.is_inactive = o.email = o.bank_accounts = o.invoice_email = (
                        o.overdue_notice_email
                    ) = o.phone_number = o.phone_number_mobile = o.description = o.is_private_individual = (
                        o.show_products
                    ) = o.account_manager = o.postal_address = o.physical_address = o.delivery_address = o.category1 = (
                        o.category2
                    ) = o.category3 = o.bank_account_presentation = o.currency = o.ledger_account = o.language = (
                        o.is_wholesaler
                    ) = o.display_name = o.locale = o.website = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.organization_number = o.supplier_number = (
                        o.customer_number
                    ) = o.is_supplier = o.is_customer = o.is_inactive = o.email = o.bank_accounts = o.invoice_email = (
                        o.overdue_notice_email
                    ) = o.phone_number = o.phone_number_mobile = o.description = o.is_private_individual = (
                        o.show_products
                    ) = o.account_manager = o.postal_address = o.physical_address = o.delivery_address = o.category1 = (
                        o.category2
                    ) = o.category3 = o.bank_account_presentation = o.currency = o.ledger_account = o.language = (
                        o.is_wholesaler
                    ) = o.display_name = o.locale = o.website = UNSET
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
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                v = g("supplierNumber")
                if v is None:
                    o.supplier_number = u
                    if "supplierNumber" not in d:
                        m += 1
                else:
                    o.supplier_number = v
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("isSupplier")
                if v is None:
                    o.is_supplier = u
                    if "isSupplier" not in d:
                        m += 1
                else:
                    o.is_supplier = v
                v = g("isCustomer")
                if v is None:
                    o.is_customer = u
                    if "isCustomer" not in d:
                        m += 1
                else:
                    o.is_customer = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                k = "bankAccounts"
                v = g("bankAccounts")
                if v is None:
                    o.bank_accounts = u
                    if "bankAccounts" not in d:
                        m += 1
                else:
                    o.bank_accounts = v
                v = g("invoiceEmail")
                if v is None:
                    o.invoice_email = u
                    if "invoiceEmail" not in d:
                        m += 1
                else:
                    o.invoice_email = v
                v = g("overdueNoticeEmail")
                if v is None:
                    o.overdue_notice_email = u
                    if "overdueNoticeEmail" not in d:
                        m += 1
                else:
                    o.overdue_notice_email = v
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
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("isPrivateIndividual")
                if v is None:
                    o.is_private_individual = u
                    if "isPrivateIndividual" not in d:
                        m += 1
                else:
                    o.is_private_individual = v
                v = g("showProducts")
                if v is None:
                    o.show_products = u
                    if "showProducts" not in d:
                        m += 1
                else:
                    o.show_products = v
                k = "accountManager"
                v = g("accountManager")
                if v is None:
                    o.account_manager = u
                    if "accountManager" not in d:
                        m += 1
                else:
                    o.account_manager = Employee._tx_parse(v)
                k = "postalAddress"
                v = g("postalAddress")
                if v is None:
                    o.postal_address = u
                    if "postalAddress" not in d:
                        m += 1
                else:
                    o.postal_address = Address._tx_parse(v)
                k = "physicalAddress"
                v = g("physicalAddress")
                if v is None:
                    o.physical_address = u
                    if "physicalAddress" not in d:
                        m += 1
                else:
                    o.physical_address = Address._tx_parse(v)
                k = "deliveryAddress"
                v = g("deliveryAddress")
                if v is None:
                    o.delivery_address = u
                    if "deliveryAddress" not in d:
                        m += 1
                else:
                    o.delivery_address = DeliveryAddress._tx_parse(v)
                k = "category1"
                v = g("category1")
                if v is None:
                    o.category1 = u
                    if "category1" not in d:
                        m += 1
                else:
                    o.category1 = CustomerCategory._tx_parse(v)
                k = "category2"
                v = g("category2")
                if v is None:
                    o.category2 = u
                    if "category2" not in d:
                        m += 1
                else:
                    o.category2 = CustomerCategory._tx_parse(v)
                k = "category3"
                v = g("category3")
                if v is None:
                    o.category3 = u
                    if "category3" not in d:
                        m += 1
                else:
                    o.category3 = CustomerCategory._tx_parse(v)
                k = "bankAccountPresentation"
                v = g("bankAccountPresentation")
                if v is None:
                    o.bank_account_presentation = u
                    if "bankAccountPresentation" not in d:
                        m += 1
                else:
                    o.bank_account_presentation = (
                        ([CompanyBankAccountPresentation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "ledgerAccount"
                v = g("ledgerAccount")
                if v is None:
                    o.ledger_account = u
                    if "ledgerAccount" not in d:
                        m += 1
                else:
                    o.ledger_account = Account._tx_parse(v)
                k = "language"
                v = g("language")
                if v is None:
                    o.language = u
                    if "language" not in d:
                        m += 1
                else:
                    o.language = e_ if (e_ := _e_language.get(v)) is not None else enum_value(SupplierLanguage, v)
                v = g("isWholesaler")
                if v is None:
                    o.is_wholesaler = u
                    if "isWholesaler" not in d:
                        m += 1
                else:
                    o.is_wholesaler = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("locale")
                if v is None:
                    o.locale = u
                    if "locale" not in d:
                        m += 1
                else:
                    o.locale = v
                v = g("website")
                if v is None:
                    o.website = u
                    if "website" not in d:
                        m += 1
                else:
                    o.website = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 35 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("organization_number", "organizationNumber"),
            ("supplier_number", "supplierNumber"),
            ("customer_number", "customerNumber"),
            ("is_supplier", "isSupplier"),
            ("is_customer", "isCustomer"),
            ("is_inactive", "isInactive"),
            ("email", "email"),
            ("bank_accounts", "bankAccounts"),
            ("invoice_email", "invoiceEmail"),
            ("overdue_notice_email", "overdueNoticeEmail"),
            ("phone_number", "phoneNumber"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("description", "description"),
            ("is_private_individual", "isPrivateIndividual"),
            ("show_products", "showProducts"),
            ("account_manager", "accountManager"),
            ("postal_address", "postalAddress"),
            ("physical_address", "physicalAddress"),
            ("delivery_address", "deliveryAddress"),
            ("category1", "category1"),
            ("category2", "category2"),
            ("category3", "category3"),
            ("bank_account_presentation", "bankAccountPresentation"),
            ("currency", "currency"),
            ("ledger_account", "ledgerAccount"),
            ("language", "language"),
            ("is_wholesaler", "isWholesaler"),
            ("display_name", "displayName"),
            ("locale", "locale"),
            ("website", "website"),
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
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.supplier_number
            o.supplier_number = u if v is None else v
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.is_supplier
            o.is_supplier = u if v is None else v
            v = s.is_customer
            o.is_customer = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.bank_accounts
            o.bank_accounts = u if v is None or v is u else v
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.overdue_notice_email
            o.overdue_notice_email = u if v is None else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.is_private_individual
            o.is_private_individual = u if v is None else v
            v = s.show_products
            o.show_products = u if v is None else v
            v = s.account_manager
            o.account_manager = u if v is None or v is u else Employee._tx_parse(v)
            v = s.postal_address
            o.postal_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.physical_address
            o.physical_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.delivery_address
            o.delivery_address = u if v is None or v is u else DeliveryAddress._tx_parse(v)
            v = s.category1
            o.category1 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.category2
            o.category2 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.category3
            o.category3 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.bank_account_presentation
            o.bank_account_presentation = (
                u
                if v is None or v is u
                else ([CompanyBankAccountPresentation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.ledger_account
            o.ledger_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.language
            o.language = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_language.get(v)) is not None
                else enum_value(SupplierLanguage, v)
            )
            v = s.is_wholesaler
            o.is_wholesaler = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.locale
            o.locale = u if v is None else v
            v = s.website
            o.website = u if v is None else v
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
