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

T = TypeVar("T", bound="CompanyBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class CompanyBuilder(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        number = self.number

        name = self.name

        description = self.description

        company_id = self.company_id

        account_manager_id = self.account_manager_id

        inactive = self.inactive

        invoice_default_due_in = self.invoice_default_due_in

        project_type_of_contract = self.project_type_of_contract

        invoice_email = self.invoice_email

        invoice_send_sms_notification = self.invoice_send_sms_notification

        invoice_sms_notification_number = self.invoice_sms_notification_number

        salary_start_date = self.salary_start_date

        currency_id = self.currency_id

        start_date = self.start_date

        municipality_id = self.municipality_id

        customer_type = self.customer_type

        merchant = self.merchant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if account_manager_id is not UNSET:
            field_dict["accountManagerId"] = account_manager_id
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if invoice_default_due_in is not UNSET:
            field_dict["invoiceDefaultDueIn"] = invoice_default_due_in
        if project_type_of_contract is not UNSET:
            field_dict["projectTypeOfContract"] = project_type_of_contract
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if invoice_send_sms_notification is not UNSET:
            field_dict["invoiceSendSMSNotification"] = invoice_send_sms_notification
        if invoice_sms_notification_number is not UNSET:
            field_dict["invoiceSMSNotificationNumber"] = invoice_sms_notification_number
        if salary_start_date is not UNSET:
            field_dict["salaryStartDate"] = salary_start_date
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if municipality_id is not UNSET:
            field_dict["municipalityId"] = municipality_id
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if merchant is not UNSET:
            field_dict["merchant"] = merchant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "number": ("number", None),
            "name": ("name", None),
            "description": ("description", None),
            "company_id": ("companyId", None),
            "account_manager_id": ("accountManagerId", None),
            "inactive": ("inactive", None),
            "invoice_default_due_in": ("invoiceDefaultDueIn", None),
            "project_type_of_contract": ("projectTypeOfContract", None),
            "invoice_email": ("invoiceEmail", None),
            "invoice_send_sms_notification": ("invoiceSendSMSNotification", None),
            "invoice_sms_notification_number": ("invoiceSMSNotificationNumber", None),
            "salary_start_date": ("salaryStartDate", None),
            "currency_id": ("currencyId", None),
            "start_date": ("startDate", None),
            "municipality_id": ("municipalityId", None),
            "customer_type": ("customerType", None),
            "merchant": ("merchant", None),
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
