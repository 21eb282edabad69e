from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_force_account_info_active_main_module import SalesForceAccountInfoActiveMainModule
from ..models.sales_force_account_info_contact_sales_module import SalesForceAccountInfoContactSalesModule
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change
    from ..models.customer_category import CustomerCategory
    from ..models.sales_force_opportunity import SalesForceOpportunity


T = TypeVar("T", bound="SalesForceAccountInfo")


@_attrs_define
class SalesForceAccountInfo:
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
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.sales_force_opportunity import SalesForceOpportunity  # noqa: PLC0415

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

        customer_id = d.pop("customerId", UNSET)

        customer_company_id = d.pop("customerCompanyId", UNSET)

        creator_company_id = d.pop("creatorCompanyId", UNSET)

        creator_company_sales_representative_id = d.pop("creatorCompanySalesRepresentativeId", UNSET)

        is_reseller = d.pop("isReseller", UNSET)

        is_accountant = d.pop("isAccountant", UNSET)

        is_auditor = d.pop("isAuditor", UNSET)

        is_suspended = d.pop("isSuspended", UNSET)

        is_deleted = d.pop("isDeleted", UNSET)

        module_accountant_connect_client = d.pop("moduleAccountantConnectClient", UNSET)

        register_date = d.pop("registerDate", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        invoice_start_date = d.pop("invoiceStartDate", UNSET)

        invoice_postpone_date = d.pop("invoicePostponeDate", UNSET)

        _active_main_module = d.pop("activeMainModule", UNSET)
        active_main_module: SalesForceAccountInfoActiveMainModule | Unset
        if isinstance(_active_main_module, Unset):
            active_main_module = UNSET
        else:
            active_main_module = SalesForceAccountInfoActiveMainModule(_active_main_module)

        _sales_force_opportunity_dto = d.pop("salesForceOpportunityDTO", UNSET)
        sales_force_opportunity_dto: SalesForceOpportunity | Unset
        if isinstance(_sales_force_opportunity_dto, Unset):
            sales_force_opportunity_dto = UNSET
        else:
            sales_force_opportunity_dto = SalesForceOpportunity.from_dict(_sales_force_opportunity_dto)

        employee_id = d.pop("employeeId", UNSET)

        name = d.pop("name", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        customer_number = d.pop("customerNumber", UNSET)

        email = d.pop("email", UNSET)

        invoice_email = d.pop("invoiceEmail", UNSET)

        overdue_notice_email = d.pop("overdueNoticeEmail", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        single_customer_invoice = d.pop("singleCustomerInvoice", UNSET)

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

        invoices_due_in = d.pop("invoicesDueIn", UNSET)

        user_sales_representative_id = d.pop("userSalesRepresentativeId", UNSET)

        account_manager_id = d.pop("accountManagerId", UNSET)

        account_owner_id = d.pop("accountOwnerId", UNSET)

        is_blacklisted_for_sticos = d.pop("isBlacklistedForSticos", UNSET)

        login_employee_id = d.pop("loginEmployeeId", UNSET)

        is_contact_sales = d.pop("isContactSales", UNSET)

        _contact_sales_module = d.pop("contactSalesModule", UNSET)
        contact_sales_module: SalesForceAccountInfoContactSalesModule | Unset
        if isinstance(_contact_sales_module, Unset):
            contact_sales_module = UNSET
        else:
            contact_sales_module = SalesForceAccountInfoContactSalesModule(_contact_sales_module)

        inactive = d.pop("inactive", UNSET)

        private_individual = d.pop("privateIndividual", UNSET)

        supplier = d.pop("supplier", UNSET)

        customer = d.pop("customer", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            customer_id=customer_id,
            customer_company_id=customer_company_id,
            creator_company_id=creator_company_id,
            creator_company_sales_representative_id=creator_company_sales_representative_id,
            is_reseller=is_reseller,
            is_accountant=is_accountant,
            is_auditor=is_auditor,
            is_suspended=is_suspended,
            is_deleted=is_deleted,
            module_accountant_connect_client=module_accountant_connect_client,
            register_date=register_date,
            start_date=start_date,
            end_date=end_date,
            invoice_start_date=invoice_start_date,
            invoice_postpone_date=invoice_postpone_date,
            active_main_module=active_main_module,
            sales_force_opportunity_dto=sales_force_opportunity_dto,
            employee_id=employee_id,
            name=name,
            organization_number=organization_number,
            customer_number=customer_number,
            email=email,
            invoice_email=invoice_email,
            overdue_notice_email=overdue_notice_email,
            phone_number=phone_number,
            phone_number_mobile=phone_number_mobile,
            single_customer_invoice=single_customer_invoice,
            postal_address=postal_address,
            physical_address=physical_address,
            category1=category1,
            category2=category2,
            category3=category3,
            invoices_due_in=invoices_due_in,
            user_sales_representative_id=user_sales_representative_id,
            account_manager_id=account_manager_id,
            account_owner_id=account_owner_id,
            is_blacklisted_for_sticos=is_blacklisted_for_sticos,
            login_employee_id=login_employee_id,
            is_contact_sales=is_contact_sales,
            contact_sales_module=contact_sales_module,
            inactive=inactive,
            private_individual=private_individual,
            supplier=supplier,
            customer=customer,
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
