from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CustomerImportRowContent")


@_attrs_define
class CustomerImportRowContent:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        customer_number = d.pop("customerNumber", UNSET)

        customer_name = d.pop("customerName", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        email = d.pop("email", UNSET)

        postal_address_1 = d.pop("postalAddress1", UNSET)

        postal_address_2 = d.pop("postalAddress2", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        postal_address_city = d.pop("postalAddressCity", UNSET)

        postal_address_country = d.pop("postalAddressCountry", UNSET)

        is_private_person = d.pop("isPrivatePerson", UNSET)

        fax = d.pop("fax", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        category_1_number = d.pop("category1Number", UNSET)

        category_1_name = d.pop("category1Name", UNSET)

        category_2_number = d.pop("category2Number", UNSET)

        category_2_name = d.pop("category2Name", UNSET)

        category_3_number = d.pop("category3Number", UNSET)

        category_3_name = d.pop("category3Name", UNSET)

        contact_first_name = d.pop("contactFirstName", UNSET)

        contact_last_name = d.pop("contactLastName", UNSET)

        contact_address_1 = d.pop("contactAddress1", UNSET)

        contact_address_2 = d.pop("contactAddress2", UNSET)

        contact_address_postal_code = d.pop("contactAddressPostalCode", UNSET)

        contact_address_city = d.pop("contactAddressCity", UNSET)

        contact_address_country = d.pop("contactAddressCountry", UNSET)

        contact_phone_number_work = d.pop("contactPhoneNumberWork", UNSET)

        contact_phone_number_mobile = d.pop("contactPhoneNumberMobile", UNSET)

        contact_email = d.pop("contactEmail", UNSET)

        business_address_1 = d.pop("businessAddress1", UNSET)

        business_address_2 = d.pop("businessAddress2", UNSET)

        business_address_postal_code = d.pop("businessAddressPostalCode", UNSET)

        business_address_city = d.pop("businessAddressCity", UNSET)

        business_address_country = d.pop("businessAddressCountry", UNSET)

        delivery_address_1 = d.pop("deliveryAddress1", UNSET)

        delivery_address_2 = d.pop("deliveryAddress2", UNSET)

        delivery_address_postal_code = d.pop("deliveryAddressPostalCode", UNSET)

        delivery_address_city = d.pop("deliveryAddressCity", UNSET)

        delivery_address_country = d.pop("deliveryAddressCountry", UNSET)

        invoice_email = d.pop("invoiceEmail", UNSET)

        invoice_due_days = d.pop("invoiceDueDays", UNSET)

        department_name = d.pop("departmentName", UNSET)

        department_number = d.pop("departmentNumber", UNSET)

        empty = d.pop("empty", UNSET)

        _obj = cls(
            customer_number=customer_number,
            customer_name=customer_name,
            organization_number=organization_number,
            phone_number=phone_number,
            phone_number_mobile=phone_number_mobile,
            email=email,
            postal_address_1=postal_address_1,
            postal_address_2=postal_address_2,
            postal_code=postal_code,
            postal_address_city=postal_address_city,
            postal_address_country=postal_address_country,
            is_private_person=is_private_person,
            fax=fax,
            currency_code=currency_code,
            category_1_number=category_1_number,
            category_1_name=category_1_name,
            category_2_number=category_2_number,
            category_2_name=category_2_name,
            category_3_number=category_3_number,
            category_3_name=category_3_name,
            contact_first_name=contact_first_name,
            contact_last_name=contact_last_name,
            contact_address_1=contact_address_1,
            contact_address_2=contact_address_2,
            contact_address_postal_code=contact_address_postal_code,
            contact_address_city=contact_address_city,
            contact_address_country=contact_address_country,
            contact_phone_number_work=contact_phone_number_work,
            contact_phone_number_mobile=contact_phone_number_mobile,
            contact_email=contact_email,
            business_address_1=business_address_1,
            business_address_2=business_address_2,
            business_address_postal_code=business_address_postal_code,
            business_address_city=business_address_city,
            business_address_country=business_address_country,
            delivery_address_1=delivery_address_1,
            delivery_address_2=delivery_address_2,
            delivery_address_postal_code=delivery_address_postal_code,
            delivery_address_city=delivery_address_city,
            delivery_address_country=delivery_address_country,
            invoice_email=invoice_email,
            invoice_due_days=invoice_due_days,
            department_name=department_name,
            department_number=department_number,
            empty=empty,
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
