from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_ledger_type import AccountLedgerType
from ..models.account_type import AccountType
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.country import Country
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.product_unit import ProductUnit
    from ..models.vat_type import VatType


T = TypeVar("T", bound="Account")


@_attrs_define
class Account(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        number (int | Unset):
        number_pretty (str | Unset): number pretty
        name (str | Unset):
        description (str | Unset):
        type_ (AccountType | Unset):
        legal_vat_types (list[VatType] | Unset): List of legal vat types for this account.
        ledger_type (AccountLedgerType | Unset): Supported ledger types, default is GENERAL. Only available for
            customers with the module multiple ledgers.
        balance_group (str | Unset): The balance group for this account.
        vat_type (VatType | Unset): The default vat type for this account.
        vat_locked (bool | Unset): True if all entries on this account must have the vat type given by vatType.
        currency (Currency | Unset):
        is_closeable (bool | Unset): True if it should be possible to close entries on this account and it is possible
            to filter on open entries.
        is_applicable_for_supplier_invoice (bool | Unset): True if this account is applicable for supplier invoice
            registration.
        require_reconciliation (bool | Unset): True if this account must be reconciled before the accounting period
            closure.
        is_inactive (bool | Unset): Inactive accounts will not show up in UI lists.
        is_bank_account (bool | Unset):
        is_invoice_account (bool | Unset):
        bank_account_number (str | Unset):
        bank_account_country (Country | Unset):
        bank_name (str | Unset):
        bank_account_iban (str | Unset):
        bank_account_swift (str | Unset):
        saft_code (str | Unset): SAF-T 1.0 standard account ID for account. It will be given a default value based on
            account number if empty.
        grouping_code (str | Unset): SAF-T 1.3 groupingCode for the account. It will be given a default value based on
            account number if empty.
        display_name (str | Unset):
        requires_department (bool | Unset): Posting against this account requires department.
        requires_project (bool | Unset): Posting against this account requires project.
        invoicing_department (Department | Unset): The department for this account. If multiple industries are
            activated, all postings on this account will be towards this department. If multiple industries are not
            activated, it is ignored.
        is_postings_exist (bool | Unset):
        quantity_type_1 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        quantity_type_2 (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: int | Unset = UNSET
    number_pretty: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: AccountType | Unset = UNSET
    legal_vat_types: list[VatType] | Unset = UNSET
    ledger_type: AccountLedgerType | Unset = UNSET
    balance_group: str | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    vat_locked: bool | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_closeable: bool | Unset = UNSET
    is_applicable_for_supplier_invoice: bool | Unset = UNSET
    require_reconciliation: bool | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    is_bank_account: bool | Unset = UNSET
    is_invoice_account: bool | Unset = UNSET
    bank_account_number: str | Unset = UNSET
    bank_account_country: Country | Unset = UNSET
    bank_name: str | Unset = UNSET
    bank_account_iban: str | Unset = UNSET
    bank_account_swift: str | Unset = UNSET
    saft_code: str | Unset = UNSET
    grouping_code: str | Unset = UNSET
    display_name: str | Unset = UNSET
    requires_department: bool | Unset = UNSET
    requires_project: bool | Unset = UNSET
    invoicing_department: Department | Unset = UNSET
    is_postings_exist: bool | Unset = UNSET
    quantity_type_1: ProductUnit | Unset = UNSET
    quantity_type_2: ProductUnit | Unset = UNSET
    department: Department | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.number_pretty
        if _v is not UNSET and not _in_request:
            field_dict["numberPretty"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v._value_
        _v = self.legal_vat_types
        if _v is not UNSET and not _in_request:
            field_dict["legalVatTypes"] = [_e.to_dict() for _e in _v]
        _v = self.ledger_type
        if _v is not UNSET:
            field_dict["ledgerType"] = _v._value_
        _v = self.balance_group
        if _v is not UNSET and not _in_request:
            field_dict["balanceGroup"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.vat_locked
        if _v is not UNSET:
            field_dict["vatLocked"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.is_closeable
        if _v is not UNSET:
            field_dict["isCloseable"] = _v
        _v = self.is_applicable_for_supplier_invoice
        if _v is not UNSET:
            field_dict["isApplicableForSupplierInvoice"] = _v
        _v = self.require_reconciliation
        if _v is not UNSET:
            field_dict["requireReconciliation"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.is_bank_account
        if _v is not UNSET:
            field_dict["isBankAccount"] = _v
        _v = self.is_invoice_account
        if _v is not UNSET:
            field_dict["isInvoiceAccount"] = _v
        _v = self.bank_account_number
        if _v is not UNSET:
            field_dict["bankAccountNumber"] = _v
        _v = self.bank_account_country
        if _v is not UNSET:
            field_dict["bankAccountCountry"] = _v.to_dict()
        _v = self.bank_name
        if _v is not UNSET:
            field_dict["bankName"] = _v
        _v = self.bank_account_iban
        if _v is not UNSET:
            field_dict["bankAccountIBAN"] = _v
        _v = self.bank_account_swift
        if _v is not UNSET:
            field_dict["bankAccountSWIFT"] = _v
        _v = self.saft_code
        if _v is not UNSET:
            field_dict["saftCode"] = _v
        _v = self.grouping_code
        if _v is not UNSET:
            field_dict["groupingCode"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.requires_department
        if _v is not UNSET:
            field_dict["requiresDepartment"] = _v
        _v = self.requires_project
        if _v is not UNSET:
            field_dict["requiresProject"] = _v
        _v = self.invoicing_department
        if _v is not UNSET:
            field_dict["invoicingDepartment"] = _v.to_dict()
        _v = self.is_postings_exist
        if _v is not UNSET:
            field_dict["isPostingsExist"] = _v
        _v = self.quantity_type_1
        if _v is not UNSET:
            field_dict["quantityType1"] = _v.to_dict()
        _v = self.quantity_type_2
        if _v is not UNSET:
            field_dict["quantityType2"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Account from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Account.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(AccountType)
        _e_ledger_type: dict[Any, Any] = enum_members(AccountLedgerType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "number",
                "numberPretty",
                "name",
                "description",
                "type",
                "legalVatTypes",
                "ledgerType",
                "balanceGroup",
                "vatType",
                "vatLocked",
                "currency",
                "isCloseable",
                "isApplicableForSupplierInvoice",
                "requireReconciliation",
                "isInactive",
                "isBankAccount",
                "isInvoiceAccount",
                "bankAccountNumber",
                "bankAccountCountry",
                "bankName",
                "bankAccountIBAN",
                "bankAccountSWIFT",
                "saftCode",
                "groupingCode",
                "displayName",
                "requiresDepartment",
                "requiresProject",
                "invoicingDepartment",
                "isPostingsExist",
                "quantityType1",
                "quantityType2",
                "department",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "number": "number",
            "numberPretty": "number_pretty",
            "name": "name",
            "description": "description",
            "balanceGroup": "balance_group",
            "vatLocked": "vat_locked",
            "isCloseable": "is_closeable",
            "isApplicableForSupplierInvoice": "is_applicable_for_supplier_invoice",
            "requireReconciliation": "require_reconciliation",
            "isInactive": "is_inactive",
            "isBankAccount": "is_bank_account",
            "isInvoiceAccount": "is_invoice_account",
            "bankAccountNumber": "bank_account_number",
            "bankName": "bank_name",
            "bankAccountIBAN": "bank_account_iban",
            "bankAccountSWIFT": "bank_account_swift",
            "saftCode": "saft_code",
            "groupingCode": "grouping_code",
            "displayName": "display_name",
            "requiresDepartment": "requires_department",
            "requiresProject": "requires_project",
            "isPostingsExist": "is_postings_exist",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.number = o.number_pretty = o.name = o.description = (
                        o.type_
                    ) = o.legal_vat_types = o.ledger_type = o.balance_group = o.vat_type = o.vat_locked = o.currency = (
                        o.is_closeable
                    ) = o.is_applicable_for_supplier_invoice = o.require_reconciliation = o.is_inactive = (
                        o.is_bank_account
                    ) = o.is_invoice_account = o.bank_account_number = o.bank_account_country = o.bank_name = (
                        o.bank_account_iban
                    ) = o.bank_account_swift = o.saft_code = o.grouping_code = o.display_name = (
                        o.requires_department
                    ) = o.requires_project = o.invoicing_department = o.is_postings_exist = o.quantity_type_1 = (
                        o.quantity_type_2
                    ) = o.department = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 12 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.number = o.number_pretty = o.name = o.description = (
                        o.type_
                    ) = o.legal_vat_types = o.ledger_type = o.balance_group = o.vat_type = o.vat_locked = o.currency = (
                        o.is_closeable
                    ) = o.is_applicable_for_supplier_invoice = o.require_reconciliation = o.is_inactive = (
                        o.is_bank_account
                    ) = o.is_invoice_account = o.bank_account_number = o.bank_account_country = o.bank_name = (
                        o.bank_account_iban
                    ) = o.bank_account_swift = o.saft_code = o.grouping_code = o.display_name = (
                        o.requires_department
                    ) = o.requires_project = o.invoicing_department = o.is_postings_exist = o.quantity_type_1 = (
                        o.quantity_type_2
                    ) = o.department = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("numberPretty")
                if v is None:
                    o.number_pretty = u
                    if "numberPretty" not in d:
                        m += 1
                else:
                    o.number_pretty = v
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
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(AccountType, v)
                k = "legalVatTypes"
                v = g("legalVatTypes")
                if v is None:
                    o.legal_vat_types = u
                    if "legalVatTypes" not in d:
                        m += 1
                else:
                    o.legal_vat_types = (
                        ([VatType._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "ledgerType"
                v = g("ledgerType")
                if v is None:
                    o.ledger_type = u
                    if "ledgerType" not in d:
                        m += 1
                else:
                    o.ledger_type = (
                        e_ if (e_ := _e_ledger_type.get(v)) is not None else enum_value(AccountLedgerType, v)
                    )
                v = g("balanceGroup")
                if v is None:
                    o.balance_group = u
                    if "balanceGroup" not in d:
                        m += 1
                else:
                    o.balance_group = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                v = g("vatLocked")
                if v is None:
                    o.vat_locked = u
                    if "vatLocked" not in d:
                        m += 1
                else:
                    o.vat_locked = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("isCloseable")
                if v is None:
                    o.is_closeable = u
                    if "isCloseable" not in d:
                        m += 1
                else:
                    o.is_closeable = v
                v = g("isApplicableForSupplierInvoice")
                if v is None:
                    o.is_applicable_for_supplier_invoice = u
                    if "isApplicableForSupplierInvoice" not in d:
                        m += 1
                else:
                    o.is_applicable_for_supplier_invoice = v
                v = g("requireReconciliation")
                if v is None:
                    o.require_reconciliation = u
                    if "requireReconciliation" not in d:
                        m += 1
                else:
                    o.require_reconciliation = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                v = g("isBankAccount")
                if v is None:
                    o.is_bank_account = u
                    if "isBankAccount" not in d:
                        m += 1
                else:
                    o.is_bank_account = v
                v = g("isInvoiceAccount")
                if v is None:
                    o.is_invoice_account = u
                    if "isInvoiceAccount" not in d:
                        m += 1
                else:
                    o.is_invoice_account = v
                v = g("bankAccountNumber")
                if v is None:
                    o.bank_account_number = u
                    if "bankAccountNumber" not in d:
                        m += 1
                else:
                    o.bank_account_number = v
                k = "bankAccountCountry"
                v = g("bankAccountCountry")
                if v is None:
                    o.bank_account_country = u
                    if "bankAccountCountry" not in d:
                        m += 1
                else:
                    o.bank_account_country = Country._tx_parse(v)
                v = g("bankName")
                if v is None:
                    o.bank_name = u
                    if "bankName" not in d:
                        m += 1
                else:
                    o.bank_name = v
                v = g("bankAccountIBAN")
                if v is None:
                    o.bank_account_iban = u
                    if "bankAccountIBAN" not in d:
                        m += 1
                else:
                    o.bank_account_iban = v
                v = g("bankAccountSWIFT")
                if v is None:
                    o.bank_account_swift = u
                    if "bankAccountSWIFT" not in d:
                        m += 1
                else:
                    o.bank_account_swift = v
                v = g("saftCode")
                if v is None:
                    o.saft_code = u
                    if "saftCode" not in d:
                        m += 1
                else:
                    o.saft_code = v
                v = g("groupingCode")
                if v is None:
                    o.grouping_code = u
                    if "groupingCode" not in d:
                        m += 1
                else:
                    o.grouping_code = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("requiresDepartment")
                if v is None:
                    o.requires_department = u
                    if "requiresDepartment" not in d:
                        m += 1
                else:
                    o.requires_department = v
                v = g("requiresProject")
                if v is None:
                    o.requires_project = u
                    if "requiresProject" not in d:
                        m += 1
                else:
                    o.requires_project = v
                k = "invoicingDepartment"
                v = g("invoicingDepartment")
                if v is None:
                    o.invoicing_department = u
                    if "invoicingDepartment" not in d:
                        m += 1
                else:
                    o.invoicing_department = Department._tx_parse(v)
                v = g("isPostingsExist")
                if v is None:
                    o.is_postings_exist = u
                    if "isPostingsExist" not in d:
                        m += 1
                else:
                    o.is_postings_exist = v
                k = "quantityType1"
                v = g("quantityType1")
                if v is None:
                    o.quantity_type_1 = u
                    if "quantityType1" not in d:
                        m += 1
                else:
                    o.quantity_type_1 = ProductUnit._tx_parse(v)
                k = "quantityType2"
                v = g("quantityType2")
                if v is None:
                    o.quantity_type_2 = u
                    if "quantityType2" not in d:
                        m += 1
                else:
                    o.quantity_type_2 = ProductUnit._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 36 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("number", "number"),
            ("number_pretty", "numberPretty"),
            ("name", "name"),
            ("description", "description"),
            ("type_", "type"),
            ("legal_vat_types", "legalVatTypes"),
            ("ledger_type", "ledgerType"),
            ("balance_group", "balanceGroup"),
            ("vat_type", "vatType"),
            ("vat_locked", "vatLocked"),
            ("currency", "currency"),
            ("is_closeable", "isCloseable"),
            ("is_applicable_for_supplier_invoice", "isApplicableForSupplierInvoice"),
            ("require_reconciliation", "requireReconciliation"),
            ("is_inactive", "isInactive"),
            ("is_bank_account", "isBankAccount"),
            ("is_invoice_account", "isInvoiceAccount"),
            ("bank_account_number", "bankAccountNumber"),
            ("bank_account_country", "bankAccountCountry"),
            ("bank_name", "bankName"),
            ("bank_account_iban", "bankAccountIBAN"),
            ("bank_account_swift", "bankAccountSWIFT"),
            ("saft_code", "saftCode"),
            ("grouping_code", "groupingCode"),
            ("display_name", "displayName"),
            ("requires_department", "requiresDepartment"),
            ("requires_project", "requiresProject"),
            ("invoicing_department", "invoicingDepartment"),
            ("is_postings_exist", "isPostingsExist"),
            ("quantity_type_1", "quantityType1"),
            ("quantity_type_2", "quantityType2"),
            ("department", "department"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.number_pretty
            o.number_pretty = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.type_
            o.type_ = (
                u if v is None or v is u else e_ if (e_ := _e_type_.get(v)) is not None else enum_value(AccountType, v)
            )
            v = s.legal_vat_types
            o.legal_vat_types = (
                u
                if v is None or v is u
                else ([VatType._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.ledger_type
            o.ledger_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_ledger_type.get(v)) is not None
                else enum_value(AccountLedgerType, v)
            )
            v = s.balance_group
            o.balance_group = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.vat_locked
            o.vat_locked = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.is_closeable
            o.is_closeable = u if v is None else v
            v = s.is_applicable_for_supplier_invoice
            o.is_applicable_for_supplier_invoice = u if v is None else v
            v = s.require_reconciliation
            o.require_reconciliation = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.is_bank_account
            o.is_bank_account = u if v is None else v
            v = s.is_invoice_account
            o.is_invoice_account = u if v is None else v
            v = s.bank_account_number
            o.bank_account_number = u if v is None else v
            v = s.bank_account_country
            o.bank_account_country = u if v is None or v is u else Country._tx_parse(v)
            v = s.bank_name
            o.bank_name = u if v is None else v
            v = s.bank_account_iban
            o.bank_account_iban = u if v is None else v
            v = s.bank_account_swift
            o.bank_account_swift = u if v is None else v
            v = s.saft_code
            o.saft_code = u if v is None else v
            v = s.grouping_code
            o.grouping_code = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.requires_department
            o.requires_department = u if v is None else v
            v = s.requires_project
            o.requires_project = u if v is None else v
            v = s.invoicing_department
            o.invoicing_department = u if v is None or v is u else Department._tx_parse(v)
            v = s.is_postings_exist
            o.is_postings_exist = u if v is None else v
            v = s.quantity_type_1
            o.quantity_type_1 = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.quantity_type_2
            o.quantity_type_2 = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
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
