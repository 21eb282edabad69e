from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="InvoiceOverviewMetaDTO")


@_attrs_define
class InvoiceOverviewMetaDTO(Model):
    """
    Attributes:
        has_module_project (bool | Unset):
        has_module_department (bool | Unset):
        has_module_department_accounting (bool | Unset):
        has_module_sms_notification (bool | Unset):
        has_module_nets_print (bool | Unset):
        has_module_factoring (bool | Unset):
        is_vat_on (bool | Unset):
        is_reminder_debt_collection_action_allowed (bool | Unset):
        is_credit_action_allowed (bool | Unset):
        company_currency_id (int | Unset):
        company_currency (Currency | Unset):
        company_country_id (int | Unset):
        has_any_invoices (bool | Unset):
        has_any_other_postings (bool | Unset):
        start_balance_date (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.has_module_project
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleProject"] = _v
        _v = self.has_module_department
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleDepartment"] = _v
        _v = self.has_module_department_accounting
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleDepartmentAccounting"] = _v
        _v = self.has_module_sms_notification
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleSmsNotification"] = _v
        _v = self.has_module_nets_print
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleNetsPrint"] = _v
        _v = self.has_module_factoring
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleFactoring"] = _v
        _v = self.is_vat_on
        if _v is not UNSET and not _in_request:
            field_dict["isVatOn"] = _v
        _v = self.is_reminder_debt_collection_action_allowed
        if _v is not UNSET and not _in_request:
            field_dict["isReminderDebtCollectionActionAllowed"] = _v
        _v = self.is_credit_action_allowed
        if _v is not UNSET and not _in_request:
            field_dict["isCreditActionAllowed"] = _v
        _v = self.company_currency_id
        if _v is not UNSET and not _in_request:
            field_dict["companyCurrencyId"] = _v
        _v = self.company_currency
        if _v is not UNSET:
            field_dict["companyCurrency"] = _v.to_dict()
        _v = self.company_country_id
        if _v is not UNSET and not _in_request:
            field_dict["companyCountryId"] = _v
        _v = self.has_any_invoices
        if _v is not UNSET and not _in_request:
            field_dict["hasAnyInvoices"] = _v
        _v = self.has_any_other_postings
        if _v is not UNSET and not _in_request:
            field_dict["hasAnyOtherPostings"] = _v
        _v = self.start_balance_date
        if _v is not UNSET and not _in_request:
            field_dict["startBalanceDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceOverviewMetaDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceOverviewMetaDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "hasModuleProject": "has_module_project",
            "hasModuleDepartment": "has_module_department",
            "hasModuleDepartmentAccounting": "has_module_department_accounting",
            "hasModuleSmsNotification": "has_module_sms_notification",
            "hasModuleNetsPrint": "has_module_nets_print",
            "hasModuleFactoring": "has_module_factoring",
            "isVatOn": "is_vat_on",
            "isReminderDebtCollectionActionAllowed": "is_reminder_debt_collection_action_allowed",
            "isCreditActionAllowed": "is_credit_action_allowed",
            "companyCurrencyId": "company_currency_id",
            "companyCountryId": "company_country_id",
            "hasAnyInvoices": "has_any_invoices",
            "hasAnyOtherPostings": "has_any_other_postings",
            "startBalanceDate": "start_balance_date",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.has_module_project = o.has_module_department = o.has_module_department_accounting = (
                        o.has_module_sms_notification
                    ) = o.has_module_nets_print = o.has_module_factoring = o.is_vat_on = (
                        o.is_reminder_debt_collection_action_allowed
                    ) = o.is_credit_action_allowed = o.company_currency_id = o.company_currency = (
                        o.company_country_id
                    ) = o.has_any_invoices = o.has_any_other_postings = o.start_balance_date = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hasModuleProject")
                if v is None:
                    o.has_module_project = u
                    if "hasModuleProject" not in d:
                        m += 1
                else:
                    o.has_module_project = v
                v = g("hasModuleDepartment")
                if v is None:
                    o.has_module_department = u
                    if "hasModuleDepartment" not in d:
                        m += 1
                else:
                    o.has_module_department = v
                v = g("hasModuleDepartmentAccounting")
                if v is None:
                    o.has_module_department_accounting = u
                    if "hasModuleDepartmentAccounting" not in d:
                        m += 1
                else:
                    o.has_module_department_accounting = v
                v = g("hasModuleSmsNotification")
                if v is None:
                    o.has_module_sms_notification = u
                    if "hasModuleSmsNotification" not in d:
                        m += 1
                else:
                    o.has_module_sms_notification = v
                v = g("hasModuleNetsPrint")
                if v is None:
                    o.has_module_nets_print = u
                    if "hasModuleNetsPrint" not in d:
                        m += 1
                else:
                    o.has_module_nets_print = v
                v = g("hasModuleFactoring")
                if v is None:
                    o.has_module_factoring = u
                    if "hasModuleFactoring" not in d:
                        m += 1
                else:
                    o.has_module_factoring = v
                v = g("isVatOn")
                if v is None:
                    o.is_vat_on = u
                    if "isVatOn" not in d:
                        m += 1
                else:
                    o.is_vat_on = v
                v = g("isReminderDebtCollectionActionAllowed")
                if v is None:
                    o.is_reminder_debt_collection_action_allowed = u
                    if "isReminderDebtCollectionActionAllowed" not in d:
                        m += 1
                else:
                    o.is_reminder_debt_collection_action_allowed = v
                v = g("isCreditActionAllowed")
                if v is None:
                    o.is_credit_action_allowed = u
                    if "isCreditActionAllowed" not in d:
                        m += 1
                else:
                    o.is_credit_action_allowed = v
                v = g("companyCurrencyId")
                if v is None:
                    o.company_currency_id = u
                    if "companyCurrencyId" not in d:
                        m += 1
                else:
                    o.company_currency_id = v
                k = "companyCurrency"
                v = g("companyCurrency")
                if v is None:
                    o.company_currency = u
                    if "companyCurrency" not in d:
                        m += 1
                else:
                    o.company_currency = Currency._tx_parse(v)
                v = g("companyCountryId")
                if v is None:
                    o.company_country_id = u
                    if "companyCountryId" not in d:
                        m += 1
                else:
                    o.company_country_id = v
                v = g("hasAnyInvoices")
                if v is None:
                    o.has_any_invoices = u
                    if "hasAnyInvoices" not in d:
                        m += 1
                else:
                    o.has_any_invoices = v
                v = g("hasAnyOtherPostings")
                if v is None:
                    o.has_any_other_postings = u
                    if "hasAnyOtherPostings" not in d:
                        m += 1
                else:
                    o.has_any_other_postings = v
                v = g("startBalanceDate")
                if v is None:
                    o.start_balance_date = u
                    if "startBalanceDate" not in d:
                        m += 1
                else:
                    o.start_balance_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("has_module_project", "hasModuleProject"),
            ("has_module_department", "hasModuleDepartment"),
            ("has_module_department_accounting", "hasModuleDepartmentAccounting"),
            ("has_module_sms_notification", "hasModuleSmsNotification"),
            ("has_module_nets_print", "hasModuleNetsPrint"),
            ("has_module_factoring", "hasModuleFactoring"),
            ("is_vat_on", "isVatOn"),
            ("is_reminder_debt_collection_action_allowed", "isReminderDebtCollectionActionAllowed"),
            ("is_credit_action_allowed", "isCreditActionAllowed"),
            ("company_currency_id", "companyCurrencyId"),
            ("company_currency", "companyCurrency"),
            ("company_country_id", "companyCountryId"),
            ("has_any_invoices", "hasAnyInvoices"),
            ("has_any_other_postings", "hasAnyOtherPostings"),
            ("start_balance_date", "startBalanceDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.has_module_project
            o.has_module_project = u if v is None else v
            v = s.has_module_department
            o.has_module_department = u if v is None else v
            v = s.has_module_department_accounting
            o.has_module_department_accounting = u if v is None else v
            v = s.has_module_sms_notification
            o.has_module_sms_notification = u if v is None else v
            v = s.has_module_nets_print
            o.has_module_nets_print = u if v is None else v
            v = s.has_module_factoring
            o.has_module_factoring = u if v is None else v
            v = s.is_vat_on
            o.is_vat_on = u if v is None else v
            v = s.is_reminder_debt_collection_action_allowed
            o.is_reminder_debt_collection_action_allowed = u if v is None else v
            v = s.is_credit_action_allowed
            o.is_credit_action_allowed = u if v is None else v
            v = s.company_currency_id
            o.company_currency_id = u if v is None else v
            v = s.company_currency
            o.company_currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.company_country_id
            o.company_country_id = u if v is None else v
            v = s.has_any_invoices
            o.has_any_invoices = u if v is None else v
            v = s.has_any_other_postings
            o.has_any_other_postings = u if v is None else v
            v = s.start_balance_date
            o.start_balance_date = u if v is None else v
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
