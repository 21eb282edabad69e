from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_save_result_invoice_life_cycle import IncomingInvoiceSaveResultInvoiceLifeCycle
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceSaveResult")


@_attrs_define
class IncomingInvoiceSaveResult:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        voucher_id = d.pop("voucherId", UNSET)

        version = d.pop("version", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        voucher_temp_number = d.pop("voucherTempNumber", UNSET)

        voucher_year = d.pop("voucherYear", UNSET)

        _invoice_life_cycle = d.pop("invoiceLifeCycle", UNSET)
        invoice_life_cycle: IncomingInvoiceSaveResultInvoiceLifeCycle | Unset
        if isinstance(_invoice_life_cycle, Unset):
            invoice_life_cycle = UNSET
        else:
            invoice_life_cycle = IncomingInvoiceSaveResultInvoiceLifeCycle(_invoice_life_cycle)

        payment_ids_to_approve = cast(list[int], d.pop("paymentIdsToApprove", UNSET))

        redirect_url = d.pop("redirectUrl", UNSET)

        _obj = cls(
            voucher_id=voucher_id,
            version=version,
            voucher_number=voucher_number,
            voucher_temp_number=voucher_temp_number,
            voucher_year=voucher_year,
            invoice_life_cycle=invoice_life_cycle,
            payment_ids_to_approve=payment_ids_to_approve,
            redirect_url=redirect_url,
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
