from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_force_account_info_active_main_module import SalesForceAccountInfoActiveMainModule
from ..models.sales_force_account_info_contact_sales_module import SalesForceAccountInfoContactSalesModule
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
    from ..models.customer_category import CustomerCategory
    from ..models.sales_force_opportunity import SalesForceOpportunity


T = TypeVar("T", bound="SalesForceAccountInfo")


@_attrs_define
class SalesForceAccountInfo(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        customer_id (int | Unset):
        customer_company_id (int | Unset):
        creator_company_id (int | Unset): Represents the companyId of the creator of the account
        creator_company_sales_representative_id (int | Unset): The employeeId of the sales representative assigned to
            the creator company
        is_reseller (bool | Unset):
        is_accountant (bool | Unset):
        is_auditor (bool | Unset):
        is_suspended (bool | Unset):
        is_deleted (bool | Unset):
        module_accountant_connect_client (bool | Unset):
        register_date (str | Unset): Tripletex account register Date
        start_date (str | Unset): Tripletex account start Date
        end_date (str | Unset): Tripletex account end Date
        invoice_start_date (str | Unset): Tripletex account invoice start date
        invoice_postpone_date (str | Unset): Tripletex account invoice postpone date
        active_main_module (SalesForceAccountInfoActiveMainModule | Unset): Active main module
        sales_force_opportunity_dto (SalesForceOpportunity | Unset): Company opportunity
        employee_id (int | Unset):
        name (str | Unset):
        organization_number (str | Unset):
        customer_number (int | Unset):
        email (str | Unset):
        invoice_email (str | Unset):
        overdue_notice_email (str | Unset): The email address of the customer where the noticing emails are sent in case
            of an overdue
        phone_number (str | Unset):
        phone_number_mobile (str | Unset):
        single_customer_invoice (bool | Unset): Enables various orders on one customer invoice.
        postal_address (Address | Unset): Address tied to the employee
        physical_address (Address | Unset): Address tied to the employee
        category1 (CustomerCategory | Unset): Category 3 of this supplier
        category2 (CustomerCategory | Unset): Category 3 of this supplier
        category3 (CustomerCategory | Unset): Category 3 of this supplier
        invoices_due_in (int | Unset): Number of days/months in which invoices created from this customer is due
        user_sales_representative_id (int | Unset): Sales representative of the Tripletex account
        account_manager_id (int | Unset): Manager of the Tripletex account
        account_owner_id (int | Unset): Employee id of the admin added when the account was created
        is_blacklisted_for_sticos (bool | Unset): Is this user blacklisted for Sticos access
        login_employee_id (int | Unset): Login employee
        is_contact_sales (bool | Unset): Is the update triggered by the contact sales button
        contact_sales_module (SalesForceAccountInfoContactSalesModule | Unset): Module which contact sales button
            references.
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
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.customer_company_id
        if _v is not UNSET and not _in_request:
            field_dict["customerCompanyId"] = _v
        _v = self.creator_company_id
        if _v is not UNSET and not _in_request:
            field_dict["creatorCompanyId"] = _v
        _v = self.creator_company_sales_representative_id
        if _v is not UNSET and not _in_request:
            field_dict["creatorCompanySalesRepresentativeId"] = _v
        _v = self.is_reseller
        if _v is not UNSET and not _in_request:
            field_dict["isReseller"] = _v
        _v = self.is_accountant
        if _v is not UNSET and not _in_request:
            field_dict["isAccountant"] = _v
        _v = self.is_auditor
        if _v is not UNSET and not _in_request:
            field_dict["isAuditor"] = _v
        _v = self.is_suspended
        if _v is not UNSET and not _in_request:
            field_dict["isSuspended"] = _v
        _v = self.is_deleted
        if _v is not UNSET and not _in_request:
            field_dict["isDeleted"] = _v
        _v = self.module_accountant_connect_client
        if _v is not UNSET and not _in_request:
            field_dict["moduleAccountantConnectClient"] = _v
        _v = self.register_date
        if _v is not UNSET and not _in_request:
            field_dict["registerDate"] = _v
        _v = self.start_date
        if _v is not UNSET and not _in_request:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET and not _in_request:
            field_dict["endDate"] = _v
        _v = self.invoice_start_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceStartDate"] = _v
        _v = self.invoice_postpone_date
        if _v is not UNSET and not _in_request:
            field_dict["invoicePostponeDate"] = _v
        _v = self.active_main_module
        if _v is not UNSET and not _in_request:
            field_dict["activeMainModule"] = _v._value_
        _v = self.sales_force_opportunity_dto
        if _v is not UNSET:
            field_dict["salesForceOpportunityDTO"] = _v.to_dict()
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.organization_number
        if _v is not UNSET and not _in_request:
            field_dict["organizationNumber"] = _v
        _v = self.customer_number
        if _v is not UNSET and not _in_request:
            field_dict["customerNumber"] = _v
        _v = self.email
        if _v is not UNSET and not _in_request:
            field_dict["email"] = _v
        _v = self.invoice_email
        if _v is not UNSET and not _in_request:
            field_dict["invoiceEmail"] = _v
        _v = self.overdue_notice_email
        if _v is not UNSET and not _in_request:
            field_dict["overdueNoticeEmail"] = _v
        _v = self.phone_number
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumber"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = _v
        _v = self.single_customer_invoice
        if _v is not UNSET and not _in_request:
            field_dict["singleCustomerInvoice"] = _v
        _v = self.postal_address
        if _v is not UNSET:
            field_dict["postalAddress"] = _v.to_dict()
        _v = self.physical_address
        if _v is not UNSET:
            field_dict["physicalAddress"] = _v.to_dict()
        _v = self.category1
        if _v is not UNSET:
            field_dict["category1"] = _v.to_dict()
        _v = self.category2
        if _v is not UNSET:
            field_dict["category2"] = _v.to_dict()
        _v = self.category3
        if _v is not UNSET:
            field_dict["category3"] = _v.to_dict()
        _v = self.invoices_due_in
        if _v is not UNSET and not _in_request:
            field_dict["invoicesDueIn"] = _v
        _v = self.user_sales_representative_id
        if _v is not UNSET and not _in_request:
            field_dict["userSalesRepresentativeId"] = _v
        _v = self.account_manager_id
        if _v is not UNSET and not _in_request:
            field_dict["accountManagerId"] = _v
        _v = self.account_owner_id
        if _v is not UNSET and not _in_request:
            field_dict["accountOwnerId"] = _v
        _v = self.is_blacklisted_for_sticos
        if _v is not UNSET and not _in_request:
            field_dict["isBlacklistedForSticos"] = _v
        _v = self.login_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = _v
        _v = self.is_contact_sales
        if _v is not UNSET and not _in_request:
            field_dict["isContactSales"] = _v
        _v = self.contact_sales_module
        if _v is not UNSET and not _in_request:
            field_dict["contactSalesModule"] = _v._value_
        _v = self.inactive
        if _v is not UNSET:
            field_dict["inactive"] = _v
        _v = self.private_individual
        if _v is not UNSET:
            field_dict["privateIndividual"] = _v
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalesForceAccountInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalesForceAccountInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.sales_force_opportunity import SalesForceOpportunity  # noqa: PLC0415

        _new = object.__new__
        _e_active_main_module: dict[Any, Any] = enum_members(SalesForceAccountInfoActiveMainModule)
        _e_contact_sales_module: dict[Any, Any] = enum_members(SalesForceAccountInfoContactSalesModule)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "customerId": "customer_id",
            "customerCompanyId": "customer_company_id",
            "creatorCompanyId": "creator_company_id",
            "creatorCompanySalesRepresentativeId": "creator_company_sales_representative_id",
            "isReseller": "is_reseller",
            "isAccountant": "is_accountant",
            "isAuditor": "is_auditor",
            "isSuspended": "is_suspended",
            "isDeleted": "is_deleted",
            "moduleAccountantConnectClient": "module_accountant_connect_client",
            "registerDate": "register_date",
            "startDate": "start_date",
            "endDate": "end_date",
            "invoiceStartDate": "invoice_start_date",
            "invoicePostponeDate": "invoice_postpone_date",
            "employeeId": "employee_id",
            "name": "name",
            "organizationNumber": "organization_number",
            "customerNumber": "customer_number",
            "email": "email",
            "invoiceEmail": "invoice_email",
            "overdueNoticeEmail": "overdue_notice_email",
            "phoneNumber": "phone_number",
            "phoneNumberMobile": "phone_number_mobile",
            "singleCustomerInvoice": "single_customer_invoice",
            "invoicesDueIn": "invoices_due_in",
            "userSalesRepresentativeId": "user_sales_representative_id",
            "accountManagerId": "account_manager_id",
            "accountOwnerId": "account_owner_id",
            "isBlacklistedForSticos": "is_blacklisted_for_sticos",
            "loginEmployeeId": "login_employee_id",
            "isContactSales": "is_contact_sales",
            "inactive": "inactive",
            "privateIndividual": "private_individual",
            "supplier": "supplier",
            "customer": "customer",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.customer_id = o.customer_company_id = (
                        o.creator_company_id
                    ) = o.creator_company_sales_representative_id = o.is_reseller = o.is_accountant = o.is_auditor = (
                        o.is_suspended
                    ) = o.is_deleted = o.module_accountant_connect_client = o.register_date = o.start_date = (
                        o.end_date
                    ) = o.invoice_start_date = o.invoice_postpone_date = o.active_main_module = (
                        o.sales_force_opportunity_dto
                    ) = o.employee_id = o.name = o.organization_number = o.customer_number = o.email = (
                        o.invoice_email
                    ) = o.overdue_notice_email = o.phone_number = o.phone_number_mobile = o.single_customer_invoice = (
                        o.postal_address
                    ) = o.physical_address = o.category1 = o.category2 = o.category3 = o.invoices_due_in = (
                        o.user_sales_representative_id
                    ) = o.account_manager_id = o.account_owner_id = o.is_blacklisted_for_sticos = (
                        o.login_employee_id
                    ) = o.is_contact_sales = o.contact_sales_module = o.inactive = o.private_individual = o.supplier = (
                        o.customer
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 16 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.customer_id = o.customer_company_id = (
                        o.creator_company_id
                    ) = o.creator_company_sales_representative_id = o.is_reseller = o.is_accountant = o.is_auditor = (
                        o.is_suspended
                    ) = o.is_deleted = o.module_accountant_connect_client = o.register_date = o.start_date = (
                        o.end_date
                    ) = o.invoice_start_date = o.invoice_postpone_date = o.active_main_module = (
                        o.sales_force_opportunity_dto
                    ) = o.employee_id = o.name = o.organization_number = o.customer_number = o.email = (
                        o.invoice_email
                    ) = o.overdue_notice_email = o.phone_number = o.phone_number_mobile = o.single_customer_invoice = (
                        o.postal_address
                    ) = o.physical_address = o.category1 = o.category2 = o.category3 = o.invoices_due_in = (
                        o.user_sales_representative_id
                    ) = o.account_manager_id = o.account_owner_id = o.is_blacklisted_for_sticos = (
                        o.login_employee_id
                    ) = o.is_contact_sales = o.contact_sales_module = o.inactive = o.private_individual = o.supplier = (
                        o.customer
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
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("customerCompanyId")
                if v is None:
                    o.customer_company_id = u
                    if "customerCompanyId" not in d:
                        m += 1
                else:
                    o.customer_company_id = v
                v = g("creatorCompanyId")
                if v is None:
                    o.creator_company_id = u
                    if "creatorCompanyId" not in d:
                        m += 1
                else:
                    o.creator_company_id = v
                v = g("creatorCompanySalesRepresentativeId")
                if v is None:
                    o.creator_company_sales_representative_id = u
                    if "creatorCompanySalesRepresentativeId" not in d:
                        m += 1
                else:
                    o.creator_company_sales_representative_id = v
                v = g("isReseller")
                if v is None:
                    o.is_reseller = u
                    if "isReseller" not in d:
                        m += 1
                else:
                    o.is_reseller = v
                v = g("isAccountant")
                if v is None:
                    o.is_accountant = u
                    if "isAccountant" not in d:
                        m += 1
                else:
                    o.is_accountant = v
                v = g("isAuditor")
                if v is None:
                    o.is_auditor = u
                    if "isAuditor" not in d:
                        m += 1
                else:
                    o.is_auditor = v
                v = g("isSuspended")
                if v is None:
                    o.is_suspended = u
                    if "isSuspended" not in d:
                        m += 1
                else:
                    o.is_suspended = v
                v = g("isDeleted")
                if v is None:
                    o.is_deleted = u
                    if "isDeleted" not in d:
                        m += 1
                else:
                    o.is_deleted = v
                v = g("moduleAccountantConnectClient")
                if v is None:
                    o.module_accountant_connect_client = u
                    if "moduleAccountantConnectClient" not in d:
                        m += 1
                else:
                    o.module_accountant_connect_client = v
                v = g("registerDate")
                if v is None:
                    o.register_date = u
                    if "registerDate" not in d:
                        m += 1
                else:
                    o.register_date = v
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
                v = g("invoiceStartDate")
                if v is None:
                    o.invoice_start_date = u
                    if "invoiceStartDate" not in d:
                        m += 1
                else:
                    o.invoice_start_date = v
                v = g("invoicePostponeDate")
                if v is None:
                    o.invoice_postpone_date = u
                    if "invoicePostponeDate" not in d:
                        m += 1
                else:
                    o.invoice_postpone_date = v
                k = "activeMainModule"
                v = g("activeMainModule")
                if v is None:
                    o.active_main_module = u
                    if "activeMainModule" not in d:
                        m += 1
                else:
                    o.active_main_module = (
                        e_
                        if (e_ := _e_active_main_module.get(v)) is not None
                        else enum_value(SalesForceAccountInfoActiveMainModule, v)
                    )
                k = "salesForceOpportunityDTO"
                v = g("salesForceOpportunityDTO")
                if v is None:
                    o.sales_force_opportunity_dto = u
                    if "salesForceOpportunityDTO" not in d:
                        m += 1
                else:
                    o.sales_force_opportunity_dto = SalesForceOpportunity._tx_parse(v)
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
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
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
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
                v = g("singleCustomerInvoice")
                if v is None:
                    o.single_customer_invoice = u
                    if "singleCustomerInvoice" not in d:
                        m += 1
                else:
                    o.single_customer_invoice = v
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
                v = g("invoicesDueIn")
                if v is None:
                    o.invoices_due_in = u
                    if "invoicesDueIn" not in d:
                        m += 1
                else:
                    o.invoices_due_in = v
                v = g("userSalesRepresentativeId")
                if v is None:
                    o.user_sales_representative_id = u
                    if "userSalesRepresentativeId" not in d:
                        m += 1
                else:
                    o.user_sales_representative_id = v
                v = g("accountManagerId")
                if v is None:
                    o.account_manager_id = u
                    if "accountManagerId" not in d:
                        m += 1
                else:
                    o.account_manager_id = v
                v = g("accountOwnerId")
                if v is None:
                    o.account_owner_id = u
                    if "accountOwnerId" not in d:
                        m += 1
                else:
                    o.account_owner_id = v
                v = g("isBlacklistedForSticos")
                if v is None:
                    o.is_blacklisted_for_sticos = u
                    if "isBlacklistedForSticos" not in d:
                        m += 1
                else:
                    o.is_blacklisted_for_sticos = v
                v = g("loginEmployeeId")
                if v is None:
                    o.login_employee_id = u
                    if "loginEmployeeId" not in d:
                        m += 1
                else:
                    o.login_employee_id = v
                v = g("isContactSales")
                if v is None:
                    o.is_contact_sales = u
                    if "isContactSales" not in d:
                        m += 1
                else:
                    o.is_contact_sales = v
                k = "contactSalesModule"
                v = g("contactSalesModule")
                if v is None:
                    o.contact_sales_module = u
                    if "contactSalesModule" not in d:
                        m += 1
                else:
                    o.contact_sales_module = (
                        e_
                        if (e_ := _e_contact_sales_module.get(v)) is not None
                        else enum_value(SalesForceAccountInfoContactSalesModule, v)
                    )
                v = g("inactive")
                if v is None:
                    o.inactive = u
                    if "inactive" not in d:
                        m += 1
                else:
                    o.inactive = v
                v = g("privateIndividual")
                if v is None:
                    o.private_individual = u
                    if "privateIndividual" not in d:
                        m += 1
                else:
                    o.private_individual = v
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = v
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 48 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("customer_id", "customerId"),
            ("customer_company_id", "customerCompanyId"),
            ("creator_company_id", "creatorCompanyId"),
            ("creator_company_sales_representative_id", "creatorCompanySalesRepresentativeId"),
            ("is_reseller", "isReseller"),
            ("is_accountant", "isAccountant"),
            ("is_auditor", "isAuditor"),
            ("is_suspended", "isSuspended"),
            ("is_deleted", "isDeleted"),
            ("module_accountant_connect_client", "moduleAccountantConnectClient"),
            ("register_date", "registerDate"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("invoice_start_date", "invoiceStartDate"),
            ("invoice_postpone_date", "invoicePostponeDate"),
            ("active_main_module", "activeMainModule"),
            ("sales_force_opportunity_dto", "salesForceOpportunityDTO"),
            ("employee_id", "employeeId"),
            ("name", "name"),
            ("organization_number", "organizationNumber"),
            ("customer_number", "customerNumber"),
            ("email", "email"),
            ("invoice_email", "invoiceEmail"),
            ("overdue_notice_email", "overdueNoticeEmail"),
            ("phone_number", "phoneNumber"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("single_customer_invoice", "singleCustomerInvoice"),
            ("postal_address", "postalAddress"),
            ("physical_address", "physicalAddress"),
            ("category1", "category1"),
            ("category2", "category2"),
            ("category3", "category3"),
            ("invoices_due_in", "invoicesDueIn"),
            ("user_sales_representative_id", "userSalesRepresentativeId"),
            ("account_manager_id", "accountManagerId"),
            ("account_owner_id", "accountOwnerId"),
            ("is_blacklisted_for_sticos", "isBlacklistedForSticos"),
            ("login_employee_id", "loginEmployeeId"),
            ("is_contact_sales", "isContactSales"),
            ("contact_sales_module", "contactSalesModule"),
            ("inactive", "inactive"),
            ("private_individual", "privateIndividual"),
            ("supplier", "supplier"),
            ("customer", "customer"),
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
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.customer_company_id
            o.customer_company_id = u if v is None else v
            v = s.creator_company_id
            o.creator_company_id = u if v is None else v
            v = s.creator_company_sales_representative_id
            o.creator_company_sales_representative_id = u if v is None else v
            v = s.is_reseller
            o.is_reseller = u if v is None else v
            v = s.is_accountant
            o.is_accountant = u if v is None else v
            v = s.is_auditor
            o.is_auditor = u if v is None else v
            v = s.is_suspended
            o.is_suspended = u if v is None else v
            v = s.is_deleted
            o.is_deleted = u if v is None else v
            v = s.module_accountant_connect_client
            o.module_accountant_connect_client = u if v is None else v
            v = s.register_date
            o.register_date = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.invoice_start_date
            o.invoice_start_date = u if v is None else v
            v = s.invoice_postpone_date
            o.invoice_postpone_date = u if v is None else v
            v = s.active_main_module
            o.active_main_module = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_active_main_module.get(v)) is not None
                else enum_value(SalesForceAccountInfoActiveMainModule, v)
            )
            v = s.sales_force_opportunity_dto
            o.sales_force_opportunity_dto = u if v is None or v is u else SalesForceOpportunity._tx_parse(v)
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.overdue_notice_email
            o.overdue_notice_email = u if v is None else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.single_customer_invoice
            o.single_customer_invoice = u if v is None else v
            v = s.postal_address
            o.postal_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.physical_address
            o.physical_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.category1
            o.category1 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.category2
            o.category2 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.category3
            o.category3 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.invoices_due_in
            o.invoices_due_in = u if v is None else v
            v = s.user_sales_representative_id
            o.user_sales_representative_id = u if v is None else v
            v = s.account_manager_id
            o.account_manager_id = u if v is None else v
            v = s.account_owner_id
            o.account_owner_id = u if v is None else v
            v = s.is_blacklisted_for_sticos
            o.is_blacklisted_for_sticos = u if v is None else v
            v = s.login_employee_id
            o.login_employee_id = u if v is None else v
            v = s.is_contact_sales
            o.is_contact_sales = u if v is None else v
            v = s.contact_sales_module
            o.contact_sales_module = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_contact_sales_module.get(v)) is not None
                else enum_value(SalesForceAccountInfoContactSalesModule, v)
            )
            v = s.inactive
            o.inactive = u if v is None else v
            v = s.private_individual
            o.private_individual = u if v is None else v
            v = s.supplier
            o.supplier = u if v is None else v
            v = s.customer
            o.customer = u if v is None else v
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
