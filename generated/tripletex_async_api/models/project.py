from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_access_type import ProjectAccessType
from ..models.project_display_name_format import ProjectDisplayNameFormat
from ..models.project_invoice_due_date_type import ProjectInvoiceDueDateType
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
    from ..models.accounting_dimension_value import AccountingDimensionValue
    from ..models.address import Address
    from ..models.change import Change
    from ..models.contact import Contact
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.invoice import Invoice
    from ..models.project_activity import ProjectActivity
    from ..models.project_category import ProjectCategory
    from ..models.project_hourly_rate import ProjectHourlyRate
    from ..models.project_order_line import ProjectOrderLine
    from ..models.project_participant import ProjectParticipant
    from ..models.vat_type import VatType


T = TypeVar("T", bound="Project")


@_attrs_define
class Project(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        number (str | Unset): If NULL, a number is generated automatically.
        display_name (str | Unset):
        description (str | Unset):
        project_manager (Employee | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        main_project (Project | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        customer (Customer | Unset):
        is_closed (bool | Unset):
        is_ready_for_invoicing (bool | Unset):
        is_internal (bool | Unset):
        is_offer (bool | Unset): If is Project Offer set to true, if is Project set to false. The default value is
            false.
        is_fixed_price (bool | Unset): Project is fixed price if set to true, hourly rate if set to false.
        project_category (ProjectCategory | Unset):
        delivery_address (Address | Unset): Address tied to the employee
        boligmappa_address (Address | Unset): Address tied to the employee
        display_name_format (ProjectDisplayNameFormat | Unset): Defines project name presentation in overviews.
        reference (str | Unset):
        external_accounts_number (str | Unset):
        discount_percentage (float | Unset): Project discount percentage.
        vat_type (VatType | Unset): The default vat type for this account.
        fixedprice (float | Unset): Fixed price amount, in the project's currency.
        contribution_margin_percent (float | Unset):
        number_of_sub_projects (int | Unset):
        number_of_project_participants (int | Unset):
        order_lines (list[ProjectOrderLine] | Unset): Order lines tied to the order
        currency (Currency | Unset):
        mark_up_order_lines (float | Unset): Set mark-up (%) for order lines.
        mark_up_fees_earned (float | Unset): Set mark-up (%) for fees earned.
        is_price_ceiling (bool | Unset): Set to true if an hourly rate project has a price ceiling.
        price_ceiling_amount (float | Unset): Price ceiling amount, in the project's currency.
        project_hourly_rates (list[ProjectHourlyRate] | Unset): Project Rate Types tied to the project.
        for_participants_only (bool | Unset): Set to true if only project participants can register information on the
            project
        participants (list[ProjectParticipant] | Unset): Link to individual project participants.
        contact (Contact | Unset): If the contact is not an employee
        attention (Contact | Unset): If the contact is not an employee
        invoice_comment (str | Unset): Comment for project invoices
        invoicing_plan (list[Invoice] | Unset): Invoicing plans tied to the project
        preliminary_invoice (Invoice | Unset): Invoicing plans tied to the project
        general_project_activities_per_project_only (bool | Unset): Set to true if a general project activity must be
            linked to project to allow time tracking.
        project_activities (list[ProjectActivity] | Unset): Project Activities
        hierarchy_name_and_number (str | Unset):
        invoice_due_date (int | Unset): invoice due date
        invoice_due_date_type (ProjectInvoiceDueDateType | Unset): Set the time unit of invoiceDueDate. The special case
            RECURRING_DAY_OF_MONTH enables the due date to be fixed to a specific day of the month, in this case the fixed
            due date will automatically be set as standard on all invoices created from this project. Note that when
            RECURRING_DAY_OF_MONTH is set, the due date will be set to the last day of month if "31" is set in
            invoicesDueIn.
        invoice_receiver_email (str | Unset): Set the project's invoice receiver email. Will override the default
            invoice receiver email of any customer that may also be set in the request body.
        overdue_notice_email (str | Unset): Set the project's overdue notice email. Will override the default overdue
            notice email of any customer that may also be set in the request body.
        access_type (ProjectAccessType | Unset): READ/WRITE access on project
        use_product_net_price (bool | Unset):
        ignore_company_product_discount_agreement (bool | Unset):
        customer_name (str | Unset):
        hierarchy_level (int | Unset):
        project_manager_name_and_number (str | Unset):
        total_invoiced_on_account_amount_absolute_currency (float | Unset): Amount paid on account(a konto)
        invoice_on_account_vat_high (bool | Unset): The on account(a konto) amounts including VAT
        invoice_reserve_total_amount_currency (float | Unset): Total invoice reserve
        accounting_dimension_values (list[AccountingDimensionValue] | Unset): [BETA - Requires pilot feature] Free
            dimensions for the project.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    project_manager: Employee | Unset = UNSET
    department: Department | Unset = UNSET
    main_project: Project | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    is_closed: bool | Unset = UNSET
    is_ready_for_invoicing: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    is_offer: bool | Unset = UNSET
    is_fixed_price: bool | Unset = UNSET
    project_category: ProjectCategory | Unset = UNSET
    delivery_address: Address | Unset = UNSET
    boligmappa_address: Address | Unset = UNSET
    display_name_format: ProjectDisplayNameFormat | Unset = UNSET
    reference: str | Unset = UNSET
    external_accounts_number: str | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    fixedprice: float | Unset = UNSET
    contribution_margin_percent: float | Unset = UNSET
    number_of_sub_projects: int | Unset = UNSET
    number_of_project_participants: int | Unset = UNSET
    order_lines: list[ProjectOrderLine] | Unset = UNSET
    currency: Currency | Unset = UNSET
    mark_up_order_lines: float | Unset = UNSET
    mark_up_fees_earned: float | Unset = UNSET
    is_price_ceiling: bool | Unset = UNSET
    price_ceiling_amount: float | Unset = UNSET
    project_hourly_rates: list[ProjectHourlyRate] | Unset = UNSET
    for_participants_only: bool | Unset = UNSET
    participants: list[ProjectParticipant] | Unset = UNSET
    contact: Contact | Unset = UNSET
    attention: Contact | Unset = UNSET
    invoice_comment: str | Unset = UNSET
    invoicing_plan: list[Invoice] | Unset = UNSET
    preliminary_invoice: Invoice | Unset = UNSET
    general_project_activities_per_project_only: bool | Unset = UNSET
    project_activities: list[ProjectActivity] | Unset = UNSET
    hierarchy_name_and_number: str | Unset = UNSET
    invoice_due_date: int | Unset = UNSET
    invoice_due_date_type: ProjectInvoiceDueDateType | Unset = UNSET
    invoice_receiver_email: str | Unset = UNSET
    overdue_notice_email: str | Unset = UNSET
    access_type: ProjectAccessType | Unset = UNSET
    use_product_net_price: bool | Unset = UNSET
    ignore_company_product_discount_agreement: bool | Unset = UNSET
    customer_name: str | Unset = UNSET
    hierarchy_level: int | Unset = UNSET
    project_manager_name_and_number: str | Unset = UNSET
    total_invoiced_on_account_amount_absolute_currency: float | Unset = UNSET
    invoice_on_account_vat_high: bool | Unset = UNSET
    invoice_reserve_total_amount_currency: float | Unset = UNSET
    accounting_dimension_values: list[AccountingDimensionValue] | Unset = UNSET
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
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.project_manager
        if _v is not UNSET:
            field_dict["projectManager"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.main_project
        if _v is not UNSET:
            field_dict["mainProject"] = _v.to_dict()
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.is_closed
        if _v is not UNSET:
            field_dict["isClosed"] = _v
        _v = self.is_ready_for_invoicing
        if _v is not UNSET:
            field_dict["isReadyForInvoicing"] = _v
        _v = self.is_internal
        if _v is not UNSET:
            field_dict["isInternal"] = _v
        _v = self.is_offer
        if _v is not UNSET:
            field_dict["isOffer"] = _v
        _v = self.is_fixed_price
        if _v is not UNSET:
            field_dict["isFixedPrice"] = _v
        _v = self.project_category
        if _v is not UNSET:
            field_dict["projectCategory"] = _v.to_dict()
        _v = self.delivery_address
        if _v is not UNSET:
            field_dict["deliveryAddress"] = _v.to_dict()
        _v = self.boligmappa_address
        if _v is not UNSET:
            field_dict["boligmappaAddress"] = _v.to_dict()
        _v = self.display_name_format
        if _v is not UNSET:
            field_dict["displayNameFormat"] = _v._value_
        _v = self.reference
        if _v is not UNSET:
            field_dict["reference"] = _v
        _v = self.external_accounts_number
        if _v is not UNSET:
            field_dict["externalAccountsNumber"] = _v
        _v = self.discount_percentage
        if _v is not UNSET and not _in_request:
            field_dict["discountPercentage"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.fixedprice
        if _v is not UNSET:
            field_dict["fixedprice"] = _v
        _v = self.contribution_margin_percent
        if _v is not UNSET and not _in_request:
            field_dict["contributionMarginPercent"] = _v
        _v = self.number_of_sub_projects
        if _v is not UNSET and not _in_request:
            field_dict["numberOfSubProjects"] = _v
        _v = self.number_of_project_participants
        if _v is not UNSET and not _in_request:
            field_dict["numberOfProjectParticipants"] = _v
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.mark_up_order_lines
        if _v is not UNSET:
            field_dict["markUpOrderLines"] = _v
        _v = self.mark_up_fees_earned
        if _v is not UNSET:
            field_dict["markUpFeesEarned"] = _v
        _v = self.is_price_ceiling
        if _v is not UNSET:
            field_dict["isPriceCeiling"] = _v
        _v = self.price_ceiling_amount
        if _v is not UNSET:
            field_dict["priceCeilingAmount"] = _v
        _v = self.project_hourly_rates
        if _v is not UNSET:
            field_dict["projectHourlyRates"] = [_e.to_dict() for _e in _v]
        _v = self.for_participants_only
        if _v is not UNSET:
            field_dict["forParticipantsOnly"] = _v
        _v = self.participants
        if _v is not UNSET:
            field_dict["participants"] = [_e.to_dict() for _e in _v]
        _v = self.contact
        if _v is not UNSET:
            field_dict["contact"] = _v.to_dict()
        _v = self.attention
        if _v is not UNSET:
            field_dict["attention"] = _v.to_dict()
        _v = self.invoice_comment
        if _v is not UNSET:
            field_dict["invoiceComment"] = _v
        _v = self.invoicing_plan
        if _v is not UNSET and not _in_request:
            field_dict["invoicingPlan"] = [_e.to_dict() for _e in _v]
        _v = self.preliminary_invoice
        if _v is not UNSET:
            field_dict["preliminaryInvoice"] = _v.to_dict()
        _v = self.general_project_activities_per_project_only
        if _v is not UNSET:
            field_dict["generalProjectActivitiesPerProjectOnly"] = _v
        _v = self.project_activities
        if _v is not UNSET:
            field_dict["projectActivities"] = [_e.to_dict() for _e in _v]
        _v = self.hierarchy_name_and_number
        if _v is not UNSET and not _in_request:
            field_dict["hierarchyNameAndNumber"] = _v
        _v = self.invoice_due_date
        if _v is not UNSET:
            field_dict["invoiceDueDate"] = _v
        _v = self.invoice_due_date_type
        if _v is not UNSET:
            field_dict["invoiceDueDateType"] = _v._value_
        _v = self.invoice_receiver_email
        if _v is not UNSET:
            field_dict["invoiceReceiverEmail"] = _v
        _v = self.overdue_notice_email
        if _v is not UNSET:
            field_dict["overdueNoticeEmail"] = _v
        _v = self.access_type
        if _v is not UNSET:
            field_dict["accessType"] = _v._value_
        _v = self.use_product_net_price
        if _v is not UNSET:
            field_dict["useProductNetPrice"] = _v
        _v = self.ignore_company_product_discount_agreement
        if _v is not UNSET:
            field_dict["ignoreCompanyProductDiscountAgreement"] = _v
        _v = self.customer_name
        if _v is not UNSET and not _in_request:
            field_dict["customerName"] = _v
        _v = self.hierarchy_level
        if _v is not UNSET and not _in_request:
            field_dict["hierarchyLevel"] = _v
        _v = self.project_manager_name_and_number
        if _v is not UNSET and not _in_request:
            field_dict["projectManagerNameAndNumber"] = _v
        _v = self.total_invoiced_on_account_amount_absolute_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalInvoicedOnAccountAmountAbsoluteCurrency"] = _v
        _v = self.invoice_on_account_vat_high
        if _v is not UNSET:
            field_dict["invoiceOnAccountVatHigh"] = _v
        _v = self.invoice_reserve_total_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceReserveTotalAmountCurrency"] = _v
        _v = self.accounting_dimension_values
        if _v is not UNSET:
            field_dict["accountingDimensionValues"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Project from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Project.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accounting_dimension_value import AccountingDimensionValue  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.project_activity import ProjectActivity  # noqa: PLC0415
        from ..models.project_category import ProjectCategory  # noqa: PLC0415
        from ..models.project_hourly_rate import ProjectHourlyRate  # noqa: PLC0415
        from ..models.project_order_line import ProjectOrderLine  # noqa: PLC0415
        from ..models.project_participant import ProjectParticipant  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _e_display_name_format: dict[Any, Any] = enum_members(ProjectDisplayNameFormat)
        _e_invoice_due_date_type: dict[Any, Any] = enum_members(ProjectInvoiceDueDateType)
        _e_access_type: dict[Any, Any] = enum_members(ProjectAccessType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "number",
                "displayName",
                "description",
                "projectManager",
                "department",
                "mainProject",
                "startDate",
                "endDate",
                "customer",
                "isClosed",
                "isReadyForInvoicing",
                "isInternal",
                "isOffer",
                "isFixedPrice",
                "projectCategory",
                "deliveryAddress",
                "boligmappaAddress",
                "displayNameFormat",
                "reference",
                "externalAccountsNumber",
                "discountPercentage",
                "vatType",
                "fixedprice",
                "contributionMarginPercent",
                "numberOfSubProjects",
                "numberOfProjectParticipants",
                "orderLines",
                "currency",
                "markUpOrderLines",
                "markUpFeesEarned",
                "isPriceCeiling",
                "priceCeilingAmount",
                "projectHourlyRates",
                "forParticipantsOnly",
                "participants",
                "contact",
                "attention",
                "invoiceComment",
                "invoicingPlan",
                "preliminaryInvoice",
                "generalProjectActivitiesPerProjectOnly",
                "projectActivities",
                "hierarchyNameAndNumber",
                "invoiceDueDate",
                "invoiceDueDateType",
                "invoiceReceiverEmail",
                "overdueNoticeEmail",
                "accessType",
                "useProductNetPrice",
                "ignoreCompanyProductDiscountAgreement",
                "customerName",
                "hierarchyLevel",
                "projectManagerNameAndNumber",
                "totalInvoicedOnAccountAmountAbsoluteCurrency",
                "invoiceOnAccountVatHigh",
                "invoiceReserveTotalAmountCurrency",
                "accountingDimensionValues",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "number": "number",
            "displayName": "display_name",
            "description": "description",
            "startDate": "start_date",
            "endDate": "end_date",
            "isClosed": "is_closed",
            "isReadyForInvoicing": "is_ready_for_invoicing",
            "isInternal": "is_internal",
            "isOffer": "is_offer",
            "isFixedPrice": "is_fixed_price",
            "reference": "reference",
            "externalAccountsNumber": "external_accounts_number",
            "discountPercentage": "discount_percentage",
            "fixedprice": "fixedprice",
            "contributionMarginPercent": "contribution_margin_percent",
            "numberOfSubProjects": "number_of_sub_projects",
            "numberOfProjectParticipants": "number_of_project_participants",
            "markUpOrderLines": "mark_up_order_lines",
            "markUpFeesEarned": "mark_up_fees_earned",
            "isPriceCeiling": "is_price_ceiling",
            "priceCeilingAmount": "price_ceiling_amount",
            "forParticipantsOnly": "for_participants_only",
            "invoiceComment": "invoice_comment",
            "generalProjectActivitiesPerProjectOnly": "general_project_activities_per_project_only",
            "hierarchyNameAndNumber": "hierarchy_name_and_number",
            "invoiceDueDate": "invoice_due_date",
            "invoiceReceiverEmail": "invoice_receiver_email",
            "overdueNoticeEmail": "overdue_notice_email",
            "useProductNetPrice": "use_product_net_price",
            "ignoreCompanyProductDiscountAgreement": "ignore_company_product_discount_agreement",
            "customerName": "customer_name",
            "hierarchyLevel": "hierarchy_level",
            "projectManagerNameAndNumber": "project_manager_name_and_number",
            "totalInvoicedOnAccountAmountAbsoluteCurrency": "total_invoiced_on_account_amount_absolute_currency",
            "invoiceOnAccountVatHigh": "invoice_on_account_vat_high",
            "invoiceReserveTotalAmountCurrency": "invoice_reserve_total_amount_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.display_name = o.description = (
                        o.project_manager
                    ) = o.department = o.main_project = o.start_date = o.end_date = o.customer = o.is_closed = (
                        o.is_ready_for_invoicing
                    ) = o.is_internal = o.is_offer = o.is_fixed_price = o.project_category = o.delivery_address = (
                        o.boligmappa_address
                    ) = o.display_name_format = o.reference = o.external_accounts_number = o.discount_percentage = (
                        o.vat_type
                    ) = o.fixedprice = o.contribution_margin_percent = o.number_of_sub_projects = (
                        o.number_of_project_participants
                    ) = o.order_lines = o.currency = o.mark_up_order_lines = o.mark_up_fees_earned = (
                        o.is_price_ceiling
                    ) = o.price_ceiling_amount = o.project_hourly_rates = o.for_participants_only = o.participants = (
                        o.contact
                    ) = o.attention = o.invoice_comment = o.invoicing_plan = o.preliminary_invoice = (
                        o.general_project_activities_per_project_only
                    ) = o.project_activities = o.hierarchy_name_and_number = o.invoice_due_date = (
                        o.invoice_due_date_type
                    ) = o.invoice_receiver_email = o.overdue_notice_email = o.access_type = o.use_product_net_price = (
                        o.ignore_company_product_discount_agreement
                    ) = o.customer_name = o.hierarchy_level = o.project_manager_name_and_number = (
                        o.total_invoiced_on_account_amount_absolute_currency
                    ) = o.invoice_on_account_vat_high = o.invoice_reserve_total_amount_currency = (
                        o.accounting_dimension_values
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 20 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.display_name = o.description = (
                        o.project_manager
                    ) = o.department = o.main_project = o.start_date = o.end_date = o.customer = o.is_closed = (
                        o.is_ready_for_invoicing
                    ) = o.is_internal = o.is_offer = o.is_fixed_price = o.project_category = o.delivery_address = (
                        o.boligmappa_address
                    ) = o.display_name_format = o.reference = o.external_accounts_number = o.discount_percentage = (
                        o.vat_type
                    ) = o.fixedprice = o.contribution_margin_percent = o.number_of_sub_projects = (
                        o.number_of_project_participants
                    ) = o.order_lines = o.currency = o.mark_up_order_lines = o.mark_up_fees_earned = (
                        o.is_price_ceiling
                    ) = o.price_ceiling_amount = o.project_hourly_rates = o.for_participants_only = o.participants = (
                        o.contact
                    ) = o.attention = o.invoice_comment = o.invoicing_plan = o.preliminary_invoice = (
                        o.general_project_activities_per_project_only
                    ) = o.project_activities = o.hierarchy_name_and_number = o.invoice_due_date = (
                        o.invoice_due_date_type
                    ) = o.invoice_receiver_email = o.overdue_notice_email = o.access_type = o.use_product_net_price = (
                        o.ignore_company_product_discount_agreement
                    ) = o.customer_name = o.hierarchy_level = o.project_manager_name_and_number = (
                        o.total_invoiced_on_account_amount_absolute_currency
                    ) = o.invoice_on_account_vat_high = o.invoice_reserve_total_amount_currency = (
                        o.accounting_dimension_values
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "projectManager"
                v = g("projectManager")
                if v is None:
                    o.project_manager = u
                    if "projectManager" not in d:
                        m += 1
                else:
                    o.project_manager = Employee._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "mainProject"
                v = g("mainProject")
                if v is None:
                    o.main_project = u
                    if "mainProject" not in d:
                        m += 1
                else:
                    o.main_project = Project._tx_parse(v)
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
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                v = g("isReadyForInvoicing")
                if v is None:
                    o.is_ready_for_invoicing = u
                    if "isReadyForInvoicing" not in d:
                        m += 1
                else:
                    o.is_ready_for_invoicing = v
                v = g("isInternal")
                if v is None:
                    o.is_internal = u
                    if "isInternal" not in d:
                        m += 1
                else:
                    o.is_internal = v
                v = g("isOffer")
                if v is None:
                    o.is_offer = u
                    if "isOffer" not in d:
                        m += 1
                else:
                    o.is_offer = v
                v = g("isFixedPrice")
                if v is None:
                    o.is_fixed_price = u
                    if "isFixedPrice" not in d:
                        m += 1
                else:
                    o.is_fixed_price = v
                k = "projectCategory"
                v = g("projectCategory")
                if v is None:
                    o.project_category = u
                    if "projectCategory" not in d:
                        m += 1
                else:
                    o.project_category = ProjectCategory._tx_parse(v)
                k = "deliveryAddress"
                v = g("deliveryAddress")
                if v is None:
                    o.delivery_address = u
                    if "deliveryAddress" not in d:
                        m += 1
                else:
                    o.delivery_address = Address._tx_parse(v)
                k = "boligmappaAddress"
                v = g("boligmappaAddress")
                if v is None:
                    o.boligmappa_address = u
                    if "boligmappaAddress" not in d:
                        m += 1
                else:
                    o.boligmappa_address = Address._tx_parse(v)
                k = "displayNameFormat"
                v = g("displayNameFormat")
                if v is None:
                    o.display_name_format = u
                    if "displayNameFormat" not in d:
                        m += 1
                else:
                    o.display_name_format = (
                        e_
                        if (e_ := _e_display_name_format.get(v)) is not None
                        else enum_value(ProjectDisplayNameFormat, v)
                    )
                v = g("reference")
                if v is None:
                    o.reference = u
                    if "reference" not in d:
                        m += 1
                else:
                    o.reference = v
                v = g("externalAccountsNumber")
                if v is None:
                    o.external_accounts_number = u
                    if "externalAccountsNumber" not in d:
                        m += 1
                else:
                    o.external_accounts_number = v
                v = g("discountPercentage")
                if v is None:
                    o.discount_percentage = u
                    if "discountPercentage" not in d:
                        m += 1
                else:
                    o.discount_percentage = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                v = g("fixedprice")
                if v is None:
                    o.fixedprice = u
                    if "fixedprice" not in d:
                        m += 1
                else:
                    o.fixedprice = v
                v = g("contributionMarginPercent")
                if v is None:
                    o.contribution_margin_percent = u
                    if "contributionMarginPercent" not in d:
                        m += 1
                else:
                    o.contribution_margin_percent = v
                v = g("numberOfSubProjects")
                if v is None:
                    o.number_of_sub_projects = u
                    if "numberOfSubProjects" not in d:
                        m += 1
                else:
                    o.number_of_sub_projects = v
                v = g("numberOfProjectParticipants")
                if v is None:
                    o.number_of_project_participants = u
                    if "numberOfProjectParticipants" not in d:
                        m += 1
                else:
                    o.number_of_project_participants = v
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([ProjectOrderLine._tx_parse(e) for e in v if e is not None] if v else [])
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
                v = g("markUpOrderLines")
                if v is None:
                    o.mark_up_order_lines = u
                    if "markUpOrderLines" not in d:
                        m += 1
                else:
                    o.mark_up_order_lines = v
                v = g("markUpFeesEarned")
                if v is None:
                    o.mark_up_fees_earned = u
                    if "markUpFeesEarned" not in d:
                        m += 1
                else:
                    o.mark_up_fees_earned = v
                v = g("isPriceCeiling")
                if v is None:
                    o.is_price_ceiling = u
                    if "isPriceCeiling" not in d:
                        m += 1
                else:
                    o.is_price_ceiling = v
                v = g("priceCeilingAmount")
                if v is None:
                    o.price_ceiling_amount = u
                    if "priceCeilingAmount" not in d:
                        m += 1
                else:
                    o.price_ceiling_amount = v
                k = "projectHourlyRates"
                v = g("projectHourlyRates")
                if v is None:
                    o.project_hourly_rates = u
                    if "projectHourlyRates" not in d:
                        m += 1
                else:
                    o.project_hourly_rates = (
                        ([ProjectHourlyRate._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("forParticipantsOnly")
                if v is None:
                    o.for_participants_only = u
                    if "forParticipantsOnly" not in d:
                        m += 1
                else:
                    o.for_participants_only = v
                k = "participants"
                v = g("participants")
                if v is None:
                    o.participants = u
                    if "participants" not in d:
                        m += 1
                else:
                    o.participants = (
                        ([ProjectParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "contact"
                v = g("contact")
                if v is None:
                    o.contact = u
                    if "contact" not in d:
                        m += 1
                else:
                    o.contact = Contact._tx_parse(v)
                k = "attention"
                v = g("attention")
                if v is None:
                    o.attention = u
                    if "attention" not in d:
                        m += 1
                else:
                    o.attention = Contact._tx_parse(v)
                v = g("invoiceComment")
                if v is None:
                    o.invoice_comment = u
                    if "invoiceComment" not in d:
                        m += 1
                else:
                    o.invoice_comment = v
                k = "invoicingPlan"
                v = g("invoicingPlan")
                if v is None:
                    o.invoicing_plan = u
                    if "invoicingPlan" not in d:
                        m += 1
                else:
                    o.invoicing_plan = (
                        ([Invoice._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "preliminaryInvoice"
                v = g("preliminaryInvoice")
                if v is None:
                    o.preliminary_invoice = u
                    if "preliminaryInvoice" not in d:
                        m += 1
                else:
                    o.preliminary_invoice = Invoice._tx_parse(v)
                v = g("generalProjectActivitiesPerProjectOnly")
                if v is None:
                    o.general_project_activities_per_project_only = u
                    if "generalProjectActivitiesPerProjectOnly" not in d:
                        m += 1
                else:
                    o.general_project_activities_per_project_only = v
                k = "projectActivities"
                v = g("projectActivities")
                if v is None:
                    o.project_activities = u
                    if "projectActivities" not in d:
                        m += 1
                else:
                    o.project_activities = (
                        ([ProjectActivity._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("hierarchyNameAndNumber")
                if v is None:
                    o.hierarchy_name_and_number = u
                    if "hierarchyNameAndNumber" not in d:
                        m += 1
                else:
                    o.hierarchy_name_and_number = v
                v = g("invoiceDueDate")
                if v is None:
                    o.invoice_due_date = u
                    if "invoiceDueDate" not in d:
                        m += 1
                else:
                    o.invoice_due_date = v
                k = "invoiceDueDateType"
                v = g("invoiceDueDateType")
                if v is None:
                    o.invoice_due_date_type = u
                    if "invoiceDueDateType" not in d:
                        m += 1
                else:
                    o.invoice_due_date_type = (
                        e_
                        if (e_ := _e_invoice_due_date_type.get(v)) is not None
                        else enum_value(ProjectInvoiceDueDateType, v)
                    )
                v = g("invoiceReceiverEmail")
                if v is None:
                    o.invoice_receiver_email = u
                    if "invoiceReceiverEmail" not in d:
                        m += 1
                else:
                    o.invoice_receiver_email = v
                v = g("overdueNoticeEmail")
                if v is None:
                    o.overdue_notice_email = u
                    if "overdueNoticeEmail" not in d:
                        m += 1
                else:
                    o.overdue_notice_email = v
                k = "accessType"
                v = g("accessType")
                if v is None:
                    o.access_type = u
                    if "accessType" not in d:
                        m += 1
                else:
                    o.access_type = (
                        e_ if (e_ := _e_access_type.get(v)) is not None else enum_value(ProjectAccessType, v)
                    )
                v = g("useProductNetPrice")
                if v is None:
                    o.use_product_net_price = u
                    if "useProductNetPrice" not in d:
                        m += 1
                else:
                    o.use_product_net_price = v
                v = g("ignoreCompanyProductDiscountAgreement")
                if v is None:
                    o.ignore_company_product_discount_agreement = u
                    if "ignoreCompanyProductDiscountAgreement" not in d:
                        m += 1
                else:
                    o.ignore_company_product_discount_agreement = v
                v = g("customerName")
                if v is None:
                    o.customer_name = u
                    if "customerName" not in d:
                        m += 1
                else:
                    o.customer_name = v
                v = g("hierarchyLevel")
                if v is None:
                    o.hierarchy_level = u
                    if "hierarchyLevel" not in d:
                        m += 1
                else:
                    o.hierarchy_level = v
                v = g("projectManagerNameAndNumber")
                if v is None:
                    o.project_manager_name_and_number = u
                    if "projectManagerNameAndNumber" not in d:
                        m += 1
                else:
                    o.project_manager_name_and_number = v
                v = g("totalInvoicedOnAccountAmountAbsoluteCurrency")
                if v is None:
                    o.total_invoiced_on_account_amount_absolute_currency = u
                    if "totalInvoicedOnAccountAmountAbsoluteCurrency" not in d:
                        m += 1
                else:
                    o.total_invoiced_on_account_amount_absolute_currency = v
                v = g("invoiceOnAccountVatHigh")
                if v is None:
                    o.invoice_on_account_vat_high = u
                    if "invoiceOnAccountVatHigh" not in d:
                        m += 1
                else:
                    o.invoice_on_account_vat_high = v
                v = g("invoiceReserveTotalAmountCurrency")
                if v is None:
                    o.invoice_reserve_total_amount_currency = u
                    if "invoiceReserveTotalAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_reserve_total_amount_currency = v
                k = "accountingDimensionValues"
                v = g("accountingDimensionValues")
                if v is None:
                    o.accounting_dimension_values = u
                    if "accountingDimensionValues" not in d:
                        m += 1
                else:
                    o.accounting_dimension_values = (
                        ([AccountingDimensionValue._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 62 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("number", "number"),
            ("display_name", "displayName"),
            ("description", "description"),
            ("project_manager", "projectManager"),
            ("department", "department"),
            ("main_project", "mainProject"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("customer", "customer"),
            ("is_closed", "isClosed"),
            ("is_ready_for_invoicing", "isReadyForInvoicing"),
            ("is_internal", "isInternal"),
            ("is_offer", "isOffer"),
            ("is_fixed_price", "isFixedPrice"),
            ("project_category", "projectCategory"),
            ("delivery_address", "deliveryAddress"),
            ("boligmappa_address", "boligmappaAddress"),
            ("display_name_format", "displayNameFormat"),
            ("reference", "reference"),
            ("external_accounts_number", "externalAccountsNumber"),
            ("discount_percentage", "discountPercentage"),
            ("vat_type", "vatType"),
            ("fixedprice", "fixedprice"),
            ("contribution_margin_percent", "contributionMarginPercent"),
            ("number_of_sub_projects", "numberOfSubProjects"),
            ("number_of_project_participants", "numberOfProjectParticipants"),
            ("order_lines", "orderLines"),
            ("currency", "currency"),
            ("mark_up_order_lines", "markUpOrderLines"),
            ("mark_up_fees_earned", "markUpFeesEarned"),
            ("is_price_ceiling", "isPriceCeiling"),
            ("price_ceiling_amount", "priceCeilingAmount"),
            ("project_hourly_rates", "projectHourlyRates"),
            ("for_participants_only", "forParticipantsOnly"),
            ("participants", "participants"),
            ("contact", "contact"),
            ("attention", "attention"),
            ("invoice_comment", "invoiceComment"),
            ("invoicing_plan", "invoicingPlan"),
            ("preliminary_invoice", "preliminaryInvoice"),
            ("general_project_activities_per_project_only", "generalProjectActivitiesPerProjectOnly"),
            ("project_activities", "projectActivities"),
            ("hierarchy_name_and_number", "hierarchyNameAndNumber"),
            ("invoice_due_date", "invoiceDueDate"),
            ("invoice_due_date_type", "invoiceDueDateType"),
            ("invoice_receiver_email", "invoiceReceiverEmail"),
            ("overdue_notice_email", "overdueNoticeEmail"),
            ("access_type", "accessType"),
            ("use_product_net_price", "useProductNetPrice"),
            ("ignore_company_product_discount_agreement", "ignoreCompanyProductDiscountAgreement"),
            ("customer_name", "customerName"),
            ("hierarchy_level", "hierarchyLevel"),
            ("project_manager_name_and_number", "projectManagerNameAndNumber"),
            ("total_invoiced_on_account_amount_absolute_currency", "totalInvoicedOnAccountAmountAbsoluteCurrency"),
            ("invoice_on_account_vat_high", "invoiceOnAccountVatHigh"),
            ("invoice_reserve_total_amount_currency", "invoiceReserveTotalAmountCurrency"),
            ("accounting_dimension_values", "accountingDimensionValues"),
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
            v = s.number
            o.number = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.project_manager
            o.project_manager = u if v is None or v is u else Employee._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.main_project
            o.main_project = u if v is None or v is u else Project._tx_parse(v)
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.is_ready_for_invoicing
            o.is_ready_for_invoicing = u if v is None else v
            v = s.is_internal
            o.is_internal = u if v is None else v
            v = s.is_offer
            o.is_offer = u if v is None else v
            v = s.is_fixed_price
            o.is_fixed_price = u if v is None else v
            v = s.project_category
            o.project_category = u if v is None or v is u else ProjectCategory._tx_parse(v)
            v = s.delivery_address
            o.delivery_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.boligmappa_address
            o.boligmappa_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.display_name_format
            o.display_name_format = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_display_name_format.get(v)) is not None
                else enum_value(ProjectDisplayNameFormat, v)
            )
            v = s.reference
            o.reference = u if v is None else v
            v = s.external_accounts_number
            o.external_accounts_number = u if v is None else v
            v = s.discount_percentage
            o.discount_percentage = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.fixedprice
            o.fixedprice = u if v is None else v
            v = s.contribution_margin_percent
            o.contribution_margin_percent = u if v is None else v
            v = s.number_of_sub_projects
            o.number_of_sub_projects = u if v is None else v
            v = s.number_of_project_participants
            o.number_of_project_participants = u if v is None else v
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([ProjectOrderLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.mark_up_order_lines
            o.mark_up_order_lines = u if v is None else v
            v = s.mark_up_fees_earned
            o.mark_up_fees_earned = u if v is None else v
            v = s.is_price_ceiling
            o.is_price_ceiling = u if v is None else v
            v = s.price_ceiling_amount
            o.price_ceiling_amount = u if v is None else v
            v = s.project_hourly_rates
            o.project_hourly_rates = (
                u
                if v is None or v is u
                else ([ProjectHourlyRate._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.for_participants_only
            o.for_participants_only = u if v is None else v
            v = s.participants
            o.participants = (
                u
                if v is None or v is u
                else ([ProjectParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.contact
            o.contact = u if v is None or v is u else Contact._tx_parse(v)
            v = s.attention
            o.attention = u if v is None or v is u else Contact._tx_parse(v)
            v = s.invoice_comment
            o.invoice_comment = u if v is None else v
            v = s.invoicing_plan
            o.invoicing_plan = (
                u
                if v is None or v is u
                else ([Invoice._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.preliminary_invoice
            o.preliminary_invoice = u if v is None or v is u else Invoice._tx_parse(v)
            v = s.general_project_activities_per_project_only
            o.general_project_activities_per_project_only = u if v is None else v
            v = s.project_activities
            o.project_activities = (
                u
                if v is None or v is u
                else ([ProjectActivity._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.hierarchy_name_and_number
            o.hierarchy_name_and_number = u if v is None else v
            v = s.invoice_due_date
            o.invoice_due_date = u if v is None else v
            v = s.invoice_due_date_type
            o.invoice_due_date_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_due_date_type.get(v)) is not None
                else enum_value(ProjectInvoiceDueDateType, v)
            )
            v = s.invoice_receiver_email
            o.invoice_receiver_email = u if v is None else v
            v = s.overdue_notice_email
            o.overdue_notice_email = u if v is None else v
            v = s.access_type
            o.access_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_type.get(v)) is not None
                else enum_value(ProjectAccessType, v)
            )
            v = s.use_product_net_price
            o.use_product_net_price = u if v is None else v
            v = s.ignore_company_product_discount_agreement
            o.ignore_company_product_discount_agreement = u if v is None else v
            v = s.customer_name
            o.customer_name = u if v is None else v
            v = s.hierarchy_level
            o.hierarchy_level = u if v is None else v
            v = s.project_manager_name_and_number
            o.project_manager_name_and_number = u if v is None else v
            v = s.total_invoiced_on_account_amount_absolute_currency
            o.total_invoiced_on_account_amount_absolute_currency = u if v is None else v
            v = s.invoice_on_account_vat_high
            o.invoice_on_account_vat_high = u if v is None else v
            v = s.invoice_reserve_total_amount_currency
            o.invoice_reserve_total_amount_currency = u if v is None else v
            v = s.accounting_dimension_values
            o.accounting_dimension_values = (
                u
                if v is None or v is u
                else ([AccountingDimensionValue._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
