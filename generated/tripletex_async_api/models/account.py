from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_ledger_type import AccountLedgerType
from ..models.account_type import AccountType
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
    from ..models.change import Change
    from ..models.country import Country
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.product_unit import ProductUnit
    from ..models.vat_type import VatType


T = TypeVar("T", bound="Account")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("type", str, False),
    ("legalVatTypes", list, False),
    ("ledgerType", str, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("bankAccountCountry", dict, False),
    ("invoicingDepartment", dict, False),
    ("quantityType1", dict, False),
    ("quantityType2", dict, False),
    ("department", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Account(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        number (int | Unset):
        number_pretty (str | Unset): [read-only] number pretty
        name (str | Unset):
        description (str | Unset):
        type_ (AccountType | Unset): [read-only]
        legal_vat_types (list[VatType] | Unset): [read-only] List of legal vat types for this account.
        ledger_type (AccountLedgerType | Unset): Supported ledger types, default is GENERAL. Only available for
            customers with the module multiple ledgers.
        balance_group (str | Unset): [read-only] The balance group for this account.
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        number = self.number

        number_pretty = self.number_pretty

        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        legal_vat_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legal_vat_types, Unset):
            legal_vat_types = []
            for legal_vat_types_item_data in self.legal_vat_types:
                legal_vat_types_item = legal_vat_types_item_data.to_dict()
                legal_vat_types.append(legal_vat_types_item)

        ledger_type: str | Unset = UNSET
        if not isinstance(self.ledger_type, Unset):
            ledger_type = self.ledger_type.value

        balance_group = self.balance_group

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        vat_locked = self.vat_locked

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        is_closeable = self.is_closeable

        is_applicable_for_supplier_invoice = self.is_applicable_for_supplier_invoice

        require_reconciliation = self.require_reconciliation

        is_inactive = self.is_inactive

        is_bank_account = self.is_bank_account

        is_invoice_account = self.is_invoice_account

        bank_account_number = self.bank_account_number

        bank_account_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_account_country, Unset):
            bank_account_country = self.bank_account_country.to_dict()

        bank_name = self.bank_name

        bank_account_iban = self.bank_account_iban

        bank_account_swift = self.bank_account_swift

        saft_code = self.saft_code

        grouping_code = self.grouping_code

        display_name = self.display_name

        requires_department = self.requires_department

        requires_project = self.requires_project

        invoicing_department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing_department, Unset):
            invoicing_department = self.invoicing_department.to_dict()

        is_postings_exist = self.is_postings_exist

        quantity_type_1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_type_1, Unset):
            quantity_type_1 = self.quantity_type_1.to_dict()

        quantity_type_2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantity_type_2, Unset):
            quantity_type_2 = self.quantity_type_2.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if number is not UNSET:
            field_dict["number"] = number
        if number_pretty is not UNSET and not _in_request:
            field_dict["numberPretty"] = number_pretty
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if legal_vat_types is not UNSET and not _in_request:
            field_dict["legalVatTypes"] = legal_vat_types
        if ledger_type is not UNSET:
            field_dict["ledgerType"] = ledger_type
        if balance_group is not UNSET and not _in_request:
            field_dict["balanceGroup"] = balance_group
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if vat_locked is not UNSET:
            field_dict["vatLocked"] = vat_locked
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_closeable is not UNSET:
            field_dict["isCloseable"] = is_closeable
        if is_applicable_for_supplier_invoice is not UNSET:
            field_dict["isApplicableForSupplierInvoice"] = is_applicable_for_supplier_invoice
        if require_reconciliation is not UNSET:
            field_dict["requireReconciliation"] = require_reconciliation
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if is_bank_account is not UNSET:
            field_dict["isBankAccount"] = is_bank_account
        if is_invoice_account is not UNSET:
            field_dict["isInvoiceAccount"] = is_invoice_account
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number
        if bank_account_country is not UNSET:
            field_dict["bankAccountCountry"] = bank_account_country
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_account_iban is not UNSET:
            field_dict["bankAccountIBAN"] = bank_account_iban
        if bank_account_swift is not UNSET:
            field_dict["bankAccountSWIFT"] = bank_account_swift
        if saft_code is not UNSET:
            field_dict["saftCode"] = saft_code
        if grouping_code is not UNSET:
            field_dict["groupingCode"] = grouping_code
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if requires_department is not UNSET:
            field_dict["requiresDepartment"] = requires_department
        if requires_project is not UNSET:
            field_dict["requiresProject"] = requires_project
        if invoicing_department is not UNSET:
            field_dict["invoicingDepartment"] = invoicing_department
        if is_postings_exist is not UNSET:
            field_dict["isPostingsExist"] = is_postings_exist
        if quantity_type_1 is not UNSET:
            field_dict["quantityType1"] = quantity_type_1
        if quantity_type_2 is not UNSET:
            field_dict["quantityType2"] = quantity_type_2
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Account from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_type_(_tx_v: Any) -> AccountType | Unset:
            _type_ = _tx_v
            type_: AccountType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = AccountType(_type_)

            return type_

        def _p_legal_vat_types(_tx_v: Any) -> list[VatType] | Unset:
            _legal_vat_types = _tx_v
            legal_vat_types: list[VatType] | Unset = UNSET
            if _legal_vat_types is not UNSET:
                legal_vat_types = []
                for legal_vat_types_item_data in _legal_vat_types:
                    if legal_vat_types_item_data is None:
                        continue
                    legal_vat_types_item = VatType._tx_from_json(legal_vat_types_item_data)

                    legal_vat_types.append(legal_vat_types_item)

            return legal_vat_types

        def _p_ledger_type(_tx_v: Any) -> AccountLedgerType | Unset:
            _ledger_type = _tx_v
            ledger_type: AccountLedgerType | Unset
            if isinstance(_ledger_type, Unset):
                ledger_type = UNSET
            else:
                ledger_type = AccountLedgerType(_ledger_type)

            return ledger_type

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_bank_account_country(_tx_v: Any) -> Country | Unset:
            _bank_account_country = _tx_v
            bank_account_country: Country | Unset
            if isinstance(_bank_account_country, Unset):
                bank_account_country = UNSET
            else:
                bank_account_country = Country._tx_from_json(_bank_account_country)

            return bank_account_country

        def _p_invoicing_department(_tx_v: Any) -> Department | Unset:
            _invoicing_department = _tx_v
            invoicing_department: Department | Unset
            if isinstance(_invoicing_department, Unset):
                invoicing_department = UNSET
            else:
                invoicing_department = Department._tx_from_json(_invoicing_department)

            return invoicing_department

        def _p_quantity_type_1(_tx_v: Any) -> ProductUnit | Unset:
            _quantity_type_1 = _tx_v
            quantity_type_1: ProductUnit | Unset
            if isinstance(_quantity_type_1, Unset):
                quantity_type_1 = UNSET
            else:
                quantity_type_1 = ProductUnit._tx_from_json(_quantity_type_1)

            return quantity_type_1

        def _p_quantity_type_2(_tx_v: Any) -> ProductUnit | Unset:
            _quantity_type_2 = _tx_v
            quantity_type_2: ProductUnit | Unset
            if isinstance(_quantity_type_2, Unset):
                quantity_type_2 = UNSET
            else:
                quantity_type_2 = ProductUnit._tx_from_json(_quantity_type_2)

            return quantity_type_2

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "number": ("number", None),
            "number_pretty": ("numberPretty", None),
            "name": ("name", None),
            "description": ("description", None),
            "type_": ("type", _p_type_),
            "legal_vat_types": ("legalVatTypes", _p_legal_vat_types),
            "ledger_type": ("ledgerType", _p_ledger_type),
            "balance_group": ("balanceGroup", None),
            "vat_type": ("vatType", _p_vat_type),
            "vat_locked": ("vatLocked", None),
            "currency": ("currency", _p_currency),
            "is_closeable": ("isCloseable", None),
            "is_applicable_for_supplier_invoice": ("isApplicableForSupplierInvoice", None),
            "require_reconciliation": ("requireReconciliation", None),
            "is_inactive": ("isInactive", None),
            "is_bank_account": ("isBankAccount", None),
            "is_invoice_account": ("isInvoiceAccount", None),
            "bank_account_number": ("bankAccountNumber", None),
            "bank_account_country": ("bankAccountCountry", _p_bank_account_country),
            "bank_name": ("bankName", None),
            "bank_account_iban": ("bankAccountIBAN", None),
            "bank_account_swift": ("bankAccountSWIFT", None),
            "saft_code": ("saftCode", None),
            "grouping_code": ("groupingCode", None),
            "display_name": ("displayName", None),
            "requires_department": ("requiresDepartment", None),
            "requires_project": ("requiresProject", None),
            "invoicing_department": ("invoicingDepartment", _p_invoicing_department),
            "is_postings_exist": ("isPostingsExist", None),
            "quantity_type_1": ("quantityType1", _p_quantity_type_1),
            "quantity_type_2": ("quantityType2", _p_quantity_type_2),
            "department": ("department", _p_department),
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
