from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_save_result_invoice_life_cycle import IncomingInvoiceSaveResultInvoiceLifeCycle
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

T = TypeVar("T", bound="IncomingInvoiceSaveResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("invoiceLifeCycle", str, False),
    ("paymentIdsToApprove", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceSaveResult(LazyModel):
    """
    Attributes:
        voucher_id (int | Unset): [read-only] Voucher Id of the incoming invoice
        version (int | Unset): [read-only] Voucher version
        voucher_number (int | Unset): [read-only] Voucher number of the incoming invoice
        voucher_temp_number (int | Unset): [read-only] Temporary voucher number of the incoming invoice
        voucher_year (int | Unset): [read-only] Voucher year of the incoming invoice
        invoice_life_cycle (IncomingInvoiceSaveResultInvoiceLifeCycle | Unset): [read-only] Invoice Life Cycle.
        payment_ids_to_approve (list[int] | Unset): [read-only] List of payment ids that need to be approved
        redirect_url (str | Unset): [read-only] Redirect URL after booking the incoming invoice
    """

    voucher_id: int | Unset = UNSET
    version: int | Unset = UNSET
    voucher_number: int | Unset = UNSET
    voucher_temp_number: int | Unset = UNSET
    voucher_year: int | Unset = UNSET
    invoice_life_cycle: IncomingInvoiceSaveResultInvoiceLifeCycle | Unset = UNSET
    payment_ids_to_approve: list[int] | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        version = self.version

        voucher_number = self.voucher_number

        voucher_temp_number = self.voucher_temp_number

        voucher_year = self.voucher_year

        invoice_life_cycle: str | Unset = UNSET
        if not isinstance(self.invoice_life_cycle, Unset):
            invoice_life_cycle = self.invoice_life_cycle.value

        payment_ids_to_approve: list[int] | Unset = UNSET
        if not isinstance(self.payment_ids_to_approve, Unset):
            payment_ids_to_approve = self.payment_ids_to_approve

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if version is not UNSET and not _in_request:
            field_dict["version"] = version
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_temp_number is not UNSET and not _in_request:
            field_dict["voucherTempNumber"] = voucher_temp_number
        if voucher_year is not UNSET and not _in_request:
            field_dict["voucherYear"] = voucher_year
        if invoice_life_cycle is not UNSET and not _in_request:
            field_dict["invoiceLifeCycle"] = invoice_life_cycle
        if payment_ids_to_approve is not UNSET and not _in_request:
            field_dict["paymentIdsToApprove"] = payment_ids_to_approve
        if redirect_url is not UNSET and not _in_request:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceSaveResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_invoice_life_cycle(_tx_v: Any) -> IncomingInvoiceSaveResultInvoiceLifeCycle | Unset:
            _invoice_life_cycle = _tx_v
            invoice_life_cycle: IncomingInvoiceSaveResultInvoiceLifeCycle | Unset
            if isinstance(_invoice_life_cycle, Unset):
                invoice_life_cycle = UNSET
            else:
                invoice_life_cycle = IncomingInvoiceSaveResultInvoiceLifeCycle(_invoice_life_cycle)

            return invoice_life_cycle

        def _p_payment_ids_to_approve(_tx_v: Any) -> list[int] | Unset:
            payment_ids_to_approve = cast(list[int], _tx_v)

            return payment_ids_to_approve

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherId",
                "version",
                "voucherNumber",
                "voucherTempNumber",
                "voucherYear",
                "invoiceLifeCycle",
                "paymentIdsToApprove",
                "redirectUrl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_id": ("voucherId", None),
            "version": ("version", None),
            "voucher_number": ("voucherNumber", None),
            "voucher_temp_number": ("voucherTempNumber", None),
            "voucher_year": ("voucherYear", None),
            "invoice_life_cycle": ("invoiceLifeCycle", _p_invoice_life_cycle),
            "payment_ids_to_approve": ("paymentIdsToApprove", _p_payment_ids_to_approve),
            "redirect_url": ("redirectUrl", None),
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
