from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="InvoiceOverviewMetaDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("companyCurrency", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class InvoiceOverviewMetaDTO(LazyModel):
    """
    Attributes:
        has_module_project (bool | Unset): [read-only]
        has_module_department (bool | Unset): [read-only]
        has_module_department_accounting (bool | Unset): [read-only]
        has_module_sms_notification (bool | Unset): [read-only]
        has_module_nets_print (bool | Unset): [read-only]
        has_module_factoring (bool | Unset): [read-only]
        is_vat_on (bool | Unset): [read-only]
        is_reminder_debt_collection_action_allowed (bool | Unset): [read-only]
        is_credit_action_allowed (bool | Unset): [read-only]
        company_currency_id (int | Unset): [read-only]
        company_currency (Currency | Unset):
        company_country_id (int | Unset): [read-only]
        has_any_invoices (bool | Unset): [read-only]
        has_any_other_postings (bool | Unset): [read-only]
        start_balance_date (str | Unset): [read-only]
    """

    has_module_project: bool | Unset = UNSET
    has_module_department: bool | Unset = UNSET
    has_module_department_accounting: bool | Unset = UNSET
    has_module_sms_notification: bool | Unset = UNSET
    has_module_nets_print: bool | Unset = UNSET
    has_module_factoring: bool | Unset = UNSET
    is_vat_on: bool | Unset = UNSET
    is_reminder_debt_collection_action_allowed: bool | Unset = UNSET
    is_credit_action_allowed: bool | Unset = UNSET
    company_currency_id: int | Unset = UNSET
    company_currency: Currency | Unset = UNSET
    company_country_id: int | Unset = UNSET
    has_any_invoices: bool | Unset = UNSET
    has_any_other_postings: bool | Unset = UNSET
    start_balance_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        has_module_project = self.has_module_project

        has_module_department = self.has_module_department

        has_module_department_accounting = self.has_module_department_accounting

        has_module_sms_notification = self.has_module_sms_notification

        has_module_nets_print = self.has_module_nets_print

        has_module_factoring = self.has_module_factoring

        is_vat_on = self.is_vat_on

        is_reminder_debt_collection_action_allowed = self.is_reminder_debt_collection_action_allowed

        is_credit_action_allowed = self.is_credit_action_allowed

        company_currency_id = self.company_currency_id

        company_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_currency, Unset):
            company_currency = self.company_currency.to_dict()

        company_country_id = self.company_country_id

        has_any_invoices = self.has_any_invoices

        has_any_other_postings = self.has_any_other_postings

        start_balance_date = self.start_balance_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_module_project is not UNSET and not _in_request:
            field_dict["hasModuleProject"] = has_module_project
        if has_module_department is not UNSET and not _in_request:
            field_dict["hasModuleDepartment"] = has_module_department
        if has_module_department_accounting is not UNSET and not _in_request:
            field_dict["hasModuleDepartmentAccounting"] = has_module_department_accounting
        if has_module_sms_notification is not UNSET and not _in_request:
            field_dict["hasModuleSmsNotification"] = has_module_sms_notification
        if has_module_nets_print is not UNSET and not _in_request:
            field_dict["hasModuleNetsPrint"] = has_module_nets_print
        if has_module_factoring is not UNSET and not _in_request:
            field_dict["hasModuleFactoring"] = has_module_factoring
        if is_vat_on is not UNSET and not _in_request:
            field_dict["isVatOn"] = is_vat_on
        if is_reminder_debt_collection_action_allowed is not UNSET and not _in_request:
            field_dict["isReminderDebtCollectionActionAllowed"] = is_reminder_debt_collection_action_allowed
        if is_credit_action_allowed is not UNSET and not _in_request:
            field_dict["isCreditActionAllowed"] = is_credit_action_allowed
        if company_currency_id is not UNSET and not _in_request:
            field_dict["companyCurrencyId"] = company_currency_id
        if company_currency is not UNSET:
            field_dict["companyCurrency"] = company_currency
        if company_country_id is not UNSET and not _in_request:
            field_dict["companyCountryId"] = company_country_id
        if has_any_invoices is not UNSET and not _in_request:
            field_dict["hasAnyInvoices"] = has_any_invoices
        if has_any_other_postings is not UNSET and not _in_request:
            field_dict["hasAnyOtherPostings"] = has_any_other_postings
        if start_balance_date is not UNSET and not _in_request:
            field_dict["startBalanceDate"] = start_balance_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceOverviewMetaDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_company_currency(_tx_v: Any) -> Currency | Unset:
            _company_currency = _tx_v
            company_currency: Currency | Unset
            if isinstance(_company_currency, Unset):
                company_currency = UNSET
            else:
                company_currency = Currency._tx_from_json(_company_currency)

            return company_currency

        _tx_known: frozenset[str] = frozenset(
            (
                "hasModuleProject",
                "hasModuleDepartment",
                "hasModuleDepartmentAccounting",
                "hasModuleSmsNotification",
                "hasModuleNetsPrint",
                "hasModuleFactoring",
                "isVatOn",
                "isReminderDebtCollectionActionAllowed",
                "isCreditActionAllowed",
                "companyCurrencyId",
                "companyCurrency",
                "companyCountryId",
                "hasAnyInvoices",
                "hasAnyOtherPostings",
                "startBalanceDate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "has_module_project": ("hasModuleProject", None),
            "has_module_department": ("hasModuleDepartment", None),
            "has_module_department_accounting": ("hasModuleDepartmentAccounting", None),
            "has_module_sms_notification": ("hasModuleSmsNotification", None),
            "has_module_nets_print": ("hasModuleNetsPrint", None),
            "has_module_factoring": ("hasModuleFactoring", None),
            "is_vat_on": ("isVatOn", None),
            "is_reminder_debt_collection_action_allowed": ("isReminderDebtCollectionActionAllowed", None),
            "is_credit_action_allowed": ("isCreditActionAllowed", None),
            "company_currency_id": ("companyCurrencyId", None),
            "company_currency": ("companyCurrency", _p_company_currency),
            "company_country_id": ("companyCountryId", None),
            "has_any_invoices": ("hasAnyInvoices", None),
            "has_any_other_postings": ("hasAnyOtherPostings", None),
            "start_balance_date": ("startBalanceDate", None),
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
