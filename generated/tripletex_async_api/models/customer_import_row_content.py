from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="CustomerImportRowContent")


@_attrs_define
class CustomerImportRowContent(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.customer_number
        if _v is not UNSET:
            field_dict["customerNumber"] = _v
        _v = self.customer_name
        if _v is not UNSET:
            field_dict["customerName"] = _v
        _v = self.organization_number
        if _v is not UNSET:
            field_dict["organizationNumber"] = _v
        _v = self.phone_number
        if _v is not UNSET:
            field_dict["phoneNumber"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET:
            field_dict["phoneNumberMobile"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.postal_address_1
        if _v is not UNSET:
            field_dict["postalAddress1"] = _v
        _v = self.postal_address_2
        if _v is not UNSET:
            field_dict["postalAddress2"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.postal_address_city
        if _v is not UNSET:
            field_dict["postalAddressCity"] = _v
        _v = self.postal_address_country
        if _v is not UNSET:
            field_dict["postalAddressCountry"] = _v
        _v = self.is_private_person
        if _v is not UNSET:
            field_dict["isPrivatePerson"] = _v
        _v = self.fax
        if _v is not UNSET:
            field_dict["fax"] = _v
        _v = self.currency_code
        if _v is not UNSET:
            field_dict["currencyCode"] = _v
        _v = self.category_1_number
        if _v is not UNSET:
            field_dict["category1Number"] = _v
        _v = self.category_1_name
        if _v is not UNSET:
            field_dict["category1Name"] = _v
        _v = self.category_2_number
        if _v is not UNSET:
            field_dict["category2Number"] = _v
        _v = self.category_2_name
        if _v is not UNSET:
            field_dict["category2Name"] = _v
        _v = self.category_3_number
        if _v is not UNSET:
            field_dict["category3Number"] = _v
        _v = self.category_3_name
        if _v is not UNSET:
            field_dict["category3Name"] = _v
        _v = self.contact_first_name
        if _v is not UNSET:
            field_dict["contactFirstName"] = _v
        _v = self.contact_last_name
        if _v is not UNSET:
            field_dict["contactLastName"] = _v
        _v = self.contact_address_1
        if _v is not UNSET:
            field_dict["contactAddress1"] = _v
        _v = self.contact_address_2
        if _v is not UNSET:
            field_dict["contactAddress2"] = _v
        _v = self.contact_address_postal_code
        if _v is not UNSET:
            field_dict["contactAddressPostalCode"] = _v
        _v = self.contact_address_city
        if _v is not UNSET:
            field_dict["contactAddressCity"] = _v
        _v = self.contact_address_country
        if _v is not UNSET:
            field_dict["contactAddressCountry"] = _v
        _v = self.contact_phone_number_work
        if _v is not UNSET:
            field_dict["contactPhoneNumberWork"] = _v
        _v = self.contact_phone_number_mobile
        if _v is not UNSET:
            field_dict["contactPhoneNumberMobile"] = _v
        _v = self.contact_email
        if _v is not UNSET:
            field_dict["contactEmail"] = _v
        _v = self.business_address_1
        if _v is not UNSET:
            field_dict["businessAddress1"] = _v
        _v = self.business_address_2
        if _v is not UNSET:
            field_dict["businessAddress2"] = _v
        _v = self.business_address_postal_code
        if _v is not UNSET:
            field_dict["businessAddressPostalCode"] = _v
        _v = self.business_address_city
        if _v is not UNSET:
            field_dict["businessAddressCity"] = _v
        _v = self.business_address_country
        if _v is not UNSET:
            field_dict["businessAddressCountry"] = _v
        _v = self.delivery_address_1
        if _v is not UNSET:
            field_dict["deliveryAddress1"] = _v
        _v = self.delivery_address_2
        if _v is not UNSET:
            field_dict["deliveryAddress2"] = _v
        _v = self.delivery_address_postal_code
        if _v is not UNSET:
            field_dict["deliveryAddressPostalCode"] = _v
        _v = self.delivery_address_city
        if _v is not UNSET:
            field_dict["deliveryAddressCity"] = _v
        _v = self.delivery_address_country
        if _v is not UNSET:
            field_dict["deliveryAddressCountry"] = _v
        _v = self.invoice_email
        if _v is not UNSET:
            field_dict["invoiceEmail"] = _v
        _v = self.invoice_due_days
        if _v is not UNSET:
            field_dict["invoiceDueDays"] = _v
        _v = self.department_name
        if _v is not UNSET:
            field_dict["departmentName"] = _v
        _v = self.department_number
        if _v is not UNSET:
            field_dict["departmentNumber"] = _v
        _v = self.empty
        if _v is not UNSET:
            field_dict["empty"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerImportRowContent from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CustomerImportRowContent.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "customerNumber": "customer_number",
            "customerName": "customer_name",
            "organizationNumber": "organization_number",
            "phoneNumber": "phone_number",
            "phoneNumberMobile": "phone_number_mobile",
            "email": "email",
            "postalAddress1": "postal_address_1",
            "postalAddress2": "postal_address_2",
            "postalCode": "postal_code",
            "postalAddressCity": "postal_address_city",
            "postalAddressCountry": "postal_address_country",
            "isPrivatePerson": "is_private_person",
            "fax": "fax",
            "currencyCode": "currency_code",
            "category1Number": "category_1_number",
            "category1Name": "category_1_name",
            "category2Number": "category_2_number",
            "category2Name": "category_2_name",
            "category3Number": "category_3_number",
            "category3Name": "category_3_name",
            "contactFirstName": "contact_first_name",
            "contactLastName": "contact_last_name",
            "contactAddress1": "contact_address_1",
            "contactAddress2": "contact_address_2",
            "contactAddressPostalCode": "contact_address_postal_code",
            "contactAddressCity": "contact_address_city",
            "contactAddressCountry": "contact_address_country",
            "contactPhoneNumberWork": "contact_phone_number_work",
            "contactPhoneNumberMobile": "contact_phone_number_mobile",
            "contactEmail": "contact_email",
            "businessAddress1": "business_address_1",
            "businessAddress2": "business_address_2",
            "businessAddressPostalCode": "business_address_postal_code",
            "businessAddressCity": "business_address_city",
            "businessAddressCountry": "business_address_country",
            "deliveryAddress1": "delivery_address_1",
            "deliveryAddress2": "delivery_address_2",
            "deliveryAddressPostalCode": "delivery_address_postal_code",
            "deliveryAddressCity": "delivery_address_city",
            "deliveryAddressCountry": "delivery_address_country",
            "invoiceEmail": "invoice_email",
            "invoiceDueDays": "invoice_due_days",
            "departmentName": "department_name",
            "departmentNumber": "department_number",
            "empty": "empty",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 15 and _sparse_keys.issuperset(d):
                    o.customer_number = o.customer_name = o.organization_number = o.phone_number = (
                        o.phone_number_mobile
                    ) = o.email = o.postal_address_1 = o.postal_address_2 = o.postal_code = o.postal_address_city = (
                        o.postal_address_country
                    ) = o.is_private_person = o.fax = o.currency_code = o.category_1_number = o.category_1_name = (
                        o.category_2_number
                    ) = o.category_2_name = o.category_3_number = o.category_3_name = o.contact_first_name = (
                        o.contact_last_name
                    ) = o.contact_address_1 = o.contact_address_2 = o.contact_address_postal_code = (
                        o.contact_address_city
                    ) = o.contact_address_country = o.contact_phone_number_work = o.contact_phone_number_mobile = (
                        o.contact_email
                    ) = o.business_address_1 = o.business_address_2 = o.business_address_postal_code = (
                        o.business_address_city
                    ) = o.business_address_country = o.delivery_address_1 = o.delivery_address_2 = (
                        o.delivery_address_postal_code
                    ) = o.delivery_address_city = o.delivery_address_country = o.invoice_email = o.invoice_due_days = (
                        o.department_name
                    ) = o.department_number = o.empty = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("customerName")
                if v is None:
                    o.customer_name = u
                    if "customerName" not in d:
                        m += 1
                else:
                    o.customer_name = v
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
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
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("postalAddress1")
                if v is None:
                    o.postal_address_1 = u
                    if "postalAddress1" not in d:
                        m += 1
                else:
                    o.postal_address_1 = v
                v = g("postalAddress2")
                if v is None:
                    o.postal_address_2 = u
                    if "postalAddress2" not in d:
                        m += 1
                else:
                    o.postal_address_2 = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("postalAddressCity")
                if v is None:
                    o.postal_address_city = u
                    if "postalAddressCity" not in d:
                        m += 1
                else:
                    o.postal_address_city = v
                v = g("postalAddressCountry")
                if v is None:
                    o.postal_address_country = u
                    if "postalAddressCountry" not in d:
                        m += 1
                else:
                    o.postal_address_country = v
                v = g("isPrivatePerson")
                if v is None:
                    o.is_private_person = u
                    if "isPrivatePerson" not in d:
                        m += 1
                else:
                    o.is_private_person = v
                v = g("fax")
                if v is None:
                    o.fax = u
                    if "fax" not in d:
                        m += 1
                else:
                    o.fax = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("category1Number")
                if v is None:
                    o.category_1_number = u
                    if "category1Number" not in d:
                        m += 1
                else:
                    o.category_1_number = v
                v = g("category1Name")
                if v is None:
                    o.category_1_name = u
                    if "category1Name" not in d:
                        m += 1
                else:
                    o.category_1_name = v
                v = g("category2Number")
                if v is None:
                    o.category_2_number = u
                    if "category2Number" not in d:
                        m += 1
                else:
                    o.category_2_number = v
                v = g("category2Name")
                if v is None:
                    o.category_2_name = u
                    if "category2Name" not in d:
                        m += 1
                else:
                    o.category_2_name = v
                v = g("category3Number")
                if v is None:
                    o.category_3_number = u
                    if "category3Number" not in d:
                        m += 1
                else:
                    o.category_3_number = v
                v = g("category3Name")
                if v is None:
                    o.category_3_name = u
                    if "category3Name" not in d:
                        m += 1
                else:
                    o.category_3_name = v
                v = g("contactFirstName")
                if v is None:
                    o.contact_first_name = u
                    if "contactFirstName" not in d:
                        m += 1
                else:
                    o.contact_first_name = v
                v = g("contactLastName")
                if v is None:
                    o.contact_last_name = u
                    if "contactLastName" not in d:
                        m += 1
                else:
                    o.contact_last_name = v
                v = g("contactAddress1")
                if v is None:
                    o.contact_address_1 = u
                    if "contactAddress1" not in d:
                        m += 1
                else:
                    o.contact_address_1 = v
                v = g("contactAddress2")
                if v is None:
                    o.contact_address_2 = u
                    if "contactAddress2" not in d:
                        m += 1
                else:
                    o.contact_address_2 = v
                v = g("contactAddressPostalCode")
                if v is None:
                    o.contact_address_postal_code = u
                    if "contactAddressPostalCode" not in d:
                        m += 1
                else:
                    o.contact_address_postal_code = v
                v = g("contactAddressCity")
                if v is None:
                    o.contact_address_city = u
                    if "contactAddressCity" not in d:
                        m += 1
                else:
                    o.contact_address_city = v
                v = g("contactAddressCountry")
                if v is None:
                    o.contact_address_country = u
                    if "contactAddressCountry" not in d:
                        m += 1
                else:
                    o.contact_address_country = v
                v = g("contactPhoneNumberWork")
                if v is None:
                    o.contact_phone_number_work = u
                    if "contactPhoneNumberWork" not in d:
                        m += 1
                else:
                    o.contact_phone_number_work = v
                v = g("contactPhoneNumberMobile")
                if v is None:
                    o.contact_phone_number_mobile = u
                    if "contactPhoneNumberMobile" not in d:
                        m += 1
                else:
                    o.contact_phone_number_mobile = v
                v = g("contactEmail")
                if v is None:
                    o.contact_email = u
                    if "contactEmail" not in d:
                        m += 1
                else:
                    o.contact_email = v
                v = g("businessAddress1")
                if v is None:
                    o.business_address_1 = u
                    if "businessAddress1" not in d:
                        m += 1
                else:
                    o.business_address_1 = v
                v = g("businessAddress2")
                if v is None:
                    o.business_address_2 = u
                    if "businessAddress2" not in d:
                        m += 1
                else:
                    o.business_address_2 = v
                v = g("businessAddressPostalCode")
                if v is None:
                    o.business_address_postal_code = u
                    if "businessAddressPostalCode" not in d:
                        m += 1
                else:
                    o.business_address_postal_code = v
                v = g("businessAddressCity")
                if v is None:
                    o.business_address_city = u
                    if "businessAddressCity" not in d:
                        m += 1
                else:
                    o.business_address_city = v
                v = g("businessAddressCountry")
                if v is None:
                    o.business_address_country = u
                    if "businessAddressCountry" not in d:
                        m += 1
                else:
                    o.business_address_country = v
                v = g("deliveryAddress1")
                if v is None:
                    o.delivery_address_1 = u
                    if "deliveryAddress1" not in d:
                        m += 1
                else:
                    o.delivery_address_1 = v
                v = g("deliveryAddress2")
                if v is None:
                    o.delivery_address_2 = u
                    if "deliveryAddress2" not in d:
                        m += 1
                else:
                    o.delivery_address_2 = v
                v = g("deliveryAddressPostalCode")
                if v is None:
                    o.delivery_address_postal_code = u
                    if "deliveryAddressPostalCode" not in d:
                        m += 1
                else:
                    o.delivery_address_postal_code = v
                v = g("deliveryAddressCity")
                if v is None:
                    o.delivery_address_city = u
                    if "deliveryAddressCity" not in d:
                        m += 1
                else:
                    o.delivery_address_city = v
                v = g("deliveryAddressCountry")
                if v is None:
                    o.delivery_address_country = u
                    if "deliveryAddressCountry" not in d:
                        m += 1
                else:
                    o.delivery_address_country = v
                v = g("invoiceEmail")
                if v is None:
                    o.invoice_email = u
                    if "invoiceEmail" not in d:
                        m += 1
                else:
                    o.invoice_email = v
                v = g("invoiceDueDays")
                if v is None:
                    o.invoice_due_days = u
                    if "invoiceDueDays" not in d:
                        m += 1
                else:
                    o.invoice_due_days = v
                v = g("departmentName")
                if v is None:
                    o.department_name = u
                    if "departmentName" not in d:
                        m += 1
                else:
                    o.department_name = v
                v = g("departmentNumber")
                if v is None:
                    o.department_number = u
                    if "departmentNumber" not in d:
                        m += 1
                else:
                    o.department_number = v
                v = g("empty")
                if v is None:
                    o.empty = u
                    if "empty" not in d:
                        m += 1
                else:
                    o.empty = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 45 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("customer_number", "customerNumber"),
            ("customer_name", "customerName"),
            ("organization_number", "organizationNumber"),
            ("phone_number", "phoneNumber"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("email", "email"),
            ("postal_address_1", "postalAddress1"),
            ("postal_address_2", "postalAddress2"),
            ("postal_code", "postalCode"),
            ("postal_address_city", "postalAddressCity"),
            ("postal_address_country", "postalAddressCountry"),
            ("is_private_person", "isPrivatePerson"),
            ("fax", "fax"),
            ("currency_code", "currencyCode"),
            ("category_1_number", "category1Number"),
            ("category_1_name", "category1Name"),
            ("category_2_number", "category2Number"),
            ("category_2_name", "category2Name"),
            ("category_3_number", "category3Number"),
            ("category_3_name", "category3Name"),
            ("contact_first_name", "contactFirstName"),
            ("contact_last_name", "contactLastName"),
            ("contact_address_1", "contactAddress1"),
            ("contact_address_2", "contactAddress2"),
            ("contact_address_postal_code", "contactAddressPostalCode"),
            ("contact_address_city", "contactAddressCity"),
            ("contact_address_country", "contactAddressCountry"),
            ("contact_phone_number_work", "contactPhoneNumberWork"),
            ("contact_phone_number_mobile", "contactPhoneNumberMobile"),
            ("contact_email", "contactEmail"),
            ("business_address_1", "businessAddress1"),
            ("business_address_2", "businessAddress2"),
            ("business_address_postal_code", "businessAddressPostalCode"),
            ("business_address_city", "businessAddressCity"),
            ("business_address_country", "businessAddressCountry"),
            ("delivery_address_1", "deliveryAddress1"),
            ("delivery_address_2", "deliveryAddress2"),
            ("delivery_address_postal_code", "deliveryAddressPostalCode"),
            ("delivery_address_city", "deliveryAddressCity"),
            ("delivery_address_country", "deliveryAddressCountry"),
            ("invoice_email", "invoiceEmail"),
            ("invoice_due_days", "invoiceDueDays"),
            ("department_name", "departmentName"),
            ("department_number", "departmentNumber"),
            ("empty", "empty"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.customer_name
            o.customer_name = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.postal_address_1
            o.postal_address_1 = u if v is None else v
            v = s.postal_address_2
            o.postal_address_2 = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.postal_address_city
            o.postal_address_city = u if v is None else v
            v = s.postal_address_country
            o.postal_address_country = u if v is None else v
            v = s.is_private_person
            o.is_private_person = u if v is None else v
            v = s.fax
            o.fax = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.category_1_number
            o.category_1_number = u if v is None else v
            v = s.category_1_name
            o.category_1_name = u if v is None else v
            v = s.category_2_number
            o.category_2_number = u if v is None else v
            v = s.category_2_name
            o.category_2_name = u if v is None else v
            v = s.category_3_number
            o.category_3_number = u if v is None else v
            v = s.category_3_name
            o.category_3_name = u if v is None else v
            v = s.contact_first_name
            o.contact_first_name = u if v is None else v
            v = s.contact_last_name
            o.contact_last_name = u if v is None else v
            v = s.contact_address_1
            o.contact_address_1 = u if v is None else v
            v = s.contact_address_2
            o.contact_address_2 = u if v is None else v
            v = s.contact_address_postal_code
            o.contact_address_postal_code = u if v is None else v
            v = s.contact_address_city
            o.contact_address_city = u if v is None else v
            v = s.contact_address_country
            o.contact_address_country = u if v is None else v
            v = s.contact_phone_number_work
            o.contact_phone_number_work = u if v is None else v
            v = s.contact_phone_number_mobile
            o.contact_phone_number_mobile = u if v is None else v
            v = s.contact_email
            o.contact_email = u if v is None else v
            v = s.business_address_1
            o.business_address_1 = u if v is None else v
            v = s.business_address_2
            o.business_address_2 = u if v is None else v
            v = s.business_address_postal_code
            o.business_address_postal_code = u if v is None else v
            v = s.business_address_city
            o.business_address_city = u if v is None else v
            v = s.business_address_country
            o.business_address_country = u if v is None else v
            v = s.delivery_address_1
            o.delivery_address_1 = u if v is None else v
            v = s.delivery_address_2
            o.delivery_address_2 = u if v is None else v
            v = s.delivery_address_postal_code
            o.delivery_address_postal_code = u if v is None else v
            v = s.delivery_address_city
            o.delivery_address_city = u if v is None else v
            v = s.delivery_address_country
            o.delivery_address_country = u if v is None else v
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.invoice_due_days
            o.invoice_due_days = u if v is None else v
            v = s.department_name
            o.department_name = u if v is None else v
            v = s.department_number
            o.department_number = u if v is None else v
            v = s.empty
            o.empty = u if v is None else v
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
