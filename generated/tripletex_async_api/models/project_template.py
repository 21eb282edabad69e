from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_template_display_name_format import ProjectTemplateDisplayNameFormat
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
    from ..models.contact import Contact
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.project import Project
    from ..models.project_category import ProjectCategory
    from ..models.project_hourly_rate_template import ProjectHourlyRateTemplate
    from ..models.vat_type import VatType


T = TypeVar("T", bound="ProjectTemplate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("displayNameFormat", str, False),
    ("projectManager", dict, False),
    ("department", dict, False),
    ("mainProject", dict, False),
    ("projectCategory", dict, False),
    ("attention", dict, False),
    ("contact", dict, False),
    ("customer", dict, False),
    ("deliveryAddress", dict, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("projectHourlyRates", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectTemplate(LazyModel):
    """
    Attributes:
        name (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        is_internal (bool | Unset):
        number (str | Unset):
        display_name_format (ProjectTemplateDisplayNameFormat | Unset):
        project_manager (Employee | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        main_project (Project | Unset):
        project_category (ProjectCategory | Unset):
        reference (str | Unset):
        external_accounts_number (str | Unset):
        description (str | Unset):
        invoice_comment (str | Unset): Comment for project invoices
        attention (Contact | Unset): If the contact is not an employee
        contact (Contact | Unset): If the contact is not an employee
        customer (Customer | Unset):
        delivery_address (Address | Unset): Address tied to the employee
        vat_type (VatType | Unset): The default vat type for this account.
        currency (Currency | Unset):
        mark_up_order_lines (float | Unset): Set mark-up (%) for order lines.
        mark_up_fees_earned (float | Unset): Set mark-up (%) for fees earned.
        is_fixed_price (bool | Unset): Project is fixed price if set to true, hourly rate if set to false.
        fixedprice (float | Unset): Fixed price amount, in the project's currency.
        is_price_ceiling (bool | Unset): Set to true if an hourly rate project has a price ceiling.
        price_ceiling_amount (float | Unset): Price ceiling amount, in the project's currency.
        general_project_activities_per_project_only (bool | Unset): Set to true if a general project activity must be
            linked to project to allow time tracking.
        for_participants_only (bool | Unset): Set to true if only project participants can register information on the
            project
        project_hourly_rates (list[ProjectHourlyRateTemplate] | Unset): Project Rate Types tied to the project.
    """

    name: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_internal: bool | Unset = UNSET
    number: str | Unset = UNSET
    display_name_format: ProjectTemplateDisplayNameFormat | Unset = UNSET
    project_manager: Employee | Unset = UNSET
    department: Department | Unset = UNSET
    main_project: Project | Unset = UNSET
    project_category: ProjectCategory | Unset = UNSET
    reference: str | Unset = UNSET
    external_accounts_number: str | Unset = UNSET
    description: str | Unset = UNSET
    invoice_comment: str | Unset = UNSET
    attention: Contact | Unset = UNSET
    contact: Contact | Unset = UNSET
    customer: Customer | Unset = UNSET
    delivery_address: Address | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    currency: Currency | Unset = UNSET
    mark_up_order_lines: float | Unset = UNSET
    mark_up_fees_earned: float | Unset = UNSET
    is_fixed_price: bool | Unset = UNSET
    fixedprice: float | Unset = UNSET
    is_price_ceiling: bool | Unset = UNSET
    price_ceiling_amount: float | Unset = UNSET
    general_project_activities_per_project_only: bool | Unset = UNSET
    for_participants_only: bool | Unset = UNSET
    project_hourly_rates: list[ProjectHourlyRateTemplate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        start_date = self.start_date

        end_date = self.end_date

        is_internal = self.is_internal

        number = self.number

        display_name_format: str | Unset = UNSET
        if not isinstance(self.display_name_format, Unset):
            display_name_format = self.display_name_format.value

        project_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_manager, Unset):
            project_manager = self.project_manager.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        main_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_project, Unset):
            main_project = self.main_project.to_dict()

        project_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_category, Unset):
            project_category = self.project_category.to_dict()

        reference = self.reference

        external_accounts_number = self.external_accounts_number

        description = self.description

        invoice_comment = self.invoice_comment

        attention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attention, Unset):
            attention = self.attention.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        mark_up_order_lines = self.mark_up_order_lines

        mark_up_fees_earned = self.mark_up_fees_earned

        is_fixed_price = self.is_fixed_price

        fixedprice = self.fixedprice

        is_price_ceiling = self.is_price_ceiling

        price_ceiling_amount = self.price_ceiling_amount

        general_project_activities_per_project_only = self.general_project_activities_per_project_only

        for_participants_only = self.for_participants_only

        project_hourly_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_hourly_rates, Unset):
            project_hourly_rates = []
            for project_hourly_rates_item_data in self.project_hourly_rates:
                project_hourly_rates_item = project_hourly_rates_item_data.to_dict()
                project_hourly_rates.append(project_hourly_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal
        if number is not UNSET:
            field_dict["number"] = number
        if display_name_format is not UNSET:
            field_dict["displayNameFormat"] = display_name_format
        if project_manager is not UNSET:
            field_dict["projectManager"] = project_manager
        if department is not UNSET:
            field_dict["department"] = department
        if main_project is not UNSET:
            field_dict["mainProject"] = main_project
        if project_category is not UNSET:
            field_dict["projectCategory"] = project_category
        if reference is not UNSET:
            field_dict["reference"] = reference
        if external_accounts_number is not UNSET:
            field_dict["externalAccountsNumber"] = external_accounts_number
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_comment is not UNSET:
            field_dict["invoiceComment"] = invoice_comment
        if attention is not UNSET:
            field_dict["attention"] = attention
        if contact is not UNSET:
            field_dict["contact"] = contact
        if customer is not UNSET:
            field_dict["customer"] = customer
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if mark_up_order_lines is not UNSET:
            field_dict["markUpOrderLines"] = mark_up_order_lines
        if mark_up_fees_earned is not UNSET:
            field_dict["markUpFeesEarned"] = mark_up_fees_earned
        if is_fixed_price is not UNSET:
            field_dict["isFixedPrice"] = is_fixed_price
        if fixedprice is not UNSET:
            field_dict["fixedprice"] = fixedprice
        if is_price_ceiling is not UNSET:
            field_dict["isPriceCeiling"] = is_price_ceiling
        if price_ceiling_amount is not UNSET:
            field_dict["priceCeilingAmount"] = price_ceiling_amount
        if general_project_activities_per_project_only is not UNSET:
            field_dict["generalProjectActivitiesPerProjectOnly"] = general_project_activities_per_project_only
        if for_participants_only is not UNSET:
            field_dict["forParticipantsOnly"] = for_participants_only
        if project_hourly_rates is not UNSET:
            field_dict["projectHourlyRates"] = project_hourly_rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectTemplate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.project_category import ProjectCategory  # noqa: PLC0415
        from ..models.project_hourly_rate_template import ProjectHourlyRateTemplate  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        def _p_display_name_format(_tx_v: Any) -> ProjectTemplateDisplayNameFormat | Unset:
            _display_name_format = _tx_v
            display_name_format: ProjectTemplateDisplayNameFormat | Unset
            if isinstance(_display_name_format, Unset):
                display_name_format = UNSET
            else:
                display_name_format = ProjectTemplateDisplayNameFormat(_display_name_format)

            return display_name_format

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

        def _p_project_category(_tx_v: Any) -> ProjectCategory | Unset:
            _project_category = _tx_v
            project_category: ProjectCategory | Unset
            if isinstance(_project_category, Unset):
                project_category = UNSET
            else:
                project_category = ProjectCategory._tx_from_json(_project_category)

            return project_category

        def _p_attention(_tx_v: Any) -> Contact | Unset:
            _attention = _tx_v
            attention: Contact | Unset
            if isinstance(_attention, Unset):
                attention = UNSET
            else:
                attention = Contact._tx_from_json(_attention)

            return attention

        def _p_contact(_tx_v: Any) -> Contact | Unset:
            _contact = _tx_v
            contact: Contact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = Contact._tx_from_json(_contact)

            return contact

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_delivery_address(_tx_v: Any) -> Address | Unset:
            _delivery_address = _tx_v
            delivery_address: Address | Unset
            if isinstance(_delivery_address, Unset):
                delivery_address = UNSET
            else:
                delivery_address = Address._tx_from_json(_delivery_address)

            return delivery_address

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_project_hourly_rates(_tx_v: Any) -> list[ProjectHourlyRateTemplate] | Unset:
            _project_hourly_rates = _tx_v
            project_hourly_rates: list[ProjectHourlyRateTemplate] | Unset = UNSET
            if _project_hourly_rates is not UNSET:
                project_hourly_rates = []
                for project_hourly_rates_item_data in _project_hourly_rates:
                    if project_hourly_rates_item_data is None:
                        continue
                    project_hourly_rates_item = ProjectHourlyRateTemplate._tx_from_json(project_hourly_rates_item_data)

                    project_hourly_rates.append(project_hourly_rates_item)

            return project_hourly_rates

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "startDate",
                "endDate",
                "isInternal",
                "number",
                "displayNameFormat",
                "projectManager",
                "department",
                "mainProject",
                "projectCategory",
                "reference",
                "externalAccountsNumber",
                "description",
                "invoiceComment",
                "attention",
                "contact",
                "customer",
                "deliveryAddress",
                "vatType",
                "currency",
                "markUpOrderLines",
                "markUpFeesEarned",
                "isFixedPrice",
                "fixedprice",
                "isPriceCeiling",
                "priceCeilingAmount",
                "generalProjectActivitiesPerProjectOnly",
                "forParticipantsOnly",
                "projectHourlyRates",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "is_internal": ("isInternal", None),
            "number": ("number", None),
            "display_name_format": ("displayNameFormat", _p_display_name_format),
            "project_manager": ("projectManager", _p_project_manager),
            "department": ("department", _p_department),
            "main_project": ("mainProject", _p_main_project),
            "project_category": ("projectCategory", _p_project_category),
            "reference": ("reference", None),
            "external_accounts_number": ("externalAccountsNumber", None),
            "description": ("description", None),
            "invoice_comment": ("invoiceComment", None),
            "attention": ("attention", _p_attention),
            "contact": ("contact", _p_contact),
            "customer": ("customer", _p_customer),
            "delivery_address": ("deliveryAddress", _p_delivery_address),
            "vat_type": ("vatType", _p_vat_type),
            "currency": ("currency", _p_currency),
            "mark_up_order_lines": ("markUpOrderLines", None),
            "mark_up_fees_earned": ("markUpFeesEarned", None),
            "is_fixed_price": ("isFixedPrice", None),
            "fixedprice": ("fixedprice", None),
            "is_price_ceiling": ("isPriceCeiling", None),
            "price_ceiling_amount": ("priceCeilingAmount", None),
            "general_project_activities_per_project_only": ("generalProjectActivitiesPerProjectOnly", None),
            "for_participants_only": ("forParticipantsOnly", None),
            "project_hourly_rates": ("projectHourlyRates", _p_project_hourly_rates),
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
