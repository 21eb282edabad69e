from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_access_type import ProjectAccessType
from ..models.project_display_name_format import ProjectDisplayNameFormat
from ..models.project_invoice_due_date_type import ProjectInvoiceDueDateType
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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("projectManager", dict, False),
    ("department", dict, False),
    ("mainProject", dict, False),
    ("customer", dict, False),
    ("projectCategory", dict, False),
    ("deliveryAddress", dict, False),
    ("boligmappaAddress", dict, False),
    ("displayNameFormat", str, False),
    ("vatType", dict, False),
    ("orderLines", list, False),
    ("currency", dict, False),
    ("projectHourlyRates", list, False),
    ("participants", list, False),
    ("contact", dict, False),
    ("attention", dict, False),
    ("invoicingPlan", list, False),
    ("preliminaryInvoice", dict, False),
    ("projectActivities", list, False),
    ("invoiceDueDateType", str, False),
    ("accessType", str, False),
    ("accountingDimensionValues", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Project(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        number (str | Unset): If NULL, a number is generated automatically.
        display_name (str | Unset): [read-only]
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
        discount_percentage (float | Unset): [read-only] Project discount percentage.
        vat_type (VatType | Unset): The default vat type for this account.
        fixedprice (float | Unset): Fixed price amount, in the project's currency.
        contribution_margin_percent (float | Unset): [read-only]
        number_of_sub_projects (int | Unset): [read-only]
        number_of_project_participants (int | Unset): [read-only]
        order_lines (list[ProjectOrderLine] | Unset): [read-only] Order lines tied to the order
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
        invoicing_plan (list[Invoice] | Unset): [read-only] Invoicing plans tied to the project
        preliminary_invoice (Invoice | Unset): Invoicing plans tied to the project
        general_project_activities_per_project_only (bool | Unset): Set to true if a general project activity must be
            linked to project to allow time tracking.
        project_activities (list[ProjectActivity] | Unset): Project Activities
        hierarchy_name_and_number (str | Unset): [read-only]
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
        customer_name (str | Unset): [read-only]
        hierarchy_level (int | Unset): [read-only]
        project_manager_name_and_number (str | Unset): [read-only]
        total_invoiced_on_account_amount_absolute_currency (float | Unset): [read-only] Amount paid on account(a konto)
        invoice_on_account_vat_high (bool | Unset): The on account(a konto) amounts including VAT
        invoice_reserve_total_amount_currency (float | Unset): [read-only] Total invoice reserve
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

        number = self.number

        display_name = self.display_name

        description = self.description

        project_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_manager, Unset):
            project_manager = self.project_manager.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        main_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_project, Unset):
            main_project = self.main_project.to_dict()

        start_date = self.start_date

        end_date = self.end_date

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        is_closed = self.is_closed

        is_ready_for_invoicing = self.is_ready_for_invoicing

        is_internal = self.is_internal

        is_offer = self.is_offer

        is_fixed_price = self.is_fixed_price

        project_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_category, Unset):
            project_category = self.project_category.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        boligmappa_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boligmappa_address, Unset):
            boligmappa_address = self.boligmappa_address.to_dict()

        display_name_format: str | Unset = UNSET
        if not isinstance(self.display_name_format, Unset):
            display_name_format = self.display_name_format.value

        reference = self.reference

        external_accounts_number = self.external_accounts_number

        discount_percentage = self.discount_percentage

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        fixedprice = self.fixedprice

        contribution_margin_percent = self.contribution_margin_percent

        number_of_sub_projects = self.number_of_sub_projects

        number_of_project_participants = self.number_of_project_participants

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        mark_up_order_lines = self.mark_up_order_lines

        mark_up_fees_earned = self.mark_up_fees_earned

        is_price_ceiling = self.is_price_ceiling

        price_ceiling_amount = self.price_ceiling_amount

        project_hourly_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_hourly_rates, Unset):
            project_hourly_rates = []
            for project_hourly_rates_item_data in self.project_hourly_rates:
                project_hourly_rates_item = project_hourly_rates_item_data.to_dict()
                project_hourly_rates.append(project_hourly_rates_item)

        for_participants_only = self.for_participants_only

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

        invoice_comment = self.invoice_comment

        invoicing_plan: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoicing_plan, Unset):
            invoicing_plan = []
            for invoicing_plan_item_data in self.invoicing_plan:
                invoicing_plan_item = invoicing_plan_item_data.to_dict()
                invoicing_plan.append(invoicing_plan_item)

        preliminary_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preliminary_invoice, Unset):
            preliminary_invoice = self.preliminary_invoice.to_dict()

        general_project_activities_per_project_only = self.general_project_activities_per_project_only

        project_activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_activities, Unset):
            project_activities = []
            for project_activities_item_data in self.project_activities:
                project_activities_item = project_activities_item_data.to_dict()
                project_activities.append(project_activities_item)

        hierarchy_name_and_number = self.hierarchy_name_and_number

        invoice_due_date = self.invoice_due_date

        invoice_due_date_type: str | Unset = UNSET
        if not isinstance(self.invoice_due_date_type, Unset):
            invoice_due_date_type = self.invoice_due_date_type.value

        invoice_receiver_email = self.invoice_receiver_email

        overdue_notice_email = self.overdue_notice_email

        access_type: str | Unset = UNSET
        if not isinstance(self.access_type, Unset):
            access_type = self.access_type.value

        use_product_net_price = self.use_product_net_price

        ignore_company_product_discount_agreement = self.ignore_company_product_discount_agreement

        customer_name = self.customer_name

        hierarchy_level = self.hierarchy_level

        project_manager_name_and_number = self.project_manager_name_and_number

        total_invoiced_on_account_amount_absolute_currency = self.total_invoiced_on_account_amount_absolute_currency

        invoice_on_account_vat_high = self.invoice_on_account_vat_high

        invoice_reserve_total_amount_currency = self.invoice_reserve_total_amount_currency

        accounting_dimension_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting_dimension_values, Unset):
            accounting_dimension_values = []
            for accounting_dimension_values_item_data in self.accounting_dimension_values:
                accounting_dimension_values_item = accounting_dimension_values_item_data.to_dict()
                accounting_dimension_values.append(accounting_dimension_values_item)

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
        if number is not UNSET:
            field_dict["number"] = number
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if project_manager is not UNSET:
            field_dict["projectManager"] = project_manager
        if department is not UNSET:
            field_dict["department"] = department
        if main_project is not UNSET:
            field_dict["mainProject"] = main_project
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if customer is not UNSET:
            field_dict["customer"] = customer
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if is_ready_for_invoicing is not UNSET:
            field_dict["isReadyForInvoicing"] = is_ready_for_invoicing
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal
        if is_offer is not UNSET:
            field_dict["isOffer"] = is_offer
        if is_fixed_price is not UNSET:
            field_dict["isFixedPrice"] = is_fixed_price
        if project_category is not UNSET:
            field_dict["projectCategory"] = project_category
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if boligmappa_address is not UNSET:
            field_dict["boligmappaAddress"] = boligmappa_address
        if display_name_format is not UNSET:
            field_dict["displayNameFormat"] = display_name_format
        if reference is not UNSET:
            field_dict["reference"] = reference
        if external_accounts_number is not UNSET:
            field_dict["externalAccountsNumber"] = external_accounts_number
        if discount_percentage is not UNSET and not _in_request:
            field_dict["discountPercentage"] = discount_percentage
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if fixedprice is not UNSET:
            field_dict["fixedprice"] = fixedprice
        if contribution_margin_percent is not UNSET and not _in_request:
            field_dict["contributionMarginPercent"] = contribution_margin_percent
        if number_of_sub_projects is not UNSET and not _in_request:
            field_dict["numberOfSubProjects"] = number_of_sub_projects
        if number_of_project_participants is not UNSET and not _in_request:
            field_dict["numberOfProjectParticipants"] = number_of_project_participants
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if currency is not UNSET:
            field_dict["currency"] = currency
        if mark_up_order_lines is not UNSET:
            field_dict["markUpOrderLines"] = mark_up_order_lines
        if mark_up_fees_earned is not UNSET:
            field_dict["markUpFeesEarned"] = mark_up_fees_earned
        if is_price_ceiling is not UNSET:
            field_dict["isPriceCeiling"] = is_price_ceiling
        if price_ceiling_amount is not UNSET:
            field_dict["priceCeilingAmount"] = price_ceiling_amount
        if project_hourly_rates is not UNSET:
            field_dict["projectHourlyRates"] = project_hourly_rates
        if for_participants_only is not UNSET:
            field_dict["forParticipantsOnly"] = for_participants_only
        if participants is not UNSET:
            field_dict["participants"] = participants
        if contact is not UNSET:
            field_dict["contact"] = contact
        if attention is not UNSET:
            field_dict["attention"] = attention
        if invoice_comment is not UNSET:
            field_dict["invoiceComment"] = invoice_comment
        if invoicing_plan is not UNSET and not _in_request:
            field_dict["invoicingPlan"] = invoicing_plan
        if preliminary_invoice is not UNSET:
            field_dict["preliminaryInvoice"] = preliminary_invoice
        if general_project_activities_per_project_only is not UNSET:
            field_dict["generalProjectActivitiesPerProjectOnly"] = general_project_activities_per_project_only
        if project_activities is not UNSET:
            field_dict["projectActivities"] = project_activities
        if hierarchy_name_and_number is not UNSET and not _in_request:
            field_dict["hierarchyNameAndNumber"] = hierarchy_name_and_number
        if invoice_due_date is not UNSET:
            field_dict["invoiceDueDate"] = invoice_due_date
        if invoice_due_date_type is not UNSET:
            field_dict["invoiceDueDateType"] = invoice_due_date_type
        if invoice_receiver_email is not UNSET:
            field_dict["invoiceReceiverEmail"] = invoice_receiver_email
        if overdue_notice_email is not UNSET:
            field_dict["overdueNoticeEmail"] = overdue_notice_email
        if access_type is not UNSET:
            field_dict["accessType"] = access_type
        if use_product_net_price is not UNSET:
            field_dict["useProductNetPrice"] = use_product_net_price
        if ignore_company_product_discount_agreement is not UNSET:
            field_dict["ignoreCompanyProductDiscountAgreement"] = ignore_company_product_discount_agreement
        if customer_name is not UNSET and not _in_request:
            field_dict["customerName"] = customer_name
        if hierarchy_level is not UNSET and not _in_request:
            field_dict["hierarchyLevel"] = hierarchy_level
        if project_manager_name_and_number is not UNSET and not _in_request:
            field_dict["projectManagerNameAndNumber"] = project_manager_name_and_number
        if total_invoiced_on_account_amount_absolute_currency is not UNSET and not _in_request:
            field_dict["totalInvoicedOnAccountAmountAbsoluteCurrency"] = (
                total_invoiced_on_account_amount_absolute_currency
            )
        if invoice_on_account_vat_high is not UNSET:
            field_dict["invoiceOnAccountVatHigh"] = invoice_on_account_vat_high
        if invoice_reserve_total_amount_currency is not UNSET and not _in_request:
            field_dict["invoiceReserveTotalAmountCurrency"] = invoice_reserve_total_amount_currency
        if accounting_dimension_values is not UNSET:
            field_dict["accountingDimensionValues"] = accounting_dimension_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Project from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_project_manager(_tx_v: Any) -> Employee | Unset:
            _project_manager = _tx_v
            project_manager: Employee | Unset
            if isinstance(_project_manager, Unset):
                project_manager = UNSET
            else:
                project_manager = Employee._tx_from_json(_project_manager)

            return project_manager

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_main_project(_tx_v: Any) -> Project | Unset:
            _main_project = _tx_v
            main_project: Project | Unset
            if isinstance(_main_project, Unset):
                main_project = UNSET
            else:
                main_project = Project._tx_from_json(_main_project)

            return main_project

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_project_category(_tx_v: Any) -> ProjectCategory | Unset:
            _project_category = _tx_v
            project_category: ProjectCategory | Unset
            if isinstance(_project_category, Unset):
                project_category = UNSET
            else:
                project_category = ProjectCategory._tx_from_json(_project_category)

            return project_category

        def _p_delivery_address(_tx_v: Any) -> Address | Unset:
            _delivery_address = _tx_v
            delivery_address: Address | Unset
            if isinstance(_delivery_address, Unset):
                delivery_address = UNSET
            else:
                delivery_address = Address._tx_from_json(_delivery_address)

            return delivery_address

        def _p_boligmappa_address(_tx_v: Any) -> Address | Unset:
            _boligmappa_address = _tx_v
            boligmappa_address: Address | Unset
            if isinstance(_boligmappa_address, Unset):
                boligmappa_address = UNSET
            else:
                boligmappa_address = Address._tx_from_json(_boligmappa_address)

            return boligmappa_address

        def _p_display_name_format(_tx_v: Any) -> ProjectDisplayNameFormat | Unset:
            _display_name_format = _tx_v
            display_name_format: ProjectDisplayNameFormat | Unset
            if isinstance(_display_name_format, Unset):
                display_name_format = UNSET
            else:
                display_name_format = ProjectDisplayNameFormat(_display_name_format)

            return display_name_format

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_order_lines(_tx_v: Any) -> list[ProjectOrderLine] | Unset:
            _order_lines = _tx_v
            order_lines: list[ProjectOrderLine] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = ProjectOrderLine._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_project_hourly_rates(_tx_v: Any) -> list[ProjectHourlyRate] | Unset:
            _project_hourly_rates = _tx_v
            project_hourly_rates: list[ProjectHourlyRate] | Unset = UNSET
            if _project_hourly_rates is not UNSET:
                project_hourly_rates = []
                for project_hourly_rates_item_data in _project_hourly_rates:
                    if project_hourly_rates_item_data is None:
                        continue
                    project_hourly_rates_item = ProjectHourlyRate._tx_from_json(project_hourly_rates_item_data)

                    project_hourly_rates.append(project_hourly_rates_item)

            return project_hourly_rates

        def _p_participants(_tx_v: Any) -> list[ProjectParticipant] | Unset:
            _participants = _tx_v
            participants: list[ProjectParticipant] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:
                    if participants_item_data is None:
                        continue
                    participants_item = ProjectParticipant._tx_from_json(participants_item_data)

                    participants.append(participants_item)

            return participants

        def _p_contact(_tx_v: Any) -> Contact | Unset:
            _contact = _tx_v
            contact: Contact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = Contact._tx_from_json(_contact)

            return contact

        def _p_attention(_tx_v: Any) -> Contact | Unset:
            _attention = _tx_v
            attention: Contact | Unset
            if isinstance(_attention, Unset):
                attention = UNSET
            else:
                attention = Contact._tx_from_json(_attention)

            return attention

        def _p_invoicing_plan(_tx_v: Any) -> list[Invoice] | Unset:
            _invoicing_plan = _tx_v
            invoicing_plan: list[Invoice] | Unset = UNSET
            if _invoicing_plan is not UNSET:
                invoicing_plan = []
                for invoicing_plan_item_data in _invoicing_plan:
                    if invoicing_plan_item_data is None:
                        continue
                    invoicing_plan_item = Invoice._tx_from_json(invoicing_plan_item_data)

                    invoicing_plan.append(invoicing_plan_item)

            return invoicing_plan

        def _p_preliminary_invoice(_tx_v: Any) -> Invoice | Unset:
            _preliminary_invoice = _tx_v
            preliminary_invoice: Invoice | Unset
            if isinstance(_preliminary_invoice, Unset):
                preliminary_invoice = UNSET
            else:
                preliminary_invoice = Invoice._tx_from_json(_preliminary_invoice)

            return preliminary_invoice

        def _p_project_activities(_tx_v: Any) -> list[ProjectActivity] | Unset:
            _project_activities = _tx_v
            project_activities: list[ProjectActivity] | Unset = UNSET
            if _project_activities is not UNSET:
                project_activities = []
                for project_activities_item_data in _project_activities:
                    if project_activities_item_data is None:
                        continue
                    project_activities_item = ProjectActivity._tx_from_json(project_activities_item_data)

                    project_activities.append(project_activities_item)

            return project_activities

        def _p_invoice_due_date_type(_tx_v: Any) -> ProjectInvoiceDueDateType | Unset:
            _invoice_due_date_type = _tx_v
            invoice_due_date_type: ProjectInvoiceDueDateType | Unset
            if isinstance(_invoice_due_date_type, Unset):
                invoice_due_date_type = UNSET
            else:
                invoice_due_date_type = ProjectInvoiceDueDateType(_invoice_due_date_type)

            return invoice_due_date_type

        def _p_access_type(_tx_v: Any) -> ProjectAccessType | Unset:
            _access_type = _tx_v
            access_type: ProjectAccessType | Unset
            if isinstance(_access_type, Unset):
                access_type = UNSET
            else:
                access_type = ProjectAccessType(_access_type)

            return access_type

        def _p_accounting_dimension_values(_tx_v: Any) -> list[AccountingDimensionValue] | Unset:
            _accounting_dimension_values = _tx_v
            accounting_dimension_values: list[AccountingDimensionValue] | Unset = UNSET
            if _accounting_dimension_values is not UNSET:
                accounting_dimension_values = []
                for accounting_dimension_values_item_data in _accounting_dimension_values:
                    if accounting_dimension_values_item_data is None:
                        continue
                    accounting_dimension_values_item = AccountingDimensionValue._tx_from_json(
                        accounting_dimension_values_item_data
                    )

                    accounting_dimension_values.append(accounting_dimension_values_item)

            return accounting_dimension_values

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "number": ("number", None),
            "display_name": ("displayName", None),
            "description": ("description", None),
            "project_manager": ("projectManager", _p_project_manager),
            "department": ("department", _p_department),
            "main_project": ("mainProject", _p_main_project),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "customer": ("customer", _p_customer),
            "is_closed": ("isClosed", None),
            "is_ready_for_invoicing": ("isReadyForInvoicing", None),
            "is_internal": ("isInternal", None),
            "is_offer": ("isOffer", None),
            "is_fixed_price": ("isFixedPrice", None),
            "project_category": ("projectCategory", _p_project_category),
            "delivery_address": ("deliveryAddress", _p_delivery_address),
            "boligmappa_address": ("boligmappaAddress", _p_boligmappa_address),
            "display_name_format": ("displayNameFormat", _p_display_name_format),
            "reference": ("reference", None),
            "external_accounts_number": ("externalAccountsNumber", None),
            "discount_percentage": ("discountPercentage", None),
            "vat_type": ("vatType", _p_vat_type),
            "fixedprice": ("fixedprice", None),
            "contribution_margin_percent": ("contributionMarginPercent", None),
            "number_of_sub_projects": ("numberOfSubProjects", None),
            "number_of_project_participants": ("numberOfProjectParticipants", None),
            "order_lines": ("orderLines", _p_order_lines),
            "currency": ("currency", _p_currency),
            "mark_up_order_lines": ("markUpOrderLines", None),
            "mark_up_fees_earned": ("markUpFeesEarned", None),
            "is_price_ceiling": ("isPriceCeiling", None),
            "price_ceiling_amount": ("priceCeilingAmount", None),
            "project_hourly_rates": ("projectHourlyRates", _p_project_hourly_rates),
            "for_participants_only": ("forParticipantsOnly", None),
            "participants": ("participants", _p_participants),
            "contact": ("contact", _p_contact),
            "attention": ("attention", _p_attention),
            "invoice_comment": ("invoiceComment", None),
            "invoicing_plan": ("invoicingPlan", _p_invoicing_plan),
            "preliminary_invoice": ("preliminaryInvoice", _p_preliminary_invoice),
            "general_project_activities_per_project_only": ("generalProjectActivitiesPerProjectOnly", None),
            "project_activities": ("projectActivities", _p_project_activities),
            "hierarchy_name_and_number": ("hierarchyNameAndNumber", None),
            "invoice_due_date": ("invoiceDueDate", None),
            "invoice_due_date_type": ("invoiceDueDateType", _p_invoice_due_date_type),
            "invoice_receiver_email": ("invoiceReceiverEmail", None),
            "overdue_notice_email": ("overdueNoticeEmail", None),
            "access_type": ("accessType", _p_access_type),
            "use_product_net_price": ("useProductNetPrice", None),
            "ignore_company_product_discount_agreement": ("ignoreCompanyProductDiscountAgreement", None),
            "customer_name": ("customerName", None),
            "hierarchy_level": ("hierarchyLevel", None),
            "project_manager_name_and_number": ("projectManagerNameAndNumber", None),
            "total_invoiced_on_account_amount_absolute_currency": (
                "totalInvoicedOnAccountAmountAbsoluteCurrency",
                None,
            ),
            "invoice_on_account_vat_high": ("invoiceOnAccountVatHigh", None),
            "invoice_reserve_total_amount_currency": ("invoiceReserveTotalAmountCurrency", None),
            "accounting_dimension_values": ("accountingDimensionValues", _p_accounting_dimension_values),
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
