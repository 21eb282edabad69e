from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_template_display_name_format import ProjectTemplateDisplayNameFormat
from ..types import UNSET, Unset, serializing_request_body

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


@_attrs_define
class ProjectTemplate:
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

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        is_internal = d.pop("isInternal", UNSET)

        number = d.pop("number", UNSET)

        _display_name_format = d.pop("displayNameFormat", UNSET)
        display_name_format: ProjectTemplateDisplayNameFormat | Unset
        if isinstance(_display_name_format, Unset):
            display_name_format = UNSET
        else:
            display_name_format = ProjectTemplateDisplayNameFormat(_display_name_format)

        _project_manager = d.pop("projectManager", UNSET)
        project_manager: Employee | Unset
        if isinstance(_project_manager, Unset):
            project_manager = UNSET
        else:
            project_manager = Employee.from_dict(_project_manager)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _main_project = d.pop("mainProject", UNSET)
        main_project: Project | Unset
        if isinstance(_main_project, Unset):
            main_project = UNSET
        else:
            main_project = Project.from_dict(_main_project)

        _project_category = d.pop("projectCategory", UNSET)
        project_category: ProjectCategory | Unset
        if isinstance(_project_category, Unset):
            project_category = UNSET
        else:
            project_category = ProjectCategory.from_dict(_project_category)

        reference = d.pop("reference", UNSET)

        external_accounts_number = d.pop("externalAccountsNumber", UNSET)

        description = d.pop("description", UNSET)

        invoice_comment = d.pop("invoiceComment", UNSET)

        _attention = d.pop("attention", UNSET)
        attention: Contact | Unset
        if isinstance(_attention, Unset):
            attention = UNSET
        else:
            attention = Contact.from_dict(_attention)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: Address | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = Address.from_dict(_delivery_address)

        _vat_type = d.pop("vatType", UNSET)
        vat_type: VatType | Unset
        if isinstance(_vat_type, Unset):
            vat_type = UNSET
        else:
            vat_type = VatType.from_dict(_vat_type)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        mark_up_order_lines = d.pop("markUpOrderLines", UNSET)

        mark_up_fees_earned = d.pop("markUpFeesEarned", UNSET)

        is_fixed_price = d.pop("isFixedPrice", UNSET)

        fixedprice = d.pop("fixedprice", UNSET)

        is_price_ceiling = d.pop("isPriceCeiling", UNSET)

        price_ceiling_amount = d.pop("priceCeilingAmount", UNSET)

        general_project_activities_per_project_only = d.pop("generalProjectActivitiesPerProjectOnly", UNSET)

        for_participants_only = d.pop("forParticipantsOnly", UNSET)

        _project_hourly_rates = d.pop("projectHourlyRates", UNSET)
        project_hourly_rates: list[ProjectHourlyRateTemplate] | Unset = UNSET
        if _project_hourly_rates is not UNSET:
            project_hourly_rates = []
            for project_hourly_rates_item_data in _project_hourly_rates:
                if project_hourly_rates_item_data is None:
                    continue
                project_hourly_rates_item = ProjectHourlyRateTemplate.from_dict(project_hourly_rates_item_data)

                project_hourly_rates.append(project_hourly_rates_item)

        _obj = cls(
            name=name,
            start_date=start_date,
            end_date=end_date,
            is_internal=is_internal,
            number=number,
            display_name_format=display_name_format,
            project_manager=project_manager,
            department=department,
            main_project=main_project,
            project_category=project_category,
            reference=reference,
            external_accounts_number=external_accounts_number,
            description=description,
            invoice_comment=invoice_comment,
            attention=attention,
            contact=contact,
            customer=customer,
            delivery_address=delivery_address,
            vat_type=vat_type,
            currency=currency,
            mark_up_order_lines=mark_up_order_lines,
            mark_up_fees_earned=mark_up_fees_earned,
            is_fixed_price=is_fixed_price,
            fixedprice=fixedprice,
            is_price_ceiling=is_price_ceiling,
            price_ceiling_amount=price_ceiling_amount,
            general_project_activities_per_project_only=general_project_activities_per_project_only,
            for_participants_only=for_participants_only,
            project_hourly_rates=project_hourly_rates,
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
