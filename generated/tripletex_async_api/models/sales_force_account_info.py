from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_force_account_info_active_main_module import SalesForceAccountInfoActiveMainModule
from ..models.sales_force_account_info_contact_sales_module import SalesForceAccountInfoContactSalesModule
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
    from ..models.customer_category import CustomerCategory
    from ..models.sales_force_opportunity import SalesForceOpportunity


T = TypeVar("T", bound="SalesForceAccountInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("activeMainModule", str, False),
    ("salesForceOpportunityDTO", dict, False),
    ("postalAddress", dict, False),
    ("physicalAddress", dict, False),
    ("category1", dict, False),
    ("category2", dict, False),
    ("category3", dict, False),
    ("contactSalesModule", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalesForceAccountInfo(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        customer_company_id (int | Unset): [read-only]
        creator_company_id (int | Unset): [read-only] Represents the companyId of the creator of the account
        creator_company_sales_representative_id (int | Unset): [read-only] The employeeId of the sales representative
            assigned to the creator company
        is_reseller (bool | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        is_auditor (bool | Unset): [read-only]
        is_suspended (bool | Unset): [read-only]
        is_deleted (bool | Unset): [read-only]
        module_accountant_connect_client (bool | Unset): [read-only]
        register_date (str | Unset): [read-only] Tripletex account register Date
        start_date (str | Unset): [read-only] Tripletex account start Date
        end_date (str | Unset): [read-only] Tripletex account end Date
        invoice_start_date (str | Unset): [read-only] Tripletex account invoice start date
        invoice_postpone_date (str | Unset): [read-only] Tripletex account invoice postpone date
        active_main_module (SalesForceAccountInfoActiveMainModule | Unset): [read-only] Active main module
        sales_force_opportunity_dto (SalesForceOpportunity | Unset): Company opportunity
        employee_id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        organization_number (str | Unset): [read-only]
        customer_number (int | Unset): [read-only]
        email (str | Unset): [read-only]
        invoice_email (str | Unset): [read-only]
        overdue_notice_email (str | Unset): [read-only] The email address of the customer where the noticing emails are
            sent in case of an overdue
        phone_number (str | Unset): [read-only]
        phone_number_mobile (str | Unset): [read-only]
        single_customer_invoice (bool | Unset): [read-only] Enables various orders on one customer invoice.
        postal_address (Address | Unset): Address tied to the employee
        physical_address (Address | Unset): Address tied to the employee
        category1 (CustomerCategory | Unset): Category 3 of this supplier
        category2 (CustomerCategory | Unset): Category 3 of this supplier
        category3 (CustomerCategory | Unset): Category 3 of this supplier
        invoices_due_in (int | Unset): [read-only] Number of days/months in which invoices created from this customer is
            due
        user_sales_representative_id (int | Unset): [read-only] Sales representative of the Tripletex account
        account_manager_id (int | Unset): [read-only] Manager of the Tripletex account
        account_owner_id (int | Unset): [read-only] Employee id of the admin added when the account was created
        is_blacklisted_for_sticos (bool | Unset): [read-only] Is this user blacklisted for Sticos access
        login_employee_id (int | Unset): [read-only] Login employee
        is_contact_sales (bool | Unset): [read-only] Is the update triggered by the contact sales button
        contact_sales_module (SalesForceAccountInfoContactSalesModule | Unset): [read-only] Module which contact sales
            button references.
        inactive (bool | Unset):
        private_individual (bool | Unset):
        supplier (bool | Unset):
        customer (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_company_id: int | Unset = UNSET
    creator_company_id: int | Unset = UNSET
    creator_company_sales_representative_id: int | Unset = UNSET
    is_reseller: bool | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    is_auditor: bool | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    module_accountant_connect_client: bool | Unset = UNSET
    register_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    invoice_start_date: str | Unset = UNSET
    invoice_postpone_date: str | Unset = UNSET
    active_main_module: SalesForceAccountInfoActiveMainModule | Unset = UNSET
    sales_force_opportunity_dto: SalesForceOpportunity | Unset = UNSET
    employee_id: int | Unset = UNSET
    name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    customer_number: int | Unset = UNSET
    email: str | Unset = UNSET
    invoice_email: str | Unset = UNSET
    overdue_notice_email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    single_customer_invoice: bool | Unset = UNSET
    postal_address: Address | Unset = UNSET
    physical_address: Address | Unset = UNSET
    category1: CustomerCategory | Unset = UNSET
    category2: CustomerCategory | Unset = UNSET
    category3: CustomerCategory | Unset = UNSET
    invoices_due_in: int | Unset = UNSET
    user_sales_representative_id: int | Unset = UNSET
    account_manager_id: int | Unset = UNSET
    account_owner_id: int | Unset = UNSET
    is_blacklisted_for_sticos: bool | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    is_contact_sales: bool | Unset = UNSET
    contact_sales_module: SalesForceAccountInfoContactSalesModule | Unset = UNSET
    inactive: bool | Unset = UNSET
    private_individual: bool | Unset = UNSET
    supplier: bool | Unset = UNSET
    customer: bool | Unset = UNSET
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

        customer_id = self.customer_id

        customer_company_id = self.customer_company_id

        creator_company_id = self.creator_company_id

        creator_company_sales_representative_id = self.creator_company_sales_representative_id

        is_reseller = self.is_reseller

        is_accountant = self.is_accountant

        is_auditor = self.is_auditor

        is_suspended = self.is_suspended

        is_deleted = self.is_deleted

        module_accountant_connect_client = self.module_accountant_connect_client

        register_date = self.register_date

        start_date = self.start_date

        end_date = self.end_date

        invoice_start_date = self.invoice_start_date

        invoice_postpone_date = self.invoice_postpone_date

        active_main_module: str | Unset = UNSET
        if not isinstance(self.active_main_module, Unset):
            active_main_module = self.active_main_module.value

        sales_force_opportunity_dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_force_opportunity_dto, Unset):
            sales_force_opportunity_dto = self.sales_force_opportunity_dto.to_dict()

        employee_id = self.employee_id

        name = self.name

        organization_number = self.organization_number

        customer_number = self.customer_number

        email = self.email

        invoice_email = self.invoice_email

        overdue_notice_email = self.overdue_notice_email

        phone_number = self.phone_number

        phone_number_mobile = self.phone_number_mobile

        single_customer_invoice = self.single_customer_invoice

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        physical_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.physical_address, Unset):
            physical_address = self.physical_address.to_dict()

        category1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category1, Unset):
            category1 = self.category1.to_dict()

        category2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category2, Unset):
            category2 = self.category2.to_dict()

        category3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category3, Unset):
            category3 = self.category3.to_dict()

        invoices_due_in = self.invoices_due_in

        user_sales_representative_id = self.user_sales_representative_id

        account_manager_id = self.account_manager_id

        account_owner_id = self.account_owner_id

        is_blacklisted_for_sticos = self.is_blacklisted_for_sticos

        login_employee_id = self.login_employee_id

        is_contact_sales = self.is_contact_sales

        contact_sales_module: str | Unset = UNSET
        if not isinstance(self.contact_sales_module, Unset):
            contact_sales_module = self.contact_sales_module.value

        inactive = self.inactive

        private_individual = self.private_individual

        supplier = self.supplier

        customer = self.customer

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
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if customer_company_id is not UNSET and not _in_request:
            field_dict["customerCompanyId"] = customer_company_id
        if creator_company_id is not UNSET and not _in_request:
            field_dict["creatorCompanyId"] = creator_company_id
        if creator_company_sales_representative_id is not UNSET and not _in_request:
            field_dict["creatorCompanySalesRepresentativeId"] = creator_company_sales_representative_id
        if is_reseller is not UNSET and not _in_request:
            field_dict["isReseller"] = is_reseller
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if is_auditor is not UNSET and not _in_request:
            field_dict["isAuditor"] = is_auditor
        if is_suspended is not UNSET and not _in_request:
            field_dict["isSuspended"] = is_suspended
        if is_deleted is not UNSET and not _in_request:
            field_dict["isDeleted"] = is_deleted
        if module_accountant_connect_client is not UNSET and not _in_request:
            field_dict["moduleAccountantConnectClient"] = module_accountant_connect_client
        if register_date is not UNSET and not _in_request:
            field_dict["registerDate"] = register_date
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if invoice_start_date is not UNSET and not _in_request:
            field_dict["invoiceStartDate"] = invoice_start_date
        if invoice_postpone_date is not UNSET and not _in_request:
            field_dict["invoicePostponeDate"] = invoice_postpone_date
        if active_main_module is not UNSET and not _in_request:
            field_dict["activeMainModule"] = active_main_module
        if sales_force_opportunity_dto is not UNSET:
            field_dict["salesForceOpportunityDTO"] = sales_force_opportunity_dto
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if organization_number is not UNSET and not _in_request:
            field_dict["organizationNumber"] = organization_number
        if customer_number is not UNSET and not _in_request:
            field_dict["customerNumber"] = customer_number
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if invoice_email is not UNSET and not _in_request:
            field_dict["invoiceEmail"] = invoice_email
        if overdue_notice_email is not UNSET and not _in_request:
            field_dict["overdueNoticeEmail"] = overdue_notice_email
        if phone_number is not UNSET and not _in_request:
            field_dict["phoneNumber"] = phone_number
        if phone_number_mobile is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if single_customer_invoice is not UNSET and not _in_request:
            field_dict["singleCustomerInvoice"] = single_customer_invoice
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if physical_address is not UNSET:
            field_dict["physicalAddress"] = physical_address
        if category1 is not UNSET:
            field_dict["category1"] = category1
        if category2 is not UNSET:
            field_dict["category2"] = category2
        if category3 is not UNSET:
            field_dict["category3"] = category3
        if invoices_due_in is not UNSET and not _in_request:
            field_dict["invoicesDueIn"] = invoices_due_in
        if user_sales_representative_id is not UNSET and not _in_request:
            field_dict["userSalesRepresentativeId"] = user_sales_representative_id
        if account_manager_id is not UNSET and not _in_request:
            field_dict["accountManagerId"] = account_manager_id
        if account_owner_id is not UNSET and not _in_request:
            field_dict["accountOwnerId"] = account_owner_id
        if is_blacklisted_for_sticos is not UNSET and not _in_request:
            field_dict["isBlacklistedForSticos"] = is_blacklisted_for_sticos
        if login_employee_id is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = login_employee_id
        if is_contact_sales is not UNSET and not _in_request:
            field_dict["isContactSales"] = is_contact_sales
        if contact_sales_module is not UNSET and not _in_request:
            field_dict["contactSalesModule"] = contact_sales_module
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if private_individual is not UNSET:
            field_dict["privateIndividual"] = private_individual
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalesForceAccountInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.sales_force_opportunity import SalesForceOpportunity  # noqa: PLC0415

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

        def _p_active_main_module(_tx_v: Any) -> SalesForceAccountInfoActiveMainModule | Unset:
            _active_main_module = _tx_v
            active_main_module: SalesForceAccountInfoActiveMainModule | Unset
            if isinstance(_active_main_module, Unset):
                active_main_module = UNSET
            else:
                active_main_module = SalesForceAccountInfoActiveMainModule(_active_main_module)

            return active_main_module

        def _p_sales_force_opportunity_dto(_tx_v: Any) -> SalesForceOpportunity | Unset:
            _sales_force_opportunity_dto = _tx_v
            sales_force_opportunity_dto: SalesForceOpportunity | Unset
            if isinstance(_sales_force_opportunity_dto, Unset):
                sales_force_opportunity_dto = UNSET
            else:
                sales_force_opportunity_dto = SalesForceOpportunity._tx_from_json(_sales_force_opportunity_dto)

            return sales_force_opportunity_dto

        def _p_postal_address(_tx_v: Any) -> Address | Unset:
            _postal_address = _tx_v
            postal_address: Address | Unset
            if isinstance(_postal_address, Unset):
                postal_address = UNSET
            else:
                postal_address = Address._tx_from_json(_postal_address)

            return postal_address

        def _p_physical_address(_tx_v: Any) -> Address | Unset:
            _physical_address = _tx_v
            physical_address: Address | Unset
            if isinstance(_physical_address, Unset):
                physical_address = UNSET
            else:
                physical_address = Address._tx_from_json(_physical_address)

            return physical_address

        def _p_category1(_tx_v: Any) -> CustomerCategory | Unset:
            _category1 = _tx_v
            category1: CustomerCategory | Unset
            if isinstance(_category1, Unset):
                category1 = UNSET
            else:
                category1 = CustomerCategory._tx_from_json(_category1)

            return category1

        def _p_category2(_tx_v: Any) -> CustomerCategory | Unset:
            _category2 = _tx_v
            category2: CustomerCategory | Unset
            if isinstance(_category2, Unset):
                category2 = UNSET
            else:
                category2 = CustomerCategory._tx_from_json(_category2)

            return category2

        def _p_category3(_tx_v: Any) -> CustomerCategory | Unset:
            _category3 = _tx_v
            category3: CustomerCategory | Unset
            if isinstance(_category3, Unset):
                category3 = UNSET
            else:
                category3 = CustomerCategory._tx_from_json(_category3)

            return category3

        def _p_contact_sales_module(_tx_v: Any) -> SalesForceAccountInfoContactSalesModule | Unset:
            _contact_sales_module = _tx_v
            contact_sales_module: SalesForceAccountInfoContactSalesModule | Unset
            if isinstance(_contact_sales_module, Unset):
                contact_sales_module = UNSET
            else:
                contact_sales_module = SalesForceAccountInfoContactSalesModule(_contact_sales_module)

            return contact_sales_module

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "customerId",
                "customerCompanyId",
                "creatorCompanyId",
                "creatorCompanySalesRepresentativeId",
                "isReseller",
                "isAccountant",
                "isAuditor",
                "isSuspended",
                "isDeleted",
                "moduleAccountantConnectClient",
                "registerDate",
                "startDate",
                "endDate",
                "invoiceStartDate",
                "invoicePostponeDate",
                "activeMainModule",
                "salesForceOpportunityDTO",
                "employeeId",
                "name",
                "organizationNumber",
                "customerNumber",
                "email",
                "invoiceEmail",
                "overdueNoticeEmail",
                "phoneNumber",
                "phoneNumberMobile",
                "singleCustomerInvoice",
                "postalAddress",
                "physicalAddress",
                "category1",
                "category2",
                "category3",
                "invoicesDueIn",
                "userSalesRepresentativeId",
                "accountManagerId",
                "accountOwnerId",
                "isBlacklistedForSticos",
                "loginEmployeeId",
                "isContactSales",
                "contactSalesModule",
                "inactive",
                "privateIndividual",
                "supplier",
                "customer",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "customer_id": ("customerId", None),
            "customer_company_id": ("customerCompanyId", None),
            "creator_company_id": ("creatorCompanyId", None),
            "creator_company_sales_representative_id": ("creatorCompanySalesRepresentativeId", None),
            "is_reseller": ("isReseller", None),
            "is_accountant": ("isAccountant", None),
            "is_auditor": ("isAuditor", None),
            "is_suspended": ("isSuspended", None),
            "is_deleted": ("isDeleted", None),
            "module_accountant_connect_client": ("moduleAccountantConnectClient", None),
            "register_date": ("registerDate", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "invoice_start_date": ("invoiceStartDate", None),
            "invoice_postpone_date": ("invoicePostponeDate", None),
            "active_main_module": ("activeMainModule", _p_active_main_module),
            "sales_force_opportunity_dto": ("salesForceOpportunityDTO", _p_sales_force_opportunity_dto),
            "employee_id": ("employeeId", None),
            "name": ("name", None),
            "organization_number": ("organizationNumber", None),
            "customer_number": ("customerNumber", None),
            "email": ("email", None),
            "invoice_email": ("invoiceEmail", None),
            "overdue_notice_email": ("overdueNoticeEmail", None),
            "phone_number": ("phoneNumber", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "single_customer_invoice": ("singleCustomerInvoice", None),
            "postal_address": ("postalAddress", _p_postal_address),
            "physical_address": ("physicalAddress", _p_physical_address),
            "category1": ("category1", _p_category1),
            "category2": ("category2", _p_category2),
            "category3": ("category3", _p_category3),
            "invoices_due_in": ("invoicesDueIn", None),
            "user_sales_representative_id": ("userSalesRepresentativeId", None),
            "account_manager_id": ("accountManagerId", None),
            "account_owner_id": ("accountOwnerId", None),
            "is_blacklisted_for_sticos": ("isBlacklistedForSticos", None),
            "login_employee_id": ("loginEmployeeId", None),
            "is_contact_sales": ("isContactSales", None),
            "contact_sales_module": ("contactSalesModule", _p_contact_sales_module),
            "inactive": ("inactive", None),
            "private_individual": ("privateIndividual", None),
            "supplier": ("supplier", None),
            "customer": ("customer", None),
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
