from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_reconciliation_type import BankReconciliationType
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
    from ..models.account import Account
    from ..models.accounting_period import AccountingPeriod
    from ..models.bank_transaction import BankTransaction
    from ..models.change import Change
    from ..models.contact import Contact
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankReconciliation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("account", dict, False),
    ("accountingPeriod", dict, False),
    ("voucher", dict, False),
    ("transactions", list, False),
    ("type", str, False),
    ("closedByContact", dict, False),
    ("closedByEmployee", dict, False),
    ("attachment", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankReconciliation(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        account (Account | Unset):
        accounting_period (AccountingPeriod | Unset):
        voucher (Voucher | Unset):
        transactions (list[BankTransaction] | Unset): [read-only]
        is_closed (bool | Unset):
        type_ (BankReconciliationType | Unset): Type of Bank Reconciliation.
        bank_account_closing_balance_currency (float | Unset):
        closed_date (str | Unset): [read-only]
        closed_by_contact (Contact | Unset): If the contact is not an employee
        closed_by_employee (Employee | Unset):
        approvable (bool | Unset): [read-only]
        auto_pay_reconciliation (bool | Unset): [read-only]
        attachment (Document | Unset): [BETA] Attachments belonging to this order
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    account: Account | Unset = UNSET
    accounting_period: AccountingPeriod | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    transactions: list[BankTransaction] | Unset = UNSET
    is_closed: bool | Unset = UNSET
    type_: BankReconciliationType | Unset = UNSET
    bank_account_closing_balance_currency: float | Unset = UNSET
    closed_date: str | Unset = UNSET
    closed_by_contact: Contact | Unset = UNSET
    closed_by_employee: Employee | Unset = UNSET
    approvable: bool | Unset = UNSET
    auto_pay_reconciliation: bool | Unset = UNSET
    attachment: Document | Unset = UNSET
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

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        accounting_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounting_period, Unset):
            accounting_period = self.accounting_period.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        is_closed = self.is_closed

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        bank_account_closing_balance_currency = self.bank_account_closing_balance_currency

        closed_date = self.closed_date

        closed_by_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closed_by_contact, Unset):
            closed_by_contact = self.closed_by_contact.to_dict()

        closed_by_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closed_by_employee, Unset):
            closed_by_employee = self.closed_by_employee.to_dict()

        approvable = self.approvable

        auto_pay_reconciliation = self.auto_pay_reconciliation

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

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
        if account is not UNSET:
            field_dict["account"] = account
        if accounting_period is not UNSET:
            field_dict["accountingPeriod"] = accounting_period
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if transactions is not UNSET and not _in_request:
            field_dict["transactions"] = transactions
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bank_account_closing_balance_currency is not UNSET:
            field_dict["bankAccountClosingBalanceCurrency"] = bank_account_closing_balance_currency
        if closed_date is not UNSET and not _in_request:
            field_dict["closedDate"] = closed_date
        if closed_by_contact is not UNSET:
            field_dict["closedByContact"] = closed_by_contact
        if closed_by_employee is not UNSET:
            field_dict["closedByEmployee"] = closed_by_employee
        if approvable is not UNSET and not _in_request:
            field_dict["approvable"] = approvable
        if auto_pay_reconciliation is not UNSET and not _in_request:
            field_dict["autoPayReconciliation"] = auto_pay_reconciliation
        if attachment is not UNSET:
            field_dict["attachment"] = attachment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_accounting_period(_tx_v: Any) -> AccountingPeriod | Unset:
            _accounting_period = _tx_v
            accounting_period: AccountingPeriod | Unset
            if isinstance(_accounting_period, Unset):
                accounting_period = UNSET
            else:
                accounting_period = AccountingPeriod._tx_from_json(_accounting_period)

            return accounting_period

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_transactions(_tx_v: Any) -> list[BankTransaction] | Unset:
            _transactions = _tx_v
            transactions: list[BankTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = BankTransaction._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

        def _p_type_(_tx_v: Any) -> BankReconciliationType | Unset:
            _type_ = _tx_v
            type_: BankReconciliationType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BankReconciliationType(_type_)

            return type_

        def _p_closed_by_contact(_tx_v: Any) -> Contact | Unset:
            _closed_by_contact = _tx_v
            closed_by_contact: Contact | Unset
            if isinstance(_closed_by_contact, Unset):
                closed_by_contact = UNSET
            else:
                closed_by_contact = Contact._tx_from_json(_closed_by_contact)

            return closed_by_contact

        def _p_closed_by_employee(_tx_v: Any) -> Employee | Unset:
            _closed_by_employee = _tx_v
            closed_by_employee: Employee | Unset
            if isinstance(_closed_by_employee, Unset):
                closed_by_employee = UNSET
            else:
                closed_by_employee = Employee._tx_from_json(_closed_by_employee)

            return closed_by_employee

        def _p_attachment(_tx_v: Any) -> Document | Unset:
            _attachment = _tx_v
            attachment: Document | Unset
            if isinstance(_attachment, Unset):
                attachment = UNSET
            else:
                attachment = Document._tx_from_json(_attachment)

            return attachment

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "account",
                "accountingPeriod",
                "voucher",
                "transactions",
                "isClosed",
                "type",
                "bankAccountClosingBalanceCurrency",
                "closedDate",
                "closedByContact",
                "closedByEmployee",
                "approvable",
                "autoPayReconciliation",
                "attachment",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "account": ("account", _p_account),
            "accounting_period": ("accountingPeriod", _p_accounting_period),
            "voucher": ("voucher", _p_voucher),
            "transactions": ("transactions", _p_transactions),
            "is_closed": ("isClosed", None),
            "type_": ("type", _p_type_),
            "bank_account_closing_balance_currency": ("bankAccountClosingBalanceCurrency", None),
            "closed_date": ("closedDate", None),
            "closed_by_contact": ("closedByContact", _p_closed_by_contact),
            "closed_by_employee": ("closedByEmployee", _p_closed_by_employee),
            "approvable": ("approvable", None),
            "auto_pay_reconciliation": ("autoPayReconciliation", None),
            "attachment": ("attachment", _p_attachment),
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
