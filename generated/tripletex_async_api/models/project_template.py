from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_template_display_name_format import ProjectTemplateDisplayNameFormat
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


@_attrs_define
class ProjectTemplate(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.is_internal
        if _v is not UNSET:
            field_dict["isInternal"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.display_name_format
        if _v is not UNSET:
            field_dict["displayNameFormat"] = _v._value_
        _v = self.project_manager
        if _v is not UNSET:
            field_dict["projectManager"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.main_project
        if _v is not UNSET:
            field_dict["mainProject"] = _v.to_dict()
        _v = self.project_category
        if _v is not UNSET:
            field_dict["projectCategory"] = _v.to_dict()
        _v = self.reference
        if _v is not UNSET:
            field_dict["reference"] = _v
        _v = self.external_accounts_number
        if _v is not UNSET:
            field_dict["externalAccountsNumber"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.invoice_comment
        if _v is not UNSET:
            field_dict["invoiceComment"] = _v
        _v = self.attention
        if _v is not UNSET:
            field_dict["attention"] = _v.to_dict()
        _v = self.contact
        if _v is not UNSET:
            field_dict["contact"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.delivery_address
        if _v is not UNSET:
            field_dict["deliveryAddress"] = _v.to_dict()
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.mark_up_order_lines
        if _v is not UNSET:
            field_dict["markUpOrderLines"] = _v
        _v = self.mark_up_fees_earned
        if _v is not UNSET:
            field_dict["markUpFeesEarned"] = _v
        _v = self.is_fixed_price
        if _v is not UNSET:
            field_dict["isFixedPrice"] = _v
        _v = self.fixedprice
        if _v is not UNSET:
            field_dict["fixedprice"] = _v
        _v = self.is_price_ceiling
        if _v is not UNSET:
            field_dict["isPriceCeiling"] = _v
        _v = self.price_ceiling_amount
        if _v is not UNSET:
            field_dict["priceCeilingAmount"] = _v
        _v = self.general_project_activities_per_project_only
        if _v is not UNSET:
            field_dict["generalProjectActivitiesPerProjectOnly"] = _v
        _v = self.for_participants_only
        if _v is not UNSET:
            field_dict["forParticipantsOnly"] = _v
        _v = self.project_hourly_rates
        if _v is not UNSET:
            field_dict["projectHourlyRates"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectTemplate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectTemplate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
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

        _new = object.__new__
        _e_display_name_format: dict[Any, Any] = enum_members(ProjectTemplateDisplayNameFormat)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "startDate": "start_date",
            "endDate": "end_date",
            "isInternal": "is_internal",
            "number": "number",
            "reference": "reference",
            "externalAccountsNumber": "external_accounts_number",
            "description": "description",
            "invoiceComment": "invoice_comment",
            "markUpOrderLines": "mark_up_order_lines",
            "markUpFeesEarned": "mark_up_fees_earned",
            "isFixedPrice": "is_fixed_price",
            "fixedprice": "fixedprice",
            "isPriceCeiling": "is_price_ceiling",
            "priceCeilingAmount": "price_ceiling_amount",
            "generalProjectActivitiesPerProjectOnly": "general_project_activities_per_project_only",
            "forParticipantsOnly": "for_participants_only",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.name = o.start_date = o.end_date = o.is_internal = o.number = o.display_name_format = (
                        o.project_manager
                    ) = o.department = o.main_project = o.project_category = o.reference = (
                        o.external_accounts_number
                    ) = o.description = o.invoice_comment = o.attention = o.contact = o.customer = (
                        o.delivery_address
                    ) = o.vat_type = o.currency = o.mark_up_order_lines = o.mark_up_fees_earned = o.is_fixed_price = (
                        o.fixedprice
                    ) = o.is_price_ceiling = o.price_ceiling_amount = o.general_project_activities_per_project_only = (
                        o.for_participants_only
                    ) = o.project_hourly_rates = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
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
                v = g("isInternal")
                if v is None:
                    o.is_internal = u
                    if "isInternal" not in d:
                        m += 1
                else:
                    o.is_internal = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
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
                        else enum_value(ProjectTemplateDisplayNameFormat, v)
                    )
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
                k = "projectCategory"
                v = g("projectCategory")
                if v is None:
                    o.project_category = u
                    if "projectCategory" not in d:
                        m += 1
                else:
                    o.project_category = ProjectCategory._tx_parse(v)
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
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("invoiceComment")
                if v is None:
                    o.invoice_comment = u
                    if "invoiceComment" not in d:
                        m += 1
                else:
                    o.invoice_comment = v
                k = "attention"
                v = g("attention")
                if v is None:
                    o.attention = u
                    if "attention" not in d:
                        m += 1
                else:
                    o.attention = Contact._tx_parse(v)
                k = "contact"
                v = g("contact")
                if v is None:
                    o.contact = u
                    if "contact" not in d:
                        m += 1
                else:
                    o.contact = Contact._tx_parse(v)
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                k = "deliveryAddress"
                v = g("deliveryAddress")
                if v is None:
                    o.delivery_address = u
                    if "deliveryAddress" not in d:
                        m += 1
                else:
                    o.delivery_address = Address._tx_parse(v)
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
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
                v = g("isFixedPrice")
                if v is None:
                    o.is_fixed_price = u
                    if "isFixedPrice" not in d:
                        m += 1
                else:
                    o.is_fixed_price = v
                v = g("fixedprice")
                if v is None:
                    o.fixedprice = u
                    if "fixedprice" not in d:
                        m += 1
                else:
                    o.fixedprice = v
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
                v = g("generalProjectActivitiesPerProjectOnly")
                if v is None:
                    o.general_project_activities_per_project_only = u
                    if "generalProjectActivitiesPerProjectOnly" not in d:
                        m += 1
                else:
                    o.general_project_activities_per_project_only = v
                v = g("forParticipantsOnly")
                if v is None:
                    o.for_participants_only = u
                    if "forParticipantsOnly" not in d:
                        m += 1
                else:
                    o.for_participants_only = v
                k = "projectHourlyRates"
                v = g("projectHourlyRates")
                if v is None:
                    o.project_hourly_rates = u
                    if "projectHourlyRates" not in d:
                        m += 1
                else:
                    o.project_hourly_rates = (
                        ([ProjectHourlyRateTemplate._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 29 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("is_internal", "isInternal"),
            ("number", "number"),
            ("display_name_format", "displayNameFormat"),
            ("project_manager", "projectManager"),
            ("department", "department"),
            ("main_project", "mainProject"),
            ("project_category", "projectCategory"),
            ("reference", "reference"),
            ("external_accounts_number", "externalAccountsNumber"),
            ("description", "description"),
            ("invoice_comment", "invoiceComment"),
            ("attention", "attention"),
            ("contact", "contact"),
            ("customer", "customer"),
            ("delivery_address", "deliveryAddress"),
            ("vat_type", "vatType"),
            ("currency", "currency"),
            ("mark_up_order_lines", "markUpOrderLines"),
            ("mark_up_fees_earned", "markUpFeesEarned"),
            ("is_fixed_price", "isFixedPrice"),
            ("fixedprice", "fixedprice"),
            ("is_price_ceiling", "isPriceCeiling"),
            ("price_ceiling_amount", "priceCeilingAmount"),
            ("general_project_activities_per_project_only", "generalProjectActivitiesPerProjectOnly"),
            ("for_participants_only", "forParticipantsOnly"),
            ("project_hourly_rates", "projectHourlyRates"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.is_internal
            o.is_internal = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.display_name_format
            o.display_name_format = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_display_name_format.get(v)) is not None
                else enum_value(ProjectTemplateDisplayNameFormat, v)
            )
            v = s.project_manager
            o.project_manager = u if v is None or v is u else Employee._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.main_project
            o.main_project = u if v is None or v is u else Project._tx_parse(v)
            v = s.project_category
            o.project_category = u if v is None or v is u else ProjectCategory._tx_parse(v)
            v = s.reference
            o.reference = u if v is None else v
            v = s.external_accounts_number
            o.external_accounts_number = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.invoice_comment
            o.invoice_comment = u if v is None else v
            v = s.attention
            o.attention = u if v is None or v is u else Contact._tx_parse(v)
            v = s.contact
            o.contact = u if v is None or v is u else Contact._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.delivery_address
            o.delivery_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.mark_up_order_lines
            o.mark_up_order_lines = u if v is None else v
            v = s.mark_up_fees_earned
            o.mark_up_fees_earned = u if v is None else v
            v = s.is_fixed_price
            o.is_fixed_price = u if v is None else v
            v = s.fixedprice
            o.fixedprice = u if v is None else v
            v = s.is_price_ceiling
            o.is_price_ceiling = u if v is None else v
            v = s.price_ceiling_amount
            o.price_ceiling_amount = u if v is None else v
            v = s.general_project_activities_per_project_only
            o.general_project_activities_per_project_only = u if v is None else v
            v = s.for_participants_only
            o.for_participants_only = u if v is None else v
            v = s.project_hourly_rates
            o.project_hourly_rates = (
                u
                if v is None or v is u
                else ([ProjectHourlyRateTemplate._tx_parse(e) for e in v if e is not None] if v else [])
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
