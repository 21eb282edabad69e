from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.balance_reconciliation_voucher_attachment import BalanceReconciliationVoucherAttachment
    from ..models.balance_reconciliation_voucher_comment import BalanceReconciliationVoucherComment


T = TypeVar("T", bound="BalanceReconciliationVoucher")


@_attrs_define
class BalanceReconciliationVoucher:
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
        from ..models.balance_reconciliation_voucher_attachment import BalanceReconciliationVoucherAttachment  # noqa: PLC0415
        from ..models.balance_reconciliation_voucher_comment import BalanceReconciliationVoucherComment  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        original_id = d.pop("originalId", UNSET)

        date = d.pop("date", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        description = d.pop("description", UNSET)

        amount = d.pop("amount", UNSET)

        closed = d.pop("closed", UNSET)

        _comments = d.pop("comments", UNSET)
        comments: list[BalanceReconciliationVoucherComment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                if comments_item_data is None:
                    continue
                comments_item = BalanceReconciliationVoucherComment.from_dict(comments_item_data)

                comments.append(comments_item)

        original_document_id = d.pop("originalDocumentId", UNSET)

        copy_document_id = d.pop("copyDocumentId", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[BalanceReconciliationVoucherAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                if attachments_item_data is None:
                    continue
                attachments_item = BalanceReconciliationVoucherAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _obj = cls(
            original_id=original_id,
            date=date,
            voucher_number=voucher_number,
            description=description,
            amount=amount,
            closed=closed,
            comments=comments,
            original_document_id=original_document_id,
            copy_document_id=copy_document_id,
            attachments=attachments,
        )

        _obj.additional_properties = d
        return _obj

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
