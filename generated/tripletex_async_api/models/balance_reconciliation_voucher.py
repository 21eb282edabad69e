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
    from ..models.balance_reconciliation_voucher_attachment import BalanceReconciliationVoucherAttachment
    from ..models.balance_reconciliation_voucher_comment import BalanceReconciliationVoucherComment


T = TypeVar("T", bound="BalanceReconciliationVoucher")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("comments", list, False),
    ("attachments", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BalanceReconciliationVoucher(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        original_id = self.original_id

        date = self.date

        voucher_number = self.voucher_number

        description = self.description

        amount = self.amount

        closed = self.closed

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        original_document_id = self.original_document_id

        copy_document_id = self.copy_document_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["originalId"] = original_id
        if date is not UNSET:
            field_dict["date"] = date
        if voucher_number is not UNSET:
            field_dict["voucherNumber"] = voucher_number
        if description is not UNSET:
            field_dict["description"] = description
        if amount is not UNSET:
            field_dict["amount"] = amount
        if closed is not UNSET:
            field_dict["closed"] = closed
        if comments is not UNSET:
            field_dict["comments"] = comments
        if original_document_id is not UNSET:
            field_dict["originalDocumentId"] = original_document_id
        if copy_document_id is not UNSET:
            field_dict["copyDocumentId"] = copy_document_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceReconciliationVoucher from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_reconciliation_voucher_attachment import BalanceReconciliationVoucherAttachment  # noqa: PLC0415
        from ..models.balance_reconciliation_voucher_comment import BalanceReconciliationVoucherComment  # noqa: PLC0415

        def _p_comments(_tx_v: Any) -> list[BalanceReconciliationVoucherComment] | Unset:
            _comments = _tx_v
            comments: list[BalanceReconciliationVoucherComment] | Unset = UNSET
            if _comments is not UNSET:
                comments = []
                for comments_item_data in _comments:
                    if comments_item_data is None:
                        continue
                    comments_item = BalanceReconciliationVoucherComment._tx_from_json(comments_item_data)

                    comments.append(comments_item)

            return comments

        def _p_attachments(_tx_v: Any) -> list[BalanceReconciliationVoucherAttachment] | Unset:
            _attachments = _tx_v
            attachments: list[BalanceReconciliationVoucherAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    if attachments_item_data is None:
                        continue
                    attachments_item = BalanceReconciliationVoucherAttachment._tx_from_json(attachments_item_data)

                    attachments.append(attachments_item)

            return attachments

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "original_id": ("originalId", None),
            "date": ("date", None),
            "voucher_number": ("voucherNumber", None),
            "description": ("description", None),
            "amount": ("amount", None),
            "closed": ("closed", None),
            "comments": ("comments", _p_comments),
            "original_document_id": ("originalDocumentId", None),
            "copy_document_id": ("copyDocumentId", None),
            "attachments": ("attachments", _p_attachments),
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
