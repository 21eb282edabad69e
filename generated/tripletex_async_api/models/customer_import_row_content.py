from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="CustomerImportRowContent")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class CustomerImportRowContent(LazyModel):
    """rowContent

    Attributes:
        customer_number (str | Unset):
        customer_name (str | Unset):
        organization_number (str | Unset):
        phone_number (str | Unset):
        phone_number_mobile (str | Unset):
        email (str | Unset):
        postal_address_1 (str | Unset):
        postal_address_2 (str | Unset):
        postal_code (str | Unset):
        postal_address_city (str | Unset):
        postal_address_country (str | Unset):
        is_private_person (str | Unset):
        fax (str | Unset):
        currency_code (str | Unset):
        category_1_number (str | Unset):
        category_1_name (str | Unset):
        category_2_number (str | Unset):
        category_2_name (str | Unset):
        category_3_number (str | Unset):
        category_3_name (str | Unset):
        contact_first_name (str | Unset):
        contact_last_name (str | Unset):
        contact_address_1 (str | Unset):
        contact_address_2 (str | Unset):
        contact_address_postal_code (str | Unset):
        contact_address_city (str | Unset):
        contact_address_country (str | Unset):
        contact_phone_number_work (str | Unset):
        contact_phone_number_mobile (str | Unset):
        contact_email (str | Unset):
        business_address_1 (str | Unset):
        business_address_2 (str | Unset):
        business_address_postal_code (str | Unset):
        business_address_city (str | Unset):
        business_address_country (str | Unset):
        delivery_address_1 (str | Unset):
        delivery_address_2 (str | Unset):
        delivery_address_postal_code (str | Unset):
        delivery_address_city (str | Unset):
        delivery_address_country (str | Unset):
        invoice_email (str | Unset):
        invoice_due_days (str | Unset):
        department_name (str | Unset):
        department_number (str | Unset):
        empty (bool | Unset):
    """

    customer_number: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    email: str | Unset = UNSET
    postal_address_1: str | Unset = UNSET
    postal_address_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    postal_address_city: str | Unset = UNSET
    postal_address_country: str | Unset = UNSET
    is_private_person: str | Unset = UNSET
    fax: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    category_1_number: str | Unset = UNSET
    category_1_name: str | Unset = UNSET
    category_2_number: str | Unset = UNSET
    category_2_name: str | Unset = UNSET
    category_3_number: str | Unset = UNSET
    category_3_name: str | Unset = UNSET
    contact_first_name: str | Unset = UNSET
    contact_last_name: str | Unset = UNSET
    contact_address_1: str | Unset = UNSET
    contact_address_2: str | Unset = UNSET
    contact_address_postal_code: str | Unset = UNSET
    contact_address_city: str | Unset = UNSET
    contact_address_country: str | Unset = UNSET
    contact_phone_number_work: str | Unset = UNSET
    contact_phone_number_mobile: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    business_address_1: str | Unset = UNSET
    business_address_2: str | Unset = UNSET
    business_address_postal_code: str | Unset = UNSET
    business_address_city: str | Unset = UNSET
    business_address_country: str | Unset = UNSET
    delivery_address_1: str | Unset = UNSET
    delivery_address_2: str | Unset = UNSET
    delivery_address_postal_code: str | Unset = UNSET
    delivery_address_city: str | Unset = UNSET
    delivery_address_country: str | Unset = UNSET
    invoice_email: str | Unset = UNSET
    invoice_due_days: str | Unset = UNSET
    department_name: str | Unset = UNSET
    department_number: str | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        customer_number = self.customer_number

        customer_name = self.customer_name

        organization_number = self.organization_number

        phone_number = self.phone_number

        phone_number_mobile = self.phone_number_mobile

        email = self.email

        postal_address_1 = self.postal_address_1

        postal_address_2 = self.postal_address_2

        postal_code = self.postal_code

        postal_address_city = self.postal_address_city

        postal_address_country = self.postal_address_country

        is_private_person = self.is_private_person

        fax = self.fax

        currency_code = self.currency_code

        category_1_number = self.category_1_number

        category_1_name = self.category_1_name

        category_2_number = self.category_2_number

        category_2_name = self.category_2_name

        category_3_number = self.category_3_number

        category_3_name = self.category_3_name

        contact_first_name = self.contact_first_name

        contact_last_name = self.contact_last_name

        contact_address_1 = self.contact_address_1

        contact_address_2 = self.contact_address_2

        contact_address_postal_code = self.contact_address_postal_code

        contact_address_city = self.contact_address_city

        contact_address_country = self.contact_address_country

        contact_phone_number_work = self.contact_phone_number_work

        contact_phone_number_mobile = self.contact_phone_number_mobile

        contact_email = self.contact_email

        business_address_1 = self.business_address_1

        business_address_2 = self.business_address_2

        business_address_postal_code = self.business_address_postal_code

        business_address_city = self.business_address_city

        business_address_country = self.business_address_country

        delivery_address_1 = self.delivery_address_1

        delivery_address_2 = self.delivery_address_2

        delivery_address_postal_code = self.delivery_address_postal_code

        delivery_address_city = self.delivery_address_city

        delivery_address_country = self.delivery_address_country

        invoice_email = self.invoice_email

        invoice_due_days = self.invoice_due_days

        department_name = self.department_name

        department_number = self.department_number

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if email is not UNSET:
            field_dict["email"] = email
        if postal_address_1 is not UNSET:
            field_dict["postalAddress1"] = postal_address_1
        if postal_address_2 is not UNSET:
            field_dict["postalAddress2"] = postal_address_2
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if postal_address_city is not UNSET:
            field_dict["postalAddressCity"] = postal_address_city
        if postal_address_country is not UNSET:
            field_dict["postalAddressCountry"] = postal_address_country
        if is_private_person is not UNSET:
            field_dict["isPrivatePerson"] = is_private_person
        if fax is not UNSET:
            field_dict["fax"] = fax
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if category_1_number is not UNSET:
            field_dict["category1Number"] = category_1_number
        if category_1_name is not UNSET:
            field_dict["category1Name"] = category_1_name
        if category_2_number is not UNSET:
            field_dict["category2Number"] = category_2_number
        if category_2_name is not UNSET:
            field_dict["category2Name"] = category_2_name
        if category_3_number is not UNSET:
            field_dict["category3Number"] = category_3_number
        if category_3_name is not UNSET:
            field_dict["category3Name"] = category_3_name
        if contact_first_name is not UNSET:
            field_dict["contactFirstName"] = contact_first_name
        if contact_last_name is not UNSET:
            field_dict["contactLastName"] = contact_last_name
        if contact_address_1 is not UNSET:
            field_dict["contactAddress1"] = contact_address_1
        if contact_address_2 is not UNSET:
            field_dict["contactAddress2"] = contact_address_2
        if contact_address_postal_code is not UNSET:
            field_dict["contactAddressPostalCode"] = contact_address_postal_code
        if contact_address_city is not UNSET:
            field_dict["contactAddressCity"] = contact_address_city
        if contact_address_country is not UNSET:
            field_dict["contactAddressCountry"] = contact_address_country
        if contact_phone_number_work is not UNSET:
            field_dict["contactPhoneNumberWork"] = contact_phone_number_work
        if contact_phone_number_mobile is not UNSET:
            field_dict["contactPhoneNumberMobile"] = contact_phone_number_mobile
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if business_address_1 is not UNSET:
            field_dict["businessAddress1"] = business_address_1
        if business_address_2 is not UNSET:
            field_dict["businessAddress2"] = business_address_2
        if business_address_postal_code is not UNSET:
            field_dict["businessAddressPostalCode"] = business_address_postal_code
        if business_address_city is not UNSET:
            field_dict["businessAddressCity"] = business_address_city
        if business_address_country is not UNSET:
            field_dict["businessAddressCountry"] = business_address_country
        if delivery_address_1 is not UNSET:
            field_dict["deliveryAddress1"] = delivery_address_1
        if delivery_address_2 is not UNSET:
            field_dict["deliveryAddress2"] = delivery_address_2
        if delivery_address_postal_code is not UNSET:
            field_dict["deliveryAddressPostalCode"] = delivery_address_postal_code
        if delivery_address_city is not UNSET:
            field_dict["deliveryAddressCity"] = delivery_address_city
        if delivery_address_country is not UNSET:
            field_dict["deliveryAddressCountry"] = delivery_address_country
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if invoice_due_days is not UNSET:
            field_dict["invoiceDueDays"] = invoice_due_days
        if department_name is not UNSET:
            field_dict["departmentName"] = department_name
        if department_number is not UNSET:
            field_dict["departmentNumber"] = department_number
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerImportRowContent from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "customerNumber",
                "customerName",
                "organizationNumber",
                "phoneNumber",
                "phoneNumberMobile",
                "email",
                "postalAddress1",
                "postalAddress2",
                "postalCode",
                "postalAddressCity",
                "postalAddressCountry",
                "isPrivatePerson",
                "fax",
                "currencyCode",
                "category1Number",
                "category1Name",
                "category2Number",
                "category2Name",
                "category3Number",
                "category3Name",
                "contactFirstName",
                "contactLastName",
                "contactAddress1",
                "contactAddress2",
                "contactAddressPostalCode",
                "contactAddressCity",
                "contactAddressCountry",
                "contactPhoneNumberWork",
                "contactPhoneNumberMobile",
                "contactEmail",
                "businessAddress1",
                "businessAddress2",
                "businessAddressPostalCode",
                "businessAddressCity",
                "businessAddressCountry",
                "deliveryAddress1",
                "deliveryAddress2",
                "deliveryAddressPostalCode",
                "deliveryAddressCity",
                "deliveryAddressCountry",
                "invoiceEmail",
                "invoiceDueDays",
                "departmentName",
                "departmentNumber",
                "empty",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "customer_number": ("customerNumber", None),
            "customer_name": ("customerName", None),
            "organization_number": ("organizationNumber", None),
            "phone_number": ("phoneNumber", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "email": ("email", None),
            "postal_address_1": ("postalAddress1", None),
            "postal_address_2": ("postalAddress2", None),
            "postal_code": ("postalCode", None),
            "postal_address_city": ("postalAddressCity", None),
            "postal_address_country": ("postalAddressCountry", None),
            "is_private_person": ("isPrivatePerson", None),
            "fax": ("fax", None),
            "currency_code": ("currencyCode", None),
            "category_1_number": ("category1Number", None),
            "category_1_name": ("category1Name", None),
            "category_2_number": ("category2Number", None),
            "category_2_name": ("category2Name", None),
            "category_3_number": ("category3Number", None),
            "category_3_name": ("category3Name", None),
            "contact_first_name": ("contactFirstName", None),
            "contact_last_name": ("contactLastName", None),
            "contact_address_1": ("contactAddress1", None),
            "contact_address_2": ("contactAddress2", None),
            "contact_address_postal_code": ("contactAddressPostalCode", None),
            "contact_address_city": ("contactAddressCity", None),
            "contact_address_country": ("contactAddressCountry", None),
            "contact_phone_number_work": ("contactPhoneNumberWork", None),
            "contact_phone_number_mobile": ("contactPhoneNumberMobile", None),
            "contact_email": ("contactEmail", None),
            "business_address_1": ("businessAddress1", None),
            "business_address_2": ("businessAddress2", None),
            "business_address_postal_code": ("businessAddressPostalCode", None),
            "business_address_city": ("businessAddressCity", None),
            "business_address_country": ("businessAddressCountry", None),
            "delivery_address_1": ("deliveryAddress1", None),
            "delivery_address_2": ("deliveryAddress2", None),
            "delivery_address_postal_code": ("deliveryAddressPostalCode", None),
            "delivery_address_city": ("deliveryAddressCity", None),
            "delivery_address_country": ("deliveryAddressCountry", None),
            "invoice_email": ("invoiceEmail", None),
            "invoice_due_days": ("invoiceDueDays", None),
            "department_name": ("departmentName", None),
            "department_number": ("departmentNumber", None),
            "empty": ("empty", None),
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
