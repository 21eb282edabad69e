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
    from ..models.balance_reconciliation_voucher_attachment import BalanceReconciliationVoucherAttachment
    from ..models.balance_reconciliation_voucher_comment import BalanceReconciliationVoucherComment


T = TypeVar("T", bound="BalanceReconciliationVoucher")


@_attrs_define
class BalanceReconciliationVoucher(Model):
    """List of vouchers attached to the line

    Attributes:
        original_id (int | Unset): Original ID of the voucher in the customers account
        date (str | Unset): Date
        voucher_number (str | Unset): Voucher number
        description (str | Unset): Description
        amount (float | Unset): Amount
        closed (bool | Unset): Closed
        comments (list[BalanceReconciliationVoucherComment] | Unset): Comments
        original_document_id (int | Unset): Original document ID (main voucher document in customer company)
        copy_document_id (int | Unset): Copy document ID (main voucher document copied to AO company)
        attachments (list[BalanceReconciliationVoucherAttachment] | Unset): Additional attachments
    """

    original_id: int | Unset = UNSET
    date: str | Unset = UNSET
    voucher_number: str | Unset = UNSET
    description: str | Unset = UNSET
    amount: float | Unset = UNSET
    closed: bool | Unset = UNSET
    comments: list[BalanceReconciliationVoucherComment] | Unset = UNSET
    original_document_id: int | Unset = UNSET
    copy_document_id: int | Unset = UNSET
    attachments: list[BalanceReconciliationVoucherAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.original_id
        if _v is not UNSET:
            field_dict["originalId"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.voucher_number
        if _v is not UNSET:
            field_dict["voucherNumber"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.closed
        if _v is not UNSET:
            field_dict["closed"] = _v
        _v = self.comments
        if _v is not UNSET:
            field_dict["comments"] = [_e.to_dict() for _e in _v]
        _v = self.original_document_id
        if _v is not UNSET:
            field_dict["originalDocumentId"] = _v
        _v = self.copy_document_id
        if _v is not UNSET:
            field_dict["copyDocumentId"] = _v
        _v = self.attachments
        if _v is not UNSET:
            field_dict["attachments"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceReconciliationVoucher from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BalanceReconciliationVoucher.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.balance_reconciliation_voucher_attachment import BalanceReconciliationVoucherAttachment  # noqa: PLC0415
        from ..models.balance_reconciliation_voucher_comment import BalanceReconciliationVoucherComment  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "originalId",
                "date",
                "voucherNumber",
                "description",
                "amount",
                "closed",
                "comments",
                "originalDocumentId",
                "copyDocumentId",
                "attachments",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "originalId": "original_id",
            "date": "date",
            "voucherNumber": "voucher_number",
            "description": "description",
            "amount": "amount",
            "closed": "closed",
            "originalDocumentId": "original_document_id",
            "copyDocumentId": "copy_document_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.original_id = o.date = o.voucher_number = o.description = o.amount = o.closed = o.comments = (
                        o.original_document_id
                    ) = o.copy_document_id = o.attachments = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("originalId")
                if v is None:
                    o.original_id = u
                    if "originalId" not in d:
                        m += 1
                else:
                    o.original_id = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("closed")
                if v is None:
                    o.closed = u
                    if "closed" not in d:
                        m += 1
                else:
                    o.closed = v
                k = "comments"
                v = g("comments")
                if v is None:
                    o.comments = u
                    if "comments" not in d:
                        m += 1
                else:
                    o.comments = (
                        ([BalanceReconciliationVoucherComment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("originalDocumentId")
                if v is None:
                    o.original_document_id = u
                    if "originalDocumentId" not in d:
                        m += 1
                else:
                    o.original_document_id = v
                v = g("copyDocumentId")
                if v is None:
                    o.copy_document_id = u
                    if "copyDocumentId" not in d:
                        m += 1
                else:
                    o.copy_document_id = v
                k = "attachments"
                v = g("attachments")
                if v is None:
                    o.attachments = u
                    if "attachments" not in d:
                        m += 1
                else:
                    o.attachments = (
                        ([BalanceReconciliationVoucherAttachment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("original_id", "originalId"),
            ("date", "date"),
            ("voucher_number", "voucherNumber"),
            ("description", "description"),
            ("amount", "amount"),
            ("closed", "closed"),
            ("comments", "comments"),
            ("original_document_id", "originalDocumentId"),
            ("copy_document_id", "copyDocumentId"),
            ("attachments", "attachments"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.original_id
            o.original_id = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.closed
            o.closed = u if v is None else v
            v = s.comments
            o.comments = (
                u
                if v is None or v is u
                else ([BalanceReconciliationVoucherComment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.original_document_id
            o.original_document_id = u if v is None else v
            v = s.copy_document_id
            o.copy_document_id = u if v is None else v
            v = s.attachments
            o.attachments = (
                u
                if v is None or v is u
                else ([BalanceReconciliationVoucherAttachment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
