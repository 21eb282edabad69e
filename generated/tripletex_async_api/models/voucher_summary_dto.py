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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.voucher_details_dto import VoucherDetailsDTO


T = TypeVar("T", bound="VoucherSummaryDTO")


@_attrs_define
class VoucherSummaryDTO(Model):
    """
    Attributes:
        voucher_reception_data (VoucherDetailsDTO | Unset):
        attestation_vouchers_data (VoucherDetailsDTO | Unset):
        non_posted_vouchers_data (VoucherDetailsDTO | Unset):
        automated_vouchers_data (VoucherDetailsDTO | Unset):
    """

    voucher_reception_data: VoucherDetailsDTO | Unset = UNSET
    attestation_vouchers_data: VoucherDetailsDTO | Unset = UNSET
    non_posted_vouchers_data: VoucherDetailsDTO | Unset = UNSET
    automated_vouchers_data: VoucherDetailsDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.voucher_reception_data
        if _v is not UNSET:
            field_dict["voucherReceptionData"] = _v.to_dict()
        _v = self.attestation_vouchers_data
        if _v is not UNSET:
            field_dict["attestationVouchersData"] = _v.to_dict()
        _v = self.non_posted_vouchers_data
        if _v is not UNSET:
            field_dict["nonPostedVouchersData"] = _v.to_dict()
        _v = self.automated_vouchers_data
        if _v is not UNSET:
            field_dict["automatedVouchersData"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherSummaryDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherSummaryDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.voucher_details_dto import VoucherDetailsDTO  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "voucherReceptionData",
                "attestationVouchersData",
                "nonPostedVouchersData",
                "automatedVouchersData",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "voucherReceptionData"
                v = g("voucherReceptionData")
                if v is None:
                    o.voucher_reception_data = u
                    if "voucherReceptionData" not in d:
                        m += 1
                else:
                    o.voucher_reception_data = VoucherDetailsDTO._tx_parse(v)
                k = "attestationVouchersData"
                v = g("attestationVouchersData")
                if v is None:
                    o.attestation_vouchers_data = u
                    if "attestationVouchersData" not in d:
                        m += 1
                else:
                    o.attestation_vouchers_data = VoucherDetailsDTO._tx_parse(v)
                k = "nonPostedVouchersData"
                v = g("nonPostedVouchersData")
                if v is None:
                    o.non_posted_vouchers_data = u
                    if "nonPostedVouchersData" not in d:
                        m += 1
                else:
                    o.non_posted_vouchers_data = VoucherDetailsDTO._tx_parse(v)
                k = "automatedVouchersData"
                v = g("automatedVouchersData")
                if v is None:
                    o.automated_vouchers_data = u
                    if "automatedVouchersData" not in d:
                        m += 1
                else:
                    o.automated_vouchers_data = VoucherDetailsDTO._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_reception_data", "voucherReceptionData"),
            ("attestation_vouchers_data", "attestationVouchersData"),
            ("non_posted_vouchers_data", "nonPostedVouchersData"),
            ("automated_vouchers_data", "automatedVouchersData"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_reception_data
            o.voucher_reception_data = u if v is None or v is u else VoucherDetailsDTO._tx_parse(v)
            v = s.attestation_vouchers_data
            o.attestation_vouchers_data = u if v is None or v is u else VoucherDetailsDTO._tx_parse(v)
            v = s.non_posted_vouchers_data
            o.non_posted_vouchers_data = u if v is None or v is u else VoucherDetailsDTO._tx_parse(v)
            v = s.automated_vouchers_data
            o.automated_vouchers_data = u if v is None or v is u else VoucherDetailsDTO._tx_parse(v)
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
