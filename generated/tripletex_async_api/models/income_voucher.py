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
    from ..models.currency import Currency
    from ..models.income_voucher_payment_posting import IncomeVoucherPaymentPosting
    from ..models.income_voucher_posting import IncomeVoucherPosting
    from ..models.voucher import Voucher


T = TypeVar("T", bound="IncomeVoucher")


@_attrs_define
class IncomeVoucher(Model):
    """
    Attributes:
        voucher_id (int | Unset):
        voucher_number (str | Unset):
        invoice_number (str | Unset):
        invoice_date (str | Unset):
        income_date (str | Unset):
        description (str | Unset):
        customer_id (int | Unset):
        send_to_ledger (bool | Unset):
        due_date (str | Unset):
        income_postings (list[IncomeVoucherPosting] | Unset): Income postings
        payment_postings (list[IncomeVoucherPaymentPosting] | Unset): Payment postings
        payment_posting_ids_for_deletion (list[int] | Unset): Ids for payment postings to be deleted
        currency (Currency | Unset):
        voucher_temp_number (int | Unset):
        debit_posting_id (int | Unset):
        attachment_id (int | Unset): Id of attachment linked to the voucher
        can_be_deleted (bool | Unset):
        can_be_reversed (bool | Unset):
        is_temporary (bool | Unset):
        reverse_voucher (Voucher | Unset):
        comment_count (int | Unset):
        last_comment (str | Unset):
        voucher_type_id (int | Unset):
    """

    voucher_id: int | Unset = UNSET
    voucher_number: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    income_date: str | Unset = UNSET
    description: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    send_to_ledger: bool | Unset = UNSET
    due_date: str | Unset = UNSET
    income_postings: list[IncomeVoucherPosting] | Unset = UNSET
    payment_postings: list[IncomeVoucherPaymentPosting] | Unset = UNSET
    payment_posting_ids_for_deletion: list[int] | Unset = UNSET
    currency: Currency | Unset = UNSET
    voucher_temp_number: int | Unset = UNSET
    debit_posting_id: int | Unset = UNSET
    attachment_id: int | Unset = UNSET
    can_be_deleted: bool | Unset = UNSET
    can_be_reversed: bool | Unset = UNSET
    is_temporary: bool | Unset = UNSET
    reverse_voucher: Voucher | Unset = UNSET
    comment_count: int | Unset = UNSET
    last_comment: str | Unset = UNSET
    voucher_type_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.voucher_id
        if _v is not UNSET:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET:
            field_dict["voucherNumber"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_date
        if _v is not UNSET:
            field_dict["invoiceDate"] = _v
        _v = self.income_date
        if _v is not UNSET:
            field_dict["incomeDate"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.send_to_ledger
        if _v is not UNSET:
            field_dict["sendToLedger"] = _v
        _v = self.due_date
        if _v is not UNSET:
            field_dict["dueDate"] = _v
        _v = self.income_postings
        if _v is not UNSET:
            field_dict["incomePostings"] = [_e.to_dict() for _e in _v]
        _v = self.payment_postings
        if _v is not UNSET:
            field_dict["paymentPostings"] = [_e.to_dict() for _e in _v]
        _v = self.payment_posting_ids_for_deletion
        if _v is not UNSET:
            field_dict["paymentPostingIdsForDeletion"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.voucher_temp_number
        if _v is not UNSET:
            field_dict["voucherTempNumber"] = _v
        _v = self.debit_posting_id
        if _v is not UNSET:
            field_dict["debitPostingId"] = _v
        _v = self.attachment_id
        if _v is not UNSET:
            field_dict["attachmentId"] = _v
        _v = self.can_be_deleted
        if _v is not UNSET:
            field_dict["canBeDeleted"] = _v
        _v = self.can_be_reversed
        if _v is not UNSET:
            field_dict["canBeReversed"] = _v
        _v = self.is_temporary
        if _v is not UNSET:
            field_dict["isTemporary"] = _v
        _v = self.reverse_voucher
        if _v is not UNSET:
            field_dict["reverseVoucher"] = _v.to_dict()
        _v = self.comment_count
        if _v is not UNSET:
            field_dict["commentCount"] = _v
        _v = self.last_comment
        if _v is not UNSET:
            field_dict["lastComment"] = _v
        _v = self.voucher_type_id
        if _v is not UNSET:
            field_dict["voucherTypeId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeVoucher from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomeVoucher.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.income_voucher_payment_posting import IncomeVoucherPaymentPosting  # noqa: PLC0415
        from ..models.income_voucher_posting import IncomeVoucherPosting  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "voucherId",
                "voucherNumber",
                "invoiceNumber",
                "invoiceDate",
                "incomeDate",
                "description",
                "customerId",
                "sendToLedger",
                "dueDate",
                "incomePostings",
                "paymentPostings",
                "paymentPostingIdsForDeletion",
                "currency",
                "voucherTempNumber",
                "debitPostingId",
                "attachmentId",
                "canBeDeleted",
                "canBeReversed",
                "isTemporary",
                "reverseVoucher",
                "commentCount",
                "lastComment",
                "voucherTypeId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "invoiceNumber": "invoice_number",
            "invoiceDate": "invoice_date",
            "incomeDate": "income_date",
            "description": "description",
            "customerId": "customer_id",
            "sendToLedger": "send_to_ledger",
            "dueDate": "due_date",
            "voucherTempNumber": "voucher_temp_number",
            "debitPostingId": "debit_posting_id",
            "attachmentId": "attachment_id",
            "canBeDeleted": "can_be_deleted",
            "canBeReversed": "can_be_reversed",
            "isTemporary": "is_temporary",
            "commentCount": "comment_count",
            "lastComment": "last_comment",
            "voucherTypeId": "voucher_type_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.voucher_id = o.voucher_number = o.invoice_number = o.invoice_date = o.income_date = (
                        o.description
                    ) = o.customer_id = o.send_to_ledger = o.due_date = o.income_postings = o.payment_postings = (
                        o.payment_posting_ids_for_deletion
                    ) = o.currency = o.voucher_temp_number = o.debit_posting_id = o.attachment_id = o.can_be_deleted = (
                        o.can_be_reversed
                    ) = o.is_temporary = o.reverse_voucher = o.comment_count = o.last_comment = o.voucher_type_id = (
                        UNSET
                    )
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                v = g("incomeDate")
                if v is None:
                    o.income_date = u
                    if "incomeDate" not in d:
                        m += 1
                else:
                    o.income_date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("sendToLedger")
                if v is None:
                    o.send_to_ledger = u
                    if "sendToLedger" not in d:
                        m += 1
                else:
                    o.send_to_ledger = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                k = "incomePostings"
                v = g("incomePostings")
                if v is None:
                    o.income_postings = u
                    if "incomePostings" not in d:
                        m += 1
                else:
                    o.income_postings = (
                        ([IncomeVoucherPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "paymentPostings"
                v = g("paymentPostings")
                if v is None:
                    o.payment_postings = u
                    if "paymentPostings" not in d:
                        m += 1
                else:
                    o.payment_postings = (
                        ([IncomeVoucherPaymentPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "paymentPostingIdsForDeletion"
                v = g("paymentPostingIdsForDeletion")
                if v is None:
                    o.payment_posting_ids_for_deletion = u
                    if "paymentPostingIdsForDeletion" not in d:
                        m += 1
                else:
                    o.payment_posting_ids_for_deletion = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("voucherTempNumber")
                if v is None:
                    o.voucher_temp_number = u
                    if "voucherTempNumber" not in d:
                        m += 1
                else:
                    o.voucher_temp_number = v
                v = g("debitPostingId")
                if v is None:
                    o.debit_posting_id = u
                    if "debitPostingId" not in d:
                        m += 1
                else:
                    o.debit_posting_id = v
                v = g("attachmentId")
                if v is None:
                    o.attachment_id = u
                    if "attachmentId" not in d:
                        m += 1
                else:
                    o.attachment_id = v
                v = g("canBeDeleted")
                if v is None:
                    o.can_be_deleted = u
                    if "canBeDeleted" not in d:
                        m += 1
                else:
                    o.can_be_deleted = v
                v = g("canBeReversed")
                if v is None:
                    o.can_be_reversed = u
                    if "canBeReversed" not in d:
                        m += 1
                else:
                    o.can_be_reversed = v
                v = g("isTemporary")
                if v is None:
                    o.is_temporary = u
                    if "isTemporary" not in d:
                        m += 1
                else:
                    o.is_temporary = v
                k = "reverseVoucher"
                v = g("reverseVoucher")
                if v is None:
                    o.reverse_voucher = u
                    if "reverseVoucher" not in d:
                        m += 1
                else:
                    o.reverse_voucher = Voucher._tx_parse(v)
                v = g("commentCount")
                if v is None:
                    o.comment_count = u
                    if "commentCount" not in d:
                        m += 1
                else:
                    o.comment_count = v
                v = g("lastComment")
                if v is None:
                    o.last_comment = u
                    if "lastComment" not in d:
                        m += 1
                else:
                    o.last_comment = v
                v = g("voucherTypeId")
                if v is None:
                    o.voucher_type_id = u
                    if "voucherTypeId" not in d:
                        m += 1
                else:
                    o.voucher_type_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 23 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_date", "invoiceDate"),
            ("income_date", "incomeDate"),
            ("description", "description"),
            ("customer_id", "customerId"),
            ("send_to_ledger", "sendToLedger"),
            ("due_date", "dueDate"),
            ("income_postings", "incomePostings"),
            ("payment_postings", "paymentPostings"),
            ("payment_posting_ids_for_deletion", "paymentPostingIdsForDeletion"),
            ("currency", "currency"),
            ("voucher_temp_number", "voucherTempNumber"),
            ("debit_posting_id", "debitPostingId"),
            ("attachment_id", "attachmentId"),
            ("can_be_deleted", "canBeDeleted"),
            ("can_be_reversed", "canBeReversed"),
            ("is_temporary", "isTemporary"),
            ("reverse_voucher", "reverseVoucher"),
            ("comment_count", "commentCount"),
            ("last_comment", "lastComment"),
            ("voucher_type_id", "voucherTypeId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.income_date
            o.income_date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.send_to_ledger
            o.send_to_ledger = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.income_postings
            o.income_postings = (
                u
                if v is None or v is u
                else ([IncomeVoucherPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.payment_postings
            o.payment_postings = (
                u
                if v is None or v is u
                else ([IncomeVoucherPaymentPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.payment_posting_ids_for_deletion
            o.payment_posting_ids_for_deletion = u if v is None or v is u else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.voucher_temp_number
            o.voucher_temp_number = u if v is None else v
            v = s.debit_posting_id
            o.debit_posting_id = u if v is None else v
            v = s.attachment_id
            o.attachment_id = u if v is None else v
            v = s.can_be_deleted
            o.can_be_deleted = u if v is None else v
            v = s.can_be_reversed
            o.can_be_reversed = u if v is None else v
            v = s.is_temporary
            o.is_temporary = u if v is None else v
            v = s.reverse_voucher
            o.reverse_voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.comment_count
            o.comment_count = u if v is None else v
            v = s.last_comment
            o.last_comment = u if v is None else v
            v = s.voucher_type_id
            o.voucher_type_id = u if v is None else v
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
