from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_reconciliation_type import BankReconciliationType
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
    from ..models.account import Account
    from ..models.accounting_period import AccountingPeriod
    from ..models.bank_transaction import BankTransaction
    from ..models.change import Change
    from ..models.contact import Contact
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankReconciliation")


@_attrs_define
class BankReconciliation(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        account (Account | Unset):
        accounting_period (AccountingPeriod | Unset):
        voucher (Voucher | Unset):
        transactions (list[BankTransaction] | Unset):
        is_closed (bool | Unset):
        type_ (BankReconciliationType | Unset): Type of Bank Reconciliation.
        bank_account_closing_balance_currency (float | Unset):
        closed_date (str | Unset):
        closed_by_contact (Contact | Unset): If the contact is not an employee
        closed_by_employee (Employee | Unset):
        approvable (bool | Unset):
        auto_pay_reconciliation (bool | Unset):
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
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.accounting_period
        if _v is not UNSET:
            field_dict["accountingPeriod"] = _v.to_dict()
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.transactions
        if _v is not UNSET and not _in_request:
            field_dict["transactions"] = [_e.to_dict() for _e in _v]
        _v = self.is_closed
        if _v is not UNSET:
            field_dict["isClosed"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.bank_account_closing_balance_currency
        if _v is not UNSET:
            field_dict["bankAccountClosingBalanceCurrency"] = _v
        _v = self.closed_date
        if _v is not UNSET and not _in_request:
            field_dict["closedDate"] = _v
        _v = self.closed_by_contact
        if _v is not UNSET:
            field_dict["closedByContact"] = _v.to_dict()
        _v = self.closed_by_employee
        if _v is not UNSET:
            field_dict["closedByEmployee"] = _v.to_dict()
        _v = self.approvable
        if _v is not UNSET and not _in_request:
            field_dict["approvable"] = _v
        _v = self.auto_pay_reconciliation
        if _v is not UNSET and not _in_request:
            field_dict["autoPayReconciliation"] = _v
        _v = self.attachment
        if _v is not UNSET:
            field_dict["attachment"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankReconciliation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.accounting_period import AccountingPeriod  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(BankReconciliationType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "isClosed": "is_closed",
            "bankAccountClosingBalanceCurrency": "bank_account_closing_balance_currency",
            "closedDate": "closed_date",
            "approvable": "approvable",
            "autoPayReconciliation": "auto_pay_reconciliation",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.account = o.accounting_period = o.voucher = (
                        o.transactions
                    ) = o.is_closed = o.type_ = o.bank_account_closing_balance_currency = o.closed_date = (
                        o.closed_by_contact
                    ) = o.closed_by_employee = o.approvable = o.auto_pay_reconciliation = o.attachment = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.account = o.accounting_period = o.voucher = (
                        o.transactions
                    ) = o.is_closed = o.type_ = o.bank_account_closing_balance_currency = o.closed_date = (
                        o.closed_by_contact
                    ) = o.closed_by_employee = o.approvable = o.auto_pay_reconciliation = o.attachment = UNSET
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
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "accountingPeriod"
                v = g("accountingPeriod")
                if v is None:
                    o.accounting_period = u
                    if "accountingPeriod" not in d:
                        m += 1
                else:
                    o.accounting_period = AccountingPeriod._tx_parse(v)
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                k = "transactions"
                v = g("transactions")
                if v is None:
                    o.transactions = u
                    if "transactions" not in d:
                        m += 1
                else:
                    o.transactions = (
                        ([BankTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(BankReconciliationType, v)
                v = g("bankAccountClosingBalanceCurrency")
                if v is None:
                    o.bank_account_closing_balance_currency = u
                    if "bankAccountClosingBalanceCurrency" not in d:
                        m += 1
                else:
                    o.bank_account_closing_balance_currency = v
                v = g("closedDate")
                if v is None:
                    o.closed_date = u
                    if "closedDate" not in d:
                        m += 1
                else:
                    o.closed_date = v
                k = "closedByContact"
                v = g("closedByContact")
                if v is None:
                    o.closed_by_contact = u
                    if "closedByContact" not in d:
                        m += 1
                else:
                    o.closed_by_contact = Contact._tx_parse(v)
                k = "closedByEmployee"
                v = g("closedByEmployee")
                if v is None:
                    o.closed_by_employee = u
                    if "closedByEmployee" not in d:
                        m += 1
                else:
                    o.closed_by_employee = Employee._tx_parse(v)
                v = g("approvable")
                if v is None:
                    o.approvable = u
                    if "approvable" not in d:
                        m += 1
                else:
                    o.approvable = v
                v = g("autoPayReconciliation")
                if v is None:
                    o.auto_pay_reconciliation = u
                    if "autoPayReconciliation" not in d:
                        m += 1
                else:
                    o.auto_pay_reconciliation = v
                k = "attachment"
                v = g("attachment")
                if v is None:
                    o.attachment = u
                    if "attachment" not in d:
                        m += 1
                else:
                    o.attachment = Document._tx_parse(v)
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
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("account", "account"),
            ("accounting_period", "accountingPeriod"),
            ("voucher", "voucher"),
            ("transactions", "transactions"),
            ("is_closed", "isClosed"),
            ("type_", "type"),
            ("bank_account_closing_balance_currency", "bankAccountClosingBalanceCurrency"),
            ("closed_date", "closedDate"),
            ("closed_by_contact", "closedByContact"),
            ("closed_by_employee", "closedByEmployee"),
            ("approvable", "approvable"),
            ("auto_pay_reconciliation", "autoPayReconciliation"),
            ("attachment", "attachment"),
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
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.accounting_period
            o.accounting_period = u if v is None or v is u else AccountingPeriod._tx_parse(v)
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.transactions
            o.transactions = (
                u
                if v is None or v is u
                else ([BankTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(BankReconciliationType, v)
            )
            v = s.bank_account_closing_balance_currency
            o.bank_account_closing_balance_currency = u if v is None else v
            v = s.closed_date
            o.closed_date = u if v is None else v
            v = s.closed_by_contact
            o.closed_by_contact = u if v is None or v is u else Contact._tx_parse(v)
            v = s.closed_by_employee
            o.closed_by_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.approvable
            o.approvable = u if v is None else v
            v = s.auto_pay_reconciliation
            o.auto_pay_reconciliation = u if v is None else v
            v = s.attachment
            o.attachment = u if v is None or v is u else Document._tx_parse(v)
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
