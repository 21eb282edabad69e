from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_save_result_invoice_life_cycle import IncomingInvoiceSaveResultInvoiceLifeCycle
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="IncomingInvoiceSaveResult")


@_attrs_define
class IncomingInvoiceSaveResult(Model):
    """
    Attributes:
        voucher_id (int | Unset): Voucher Id of the incoming invoice
        version (int | Unset): Voucher version
        voucher_number (int | Unset): Voucher number of the incoming invoice
        voucher_temp_number (int | Unset): Temporary voucher number of the incoming invoice
        voucher_year (int | Unset): Voucher year of the incoming invoice
        invoice_life_cycle (IncomingInvoiceSaveResultInvoiceLifeCycle | Unset): Invoice Life Cycle.
        payment_ids_to_approve (list[int] | Unset): List of payment ids that need to be approved
        redirect_url (str | Unset): Redirect URL after booking the incoming invoice
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.version
        if _v is not UNSET and not _in_request:
            field_dict["version"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.voucher_temp_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherTempNumber"] = _v
        _v = self.voucher_year
        if _v is not UNSET and not _in_request:
            field_dict["voucherYear"] = _v
        _v = self.invoice_life_cycle
        if _v is not UNSET and not _in_request:
            field_dict["invoiceLifeCycle"] = _v._value_
        _v = self.payment_ids_to_approve
        if _v is not UNSET and not _in_request:
            field_dict["paymentIdsToApprove"] = _v
        _v = self.redirect_url
        if _v is not UNSET and not _in_request:
            field_dict["redirectUrl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceSaveResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceSaveResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_invoice_life_cycle: dict[Any, Any] = enum_members(IncomingInvoiceSaveResultInvoiceLifeCycle)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "voucherId": "voucher_id",
            "version": "version",
            "voucherNumber": "voucher_number",
            "voucherTempNumber": "voucher_temp_number",
            "voucherYear": "voucher_year",
            "redirectUrl": "redirect_url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.voucher_id = o.version = o.voucher_number = o.voucher_temp_number = o.voucher_year = (
                        o.invoice_life_cycle
                    ) = o.payment_ids_to_approve = o.redirect_url = UNSET
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("voucherTempNumber")
                if v is None:
                    o.voucher_temp_number = u
                    if "voucherTempNumber" not in d:
                        m += 1
                else:
                    o.voucher_temp_number = v
                v = g("voucherYear")
                if v is None:
                    o.voucher_year = u
                    if "voucherYear" not in d:
                        m += 1
                else:
                    o.voucher_year = v
                k = "invoiceLifeCycle"
                v = g("invoiceLifeCycle")
                if v is None:
                    o.invoice_life_cycle = u
                    if "invoiceLifeCycle" not in d:
                        m += 1
                else:
                    o.invoice_life_cycle = (
                        e_
                        if (e_ := _e_invoice_life_cycle.get(v)) is not None
                        else enum_value(IncomingInvoiceSaveResultInvoiceLifeCycle, v)
                    )
                k = "paymentIdsToApprove"
                v = g("paymentIdsToApprove")
                if v is None:
                    o.payment_ids_to_approve = u
                    if "paymentIdsToApprove" not in d:
                        m += 1
                else:
                    o.payment_ids_to_approve = v
                v = g("redirectUrl")
                if v is None:
                    o.redirect_url = u
                    if "redirectUrl" not in d:
                        m += 1
                else:
                    o.redirect_url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_id", "voucherId"),
            ("version", "version"),
            ("voucher_number", "voucherNumber"),
            ("voucher_temp_number", "voucherTempNumber"),
            ("voucher_year", "voucherYear"),
            ("invoice_life_cycle", "invoiceLifeCycle"),
            ("payment_ids_to_approve", "paymentIdsToApprove"),
            ("redirect_url", "redirectUrl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_temp_number
            o.voucher_temp_number = u if v is None else v
            v = s.voucher_year
            o.voucher_year = u if v is None else v
            v = s.invoice_life_cycle
            o.invoice_life_cycle = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_life_cycle.get(v)) is not None
                else enum_value(IncomingInvoiceSaveResultInvoiceLifeCycle, v)
            )
            v = s.payment_ids_to_approve
            o.payment_ids_to_approve = u if v is None or v is u else v
            v = s.redirect_url
            o.redirect_url = u if v is None else v
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
