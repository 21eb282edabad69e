from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.currency import Currency
    from ..models.income_voucher_payment_posting import IncomeVoucherPaymentPosting
    from ..models.income_voucher_posting import IncomeVoucherPosting
    from ..models.voucher import Voucher


T = TypeVar("T", bound="IncomeVoucher")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("incomePostings", list, False),
    ("paymentPostings", list, False),
    ("paymentPostingIdsForDeletion", list, False),
    ("currency", dict, False),
    ("reverseVoucher", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomeVoucher(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        income_date = self.income_date

        description = self.description

        customer_id = self.customer_id

        send_to_ledger = self.send_to_ledger

        due_date = self.due_date

        income_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.income_postings, Unset):
            income_postings = []
            for income_postings_item_data in self.income_postings:
                income_postings_item = income_postings_item_data.to_dict()
                income_postings.append(income_postings_item)

        payment_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_postings, Unset):
            payment_postings = []
            for payment_postings_item_data in self.payment_postings:
                payment_postings_item = payment_postings_item_data.to_dict()
                payment_postings.append(payment_postings_item)

        payment_posting_ids_for_deletion: list[int] | Unset = UNSET
        if not isinstance(self.payment_posting_ids_for_deletion, Unset):
            payment_posting_ids_for_deletion = self.payment_posting_ids_for_deletion

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        voucher_temp_number = self.voucher_temp_number

        debit_posting_id = self.debit_posting_id

        attachment_id = self.attachment_id

        can_be_deleted = self.can_be_deleted

        can_be_reversed = self.can_be_reversed

        is_temporary = self.is_temporary

        reverse_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reverse_voucher, Unset):
            reverse_voucher = self.reverse_voucher.to_dict()

        comment_count = self.comment_count

        last_comment = self.last_comment

        voucher_type_id = self.voucher_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET:
            field_dict["voucherNumber"] = voucher_number
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if income_date is not UNSET:
            field_dict["incomeDate"] = income_date
        if description is not UNSET:
            field_dict["description"] = description
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if send_to_ledger is not UNSET:
            field_dict["sendToLedger"] = send_to_ledger
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if income_postings is not UNSET:
            field_dict["incomePostings"] = income_postings
        if payment_postings is not UNSET:
            field_dict["paymentPostings"] = payment_postings
        if payment_posting_ids_for_deletion is not UNSET:
            field_dict["paymentPostingIdsForDeletion"] = payment_posting_ids_for_deletion
        if currency is not UNSET:
            field_dict["currency"] = currency
        if voucher_temp_number is not UNSET:
            field_dict["voucherTempNumber"] = voucher_temp_number
        if debit_posting_id is not UNSET:
            field_dict["debitPostingId"] = debit_posting_id
        if attachment_id is not UNSET:
            field_dict["attachmentId"] = attachment_id
        if can_be_deleted is not UNSET:
            field_dict["canBeDeleted"] = can_be_deleted
        if can_be_reversed is not UNSET:
            field_dict["canBeReversed"] = can_be_reversed
        if is_temporary is not UNSET:
            field_dict["isTemporary"] = is_temporary
        if reverse_voucher is not UNSET:
            field_dict["reverseVoucher"] = reverse_voucher
        if comment_count is not UNSET:
            field_dict["commentCount"] = comment_count
        if last_comment is not UNSET:
            field_dict["lastComment"] = last_comment
        if voucher_type_id is not UNSET:
            field_dict["voucherTypeId"] = voucher_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeVoucher from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.income_voucher_payment_posting import IncomeVoucherPaymentPosting  # noqa: PLC0415
        from ..models.income_voucher_posting import IncomeVoucherPosting  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        def _p_income_postings(_tx_v: Any) -> list[IncomeVoucherPosting] | Unset:
            _income_postings = _tx_v
            income_postings: list[IncomeVoucherPosting] | Unset = UNSET
            if _income_postings is not UNSET:
                income_postings = []
                for income_postings_item_data in _income_postings:
                    if income_postings_item_data is None:
                        continue
                    income_postings_item = IncomeVoucherPosting._tx_from_json(income_postings_item_data)

                    income_postings.append(income_postings_item)

            return income_postings

        def _p_payment_postings(_tx_v: Any) -> list[IncomeVoucherPaymentPosting] | Unset:
            _payment_postings = _tx_v
            payment_postings: list[IncomeVoucherPaymentPosting] | Unset = UNSET
            if _payment_postings is not UNSET:
                payment_postings = []
                for payment_postings_item_data in _payment_postings:
                    if payment_postings_item_data is None:
                        continue
                    payment_postings_item = IncomeVoucherPaymentPosting._tx_from_json(payment_postings_item_data)

                    payment_postings.append(payment_postings_item)

            return payment_postings

        def _p_payment_posting_ids_for_deletion(_tx_v: Any) -> list[int] | Unset:
            payment_posting_ids_for_deletion = cast(list[int], _tx_v)

            return payment_posting_ids_for_deletion

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_reverse_voucher(_tx_v: Any) -> Voucher | Unset:
            _reverse_voucher = _tx_v
            reverse_voucher: Voucher | Unset
            if isinstance(_reverse_voucher, Unset):
                reverse_voucher = UNSET
            else:
                reverse_voucher = Voucher._tx_from_json(_reverse_voucher)

            return reverse_voucher

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_date": ("invoiceDate", None),
            "income_date": ("incomeDate", None),
            "description": ("description", None),
            "customer_id": ("customerId", None),
            "send_to_ledger": ("sendToLedger", None),
            "due_date": ("dueDate", None),
            "income_postings": ("incomePostings", _p_income_postings),
            "payment_postings": ("paymentPostings", _p_payment_postings),
            "payment_posting_ids_for_deletion": ("paymentPostingIdsForDeletion", _p_payment_posting_ids_for_deletion),
            "currency": ("currency", _p_currency),
            "voucher_temp_number": ("voucherTempNumber", None),
            "debit_posting_id": ("debitPostingId", None),
            "attachment_id": ("attachmentId", None),
            "can_be_deleted": ("canBeDeleted", None),
            "can_be_reversed": ("canBeReversed", None),
            "is_temporary": ("isTemporary", None),
            "reverse_voucher": ("reverseVoucher", _p_reverse_voucher),
            "comment_count": ("commentCount", None),
            "last_comment": ("lastComment", None),
            "voucher_type_id": ("voucherTypeId", None),
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
