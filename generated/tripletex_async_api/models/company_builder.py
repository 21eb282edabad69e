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

T = TypeVar("T", bound="CompanyBuilder")


@_attrs_define
class CompanyBuilder(Model):
    """
    Attributes:
        number (int | Unset):
        name (str | Unset):
        description (str | Unset):
        company_id (int | Unset):
        account_manager_id (int | Unset):
        inactive (bool | Unset):
        invoice_default_due_in (int | Unset):
        project_type_of_contract (int | Unset):
        invoice_email (str | Unset):
        invoice_send_sms_notification (bool | Unset):
        invoice_sms_notification_number (str | Unset):
        salary_start_date (str | Unset):
        currency_id (int | Unset):
        start_date (str | Unset):
        municipality_id (int | Unset):
        customer_type (int | Unset):
        merchant (bool | Unset):
    """

    number: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    company_id: int | Unset = UNSET
    account_manager_id: int | Unset = UNSET
    inactive: bool | Unset = UNSET
    invoice_default_due_in: int | Unset = UNSET
    project_type_of_contract: int | Unset = UNSET
    invoice_email: str | Unset = UNSET
    invoice_send_sms_notification: bool | Unset = UNSET
    invoice_sms_notification_number: str | Unset = UNSET
    salary_start_date: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    municipality_id: int | Unset = UNSET
    customer_type: int | Unset = UNSET
    merchant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.account_manager_id
        if _v is not UNSET:
            field_dict["accountManagerId"] = _v
        _v = self.inactive
        if _v is not UNSET:
            field_dict["inactive"] = _v
        _v = self.invoice_default_due_in
        if _v is not UNSET:
            field_dict["invoiceDefaultDueIn"] = _v
        _v = self.project_type_of_contract
        if _v is not UNSET:
            field_dict["projectTypeOfContract"] = _v
        _v = self.invoice_email
        if _v is not UNSET:
            field_dict["invoiceEmail"] = _v
        _v = self.invoice_send_sms_notification
        if _v is not UNSET:
            field_dict["invoiceSendSMSNotification"] = _v
        _v = self.invoice_sms_notification_number
        if _v is not UNSET:
            field_dict["invoiceSMSNotificationNumber"] = _v
        _v = self.salary_start_date
        if _v is not UNSET:
            field_dict["salaryStartDate"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.municipality_id
        if _v is not UNSET:
            field_dict["municipalityId"] = _v
        _v = self.customer_type
        if _v is not UNSET:
            field_dict["customerType"] = _v
        _v = self.merchant
        if _v is not UNSET:
            field_dict["merchant"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "number",
                "name",
                "description",
                "companyId",
                "accountManagerId",
                "inactive",
                "invoiceDefaultDueIn",
                "projectTypeOfContract",
                "invoiceEmail",
                "invoiceSendSMSNotification",
                "invoiceSMSNotificationNumber",
                "salaryStartDate",
                "currencyId",
                "startDate",
                "municipalityId",
                "customerType",
                "merchant",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "number": "number",
            "name": "name",
            "description": "description",
            "companyId": "company_id",
            "accountManagerId": "account_manager_id",
            "inactive": "inactive",
            "invoiceDefaultDueIn": "invoice_default_due_in",
            "projectTypeOfContract": "project_type_of_contract",
            "invoiceEmail": "invoice_email",
            "invoiceSendSMSNotification": "invoice_send_sms_notification",
            "invoiceSMSNotificationNumber": "invoice_sms_notification_number",
            "salaryStartDate": "salary_start_date",
            "currencyId": "currency_id",
            "startDate": "start_date",
            "municipalityId": "municipality_id",
            "customerType": "customer_type",
            "merchant": "merchant",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.number = o.name = o.description = o.company_id = o.account_manager_id = o.inactive = (
                        o.invoice_default_due_in
                    ) = o.project_type_of_contract = o.invoice_email = o.invoice_send_sms_notification = (
                        o.invoice_sms_notification_number
                    ) = o.salary_start_date = o.currency_id = o.start_date = o.municipality_id = o.customer_type = (
                        o.merchant
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("accountManagerId")
                if v is None:
                    o.account_manager_id = u
                    if "accountManagerId" not in d:
                        m += 1
                else:
                    o.account_manager_id = v
                v = g("inactive")
                if v is None:
                    o.inactive = u
                    if "inactive" not in d:
                        m += 1
                else:
                    o.inactive = v
                v = g("invoiceDefaultDueIn")
                if v is None:
                    o.invoice_default_due_in = u
                    if "invoiceDefaultDueIn" not in d:
                        m += 1
                else:
                    o.invoice_default_due_in = v
                v = g("projectTypeOfContract")
                if v is None:
                    o.project_type_of_contract = u
                    if "projectTypeOfContract" not in d:
                        m += 1
                else:
                    o.project_type_of_contract = v
                v = g("invoiceEmail")
                if v is None:
                    o.invoice_email = u
                    if "invoiceEmail" not in d:
                        m += 1
                else:
                    o.invoice_email = v
                v = g("invoiceSendSMSNotification")
                if v is None:
                    o.invoice_send_sms_notification = u
                    if "invoiceSendSMSNotification" not in d:
                        m += 1
                else:
                    o.invoice_send_sms_notification = v
                v = g("invoiceSMSNotificationNumber")
                if v is None:
                    o.invoice_sms_notification_number = u
                    if "invoiceSMSNotificationNumber" not in d:
                        m += 1
                else:
                    o.invoice_sms_notification_number = v
                v = g("salaryStartDate")
                if v is None:
                    o.salary_start_date = u
                    if "salaryStartDate" not in d:
                        m += 1
                else:
                    o.salary_start_date = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("municipalityId")
                if v is None:
                    o.municipality_id = u
                    if "municipalityId" not in d:
                        m += 1
                else:
                    o.municipality_id = v
                v = g("customerType")
                if v is None:
                    o.customer_type = u
                    if "customerType" not in d:
                        m += 1
                else:
                    o.customer_type = v
                v = g("merchant")
                if v is None:
                    o.merchant = u
                    if "merchant" not in d:
                        m += 1
                else:
                    o.merchant = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("number", "number"),
            ("name", "name"),
            ("description", "description"),
            ("company_id", "companyId"),
            ("account_manager_id", "accountManagerId"),
            ("inactive", "inactive"),
            ("invoice_default_due_in", "invoiceDefaultDueIn"),
            ("project_type_of_contract", "projectTypeOfContract"),
            ("invoice_email", "invoiceEmail"),
            ("invoice_send_sms_notification", "invoiceSendSMSNotification"),
            ("invoice_sms_notification_number", "invoiceSMSNotificationNumber"),
            ("salary_start_date", "salaryStartDate"),
            ("currency_id", "currencyId"),
            ("start_date", "startDate"),
            ("municipality_id", "municipalityId"),
            ("customer_type", "customerType"),
            ("merchant", "merchant"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.account_manager_id
            o.account_manager_id = u if v is None else v
            v = s.inactive
            o.inactive = u if v is None else v
            v = s.invoice_default_due_in
            o.invoice_default_due_in = u if v is None else v
            v = s.project_type_of_contract
            o.project_type_of_contract = u if v is None else v
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.invoice_send_sms_notification
            o.invoice_send_sms_notification = u if v is None else v
            v = s.invoice_sms_notification_number
            o.invoice_sms_notification_number = u if v is None else v
            v = s.salary_start_date
            o.salary_start_date = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.municipality_id
            o.municipality_id = u if v is None else v
            v = s.customer_type
            o.customer_type = u if v is None else v
            v = s.merchant
            o.merchant = u if v is None else v
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
