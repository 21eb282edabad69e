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
    from ..models.voucher_details_dto import VoucherDetailsDTO


T = TypeVar("T", bound="VoucherSummaryDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("voucherReceptionData", dict, False),
    ("attestationVouchersData", dict, False),
    ("nonPostedVouchersData", dict, False),
    ("automatedVouchersData", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VoucherSummaryDTO(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        voucher_reception_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher_reception_data, Unset):
            voucher_reception_data = self.voucher_reception_data.to_dict()

        attestation_vouchers_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attestation_vouchers_data, Unset):
            attestation_vouchers_data = self.attestation_vouchers_data.to_dict()

        non_posted_vouchers_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.non_posted_vouchers_data, Unset):
            non_posted_vouchers_data = self.non_posted_vouchers_data.to_dict()

        automated_vouchers_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automated_vouchers_data, Unset):
            automated_vouchers_data = self.automated_vouchers_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_reception_data is not UNSET:
            field_dict["voucherReceptionData"] = voucher_reception_data
        if attestation_vouchers_data is not UNSET:
            field_dict["attestationVouchersData"] = attestation_vouchers_data
        if non_posted_vouchers_data is not UNSET:
            field_dict["nonPostedVouchersData"] = non_posted_vouchers_data
        if automated_vouchers_data is not UNSET:
            field_dict["automatedVouchersData"] = automated_vouchers_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherSummaryDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.voucher_details_dto import VoucherDetailsDTO  # noqa: PLC0415

        def _p_voucher_reception_data(_tx_v: Any) -> VoucherDetailsDTO | Unset:
            _voucher_reception_data = _tx_v
            voucher_reception_data: VoucherDetailsDTO | Unset
            if isinstance(_voucher_reception_data, Unset):
                voucher_reception_data = UNSET
            else:
                voucher_reception_data = VoucherDetailsDTO._tx_from_json(_voucher_reception_data)

            return voucher_reception_data

        def _p_attestation_vouchers_data(_tx_v: Any) -> VoucherDetailsDTO | Unset:
            _attestation_vouchers_data = _tx_v
            attestation_vouchers_data: VoucherDetailsDTO | Unset
            if isinstance(_attestation_vouchers_data, Unset):
                attestation_vouchers_data = UNSET
            else:
                attestation_vouchers_data = VoucherDetailsDTO._tx_from_json(_attestation_vouchers_data)

            return attestation_vouchers_data

        def _p_non_posted_vouchers_data(_tx_v: Any) -> VoucherDetailsDTO | Unset:
            _non_posted_vouchers_data = _tx_v
            non_posted_vouchers_data: VoucherDetailsDTO | Unset
            if isinstance(_non_posted_vouchers_data, Unset):
                non_posted_vouchers_data = UNSET
            else:
                non_posted_vouchers_data = VoucherDetailsDTO._tx_from_json(_non_posted_vouchers_data)

            return non_posted_vouchers_data

        def _p_automated_vouchers_data(_tx_v: Any) -> VoucherDetailsDTO | Unset:
            _automated_vouchers_data = _tx_v
            automated_vouchers_data: VoucherDetailsDTO | Unset
            if isinstance(_automated_vouchers_data, Unset):
                automated_vouchers_data = UNSET
            else:
                automated_vouchers_data = VoucherDetailsDTO._tx_from_json(_automated_vouchers_data)

            return automated_vouchers_data

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherReceptionData",
                "attestationVouchersData",
                "nonPostedVouchersData",
                "automatedVouchersData",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_reception_data": ("voucherReceptionData", _p_voucher_reception_data),
            "attestation_vouchers_data": ("attestationVouchersData", _p_attestation_vouchers_data),
            "non_posted_vouchers_data": ("nonPostedVouchersData", _p_non_posted_vouchers_data),
            "automated_vouchers_data": ("automatedVouchersData", _p_automated_vouchers_data),
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
