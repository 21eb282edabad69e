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
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.bank_reconciliation_match import BankReconciliationMatch
    from ..models.bank_reconciliation_payment_type import BankReconciliationPaymentType
    from ..models.bank_transaction import BankTransaction
    from ..models.posting import Posting


T = TypeVar("T", bound="BankReconciliationAdjustment")


@_attrs_define
class BankReconciliationAdjustment(Model):
    """
    Attributes:
        payment_type (BankReconciliationPaymentType | Unset):
        bank_transactions (list[BankTransaction] | Unset):
        posting_date (str | Unset):
        amount (float | Unset):
        postings (list[Posting] | Unset):
        bank_reconciliation_match (BankReconciliationMatch | Unset):
        date (str | Unset):
        description (str | Unset):
        interim_account (Account | Unset):
        voucher_number (str | Unset):
        voucher_view_link (str | Unset):
        voucher_details_link (str | Unset):
    """

    payment_type: BankReconciliationPaymentType | Unset = UNSET
    bank_transactions: list[BankTransaction] | Unset = UNSET
    posting_date: str | Unset = UNSET
    amount: float | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    bank_reconciliation_match: BankReconciliationMatch | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    interim_account: Account | Unset = UNSET
    voucher_number: str | Unset = UNSET
    voucher_view_link: str | Unset = UNSET
    voucher_details_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.payment_type
        if _v is not UNSET:
            field_dict["paymentType"] = _v.to_dict()
        _v = self.bank_transactions
        if _v is not UNSET:
            field_dict["bankTransactions"] = [_e.to_dict() for _e in _v]
        _v = self.posting_date
        if _v is not UNSET:
            field_dict["postingDate"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.postings
        if _v is not UNSET:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        _v = self.bank_reconciliation_match
        if _v is not UNSET:
            field_dict["bankReconciliationMatch"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.interim_account
        if _v is not UNSET:
            field_dict["interimAccount"] = _v.to_dict()
        _v = self.voucher_number
        if _v is not UNSET:
            field_dict["voucherNumber"] = _v
        _v = self.voucher_view_link
        if _v is not UNSET:
            field_dict["voucherViewLink"] = _v
        _v = self.voucher_details_link
        if _v is not UNSET:
            field_dict["voucherDetailsLink"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliationAdjustment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankReconciliationAdjustment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank_reconciliation_match import BankReconciliationMatch  # noqa: PLC0415
        from ..models.bank_reconciliation_payment_type import BankReconciliationPaymentType  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "paymentType",
                "bankTransactions",
                "postingDate",
                "amount",
                "postings",
                "bankReconciliationMatch",
                "date",
                "description",
                "interimAccount",
                "voucherNumber",
                "voucherViewLink",
                "voucherDetailsLink",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "postingDate": "posting_date",
            "amount": "amount",
            "date": "date",
            "description": "description",
            "voucherNumber": "voucher_number",
            "voucherViewLink": "voucher_view_link",
            "voucherDetailsLink": "voucher_details_link",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.payment_type = o.bank_transactions = o.posting_date = o.amount = o.postings = (
                        o.bank_reconciliation_match
                    ) = o.date = o.description = o.interim_account = o.voucher_number = o.voucher_view_link = (
                        o.voucher_details_link
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "paymentType"
                v = g("paymentType")
                if v is None:
                    o.payment_type = u
                    if "paymentType" not in d:
                        m += 1
                else:
                    o.payment_type = BankReconciliationPaymentType._tx_parse(v)
                k = "bankTransactions"
                v = g("bankTransactions")
                if v is None:
                    o.bank_transactions = u
                    if "bankTransactions" not in d:
                        m += 1
                else:
                    o.bank_transactions = (
                        ([BankTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("postingDate")
                if v is None:
                    o.posting_date = u
                    if "postingDate" not in d:
                        m += 1
                else:
                    o.posting_date = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "bankReconciliationMatch"
                v = g("bankReconciliationMatch")
                if v is None:
                    o.bank_reconciliation_match = u
                    if "bankReconciliationMatch" not in d:
                        m += 1
                else:
                    o.bank_reconciliation_match = BankReconciliationMatch._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "interimAccount"
                v = g("interimAccount")
                if v is None:
                    o.interim_account = u
                    if "interimAccount" not in d:
                        m += 1
                else:
                    o.interim_account = Account._tx_parse(v)
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("voucherViewLink")
                if v is None:
                    o.voucher_view_link = u
                    if "voucherViewLink" not in d:
                        m += 1
                else:
                    o.voucher_view_link = v
                v = g("voucherDetailsLink")
                if v is None:
                    o.voucher_details_link = u
                    if "voucherDetailsLink" not in d:
                        m += 1
                else:
                    o.voucher_details_link = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("payment_type", "paymentType"),
            ("bank_transactions", "bankTransactions"),
            ("posting_date", "postingDate"),
            ("amount", "amount"),
            ("postings", "postings"),
            ("bank_reconciliation_match", "bankReconciliationMatch"),
            ("date", "date"),
            ("description", "description"),
            ("interim_account", "interimAccount"),
            ("voucher_number", "voucherNumber"),
            ("voucher_view_link", "voucherViewLink"),
            ("voucher_details_link", "voucherDetailsLink"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.payment_type
            o.payment_type = u if v is None or v is u else BankReconciliationPaymentType._tx_parse(v)
            v = s.bank_transactions
            o.bank_transactions = (
                u
                if v is None or v is u
                else ([BankTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.posting_date
            o.posting_date = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.bank_reconciliation_match
            o.bank_reconciliation_match = u if v is None or v is u else BankReconciliationMatch._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.interim_account
            o.interim_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_view_link
            o.voucher_view_link = u if v is None else v
            v = s.voucher_details_link
            o.voucher_details_link = u if v is None else v
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
