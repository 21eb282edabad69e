from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_match_type import BankTransactionMatchType
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
    from ..models.bank_statement import BankStatement
    from ..models.bank_transaction_posting import BankTransactionPosting
    from ..models.change import Change
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankTransaction")


@_attrs_define
class BankTransaction(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        posted_date (str | Unset):
        description (str | Unset):
        amount_currency (float | Unset):
        bank_statement (BankStatement | Unset):
        account (Account | Unset):
        grouped_postings (list[BankTransactionPosting] | Unset):
        match_type (BankTransactionMatchType | Unset):
        company_id (int | Unset):
        matched (bool | Unset):
        bank_reconciliation_match_sum (float | Unset):
        payment_id (str | Unset):
        source_voucher (Voucher | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    posted_date: str | Unset = UNSET
    description: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    bank_statement: BankStatement | Unset = UNSET
    account: Account | Unset = UNSET
    grouped_postings: list[BankTransactionPosting] | Unset = UNSET
    match_type: BankTransactionMatchType | Unset = UNSET
    company_id: int | Unset = UNSET
    matched: bool | Unset = UNSET
    bank_reconciliation_match_sum: float | Unset = UNSET
    payment_id: str | Unset = UNSET
    source_voucher: Voucher | Unset = UNSET
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
        _v = self.posted_date
        if _v is not UNSET:
            field_dict["postedDate"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.bank_statement
        if _v is not UNSET:
            field_dict["bankStatement"] = _v.to_dict()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.grouped_postings
        if _v is not UNSET:
            field_dict["groupedPostings"] = [_e.to_dict() for _e in _v]
        _v = self.match_type
        if _v is not UNSET:
            field_dict["matchType"] = _v._value_
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.matched
        if _v is not UNSET and not _in_request:
            field_dict["matched"] = _v
        _v = self.bank_reconciliation_match_sum
        if _v is not UNSET and not _in_request:
            field_dict["bankReconciliationMatchSum"] = _v
        _v = self.payment_id
        if _v is not UNSET:
            field_dict["paymentId"] = _v
        _v = self.source_voucher
        if _v is not UNSET:
            field_dict["sourceVoucher"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankTransaction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankTransaction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank_statement import BankStatement  # noqa: PLC0415
        from ..models.bank_transaction_posting import BankTransactionPosting  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_match_type: dict[Any, Any] = enum_members(BankTransactionMatchType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "postedDate",
                "description",
                "amountCurrency",
                "bankStatement",
                "account",
                "groupedPostings",
                "matchType",
                "companyId",
                "matched",
                "bankReconciliationMatchSum",
                "paymentId",
                "sourceVoucher",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "postedDate": "posted_date",
            "description": "description",
            "amountCurrency": "amount_currency",
            "companyId": "company_id",
            "matched": "matched",
            "bankReconciliationMatchSum": "bank_reconciliation_match_sum",
            "paymentId": "payment_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.posted_date = o.description = o.amount_currency = (
                        o.bank_statement
                    ) = o.account = o.grouped_postings = o.match_type = o.company_id = o.matched = (
                        o.bank_reconciliation_match_sum
                    ) = o.payment_id = o.source_voucher = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.posted_date = o.description = o.amount_currency = (
                        o.bank_statement
                    ) = o.account = o.grouped_postings = o.match_type = o.company_id = o.matched = (
                        o.bank_reconciliation_match_sum
                    ) = o.payment_id = o.source_voucher = UNSET
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
                v = g("postedDate")
                if v is None:
                    o.posted_date = u
                    if "postedDate" not in d:
                        m += 1
                else:
                    o.posted_date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                k = "bankStatement"
                v = g("bankStatement")
                if v is None:
                    o.bank_statement = u
                    if "bankStatement" not in d:
                        m += 1
                else:
                    o.bank_statement = BankStatement._tx_parse(v)
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "groupedPostings"
                v = g("groupedPostings")
                if v is None:
                    o.grouped_postings = u
                    if "groupedPostings" not in d:
                        m += 1
                else:
                    o.grouped_postings = (
                        ([BankTransactionPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "matchType"
                v = g("matchType")
                if v is None:
                    o.match_type = u
                    if "matchType" not in d:
                        m += 1
                else:
                    o.match_type = (
                        e_ if (e_ := _e_match_type.get(v)) is not None else enum_value(BankTransactionMatchType, v)
                    )
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("matched")
                if v is None:
                    o.matched = u
                    if "matched" not in d:
                        m += 1
                else:
                    o.matched = v
                v = g("bankReconciliationMatchSum")
                if v is None:
                    o.bank_reconciliation_match_sum = u
                    if "bankReconciliationMatchSum" not in d:
                        m += 1
                else:
                    o.bank_reconciliation_match_sum = v
                v = g("paymentId")
                if v is None:
                    o.payment_id = u
                    if "paymentId" not in d:
                        m += 1
                else:
                    o.payment_id = v
                k = "sourceVoucher"
                v = g("sourceVoucher")
                if v is None:
                    o.source_voucher = u
                    if "sourceVoucher" not in d:
                        m += 1
                else:
                    o.source_voucher = Voucher._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("posted_date", "postedDate"),
            ("description", "description"),
            ("amount_currency", "amountCurrency"),
            ("bank_statement", "bankStatement"),
            ("account", "account"),
            ("grouped_postings", "groupedPostings"),
            ("match_type", "matchType"),
            ("company_id", "companyId"),
            ("matched", "matched"),
            ("bank_reconciliation_match_sum", "bankReconciliationMatchSum"),
            ("payment_id", "paymentId"),
            ("source_voucher", "sourceVoucher"),
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
            v = s.posted_date
            o.posted_date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.bank_statement
            o.bank_statement = u if v is None or v is u else BankStatement._tx_parse(v)
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.grouped_postings
            o.grouped_postings = (
                u
                if v is None or v is u
                else ([BankTransactionPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.match_type
            o.match_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_match_type.get(v)) is not None
                else enum_value(BankTransactionMatchType, v)
            )
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.matched
            o.matched = u if v is None else v
            v = s.bank_reconciliation_match_sum
            o.bank_reconciliation_match_sum = u if v is None else v
            v = s.payment_id
            o.payment_id = u if v is None else v
            v = s.source_voucher
            o.source_voucher = u if v is None or v is u else Voucher._tx_parse(v)
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
