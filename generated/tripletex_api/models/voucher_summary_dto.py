from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.voucher_details_dto import VoucherDetailsDTO


T = TypeVar("T", bound="VoucherSummaryDTO")


@_attrs_define
class VoucherSummaryDTO:
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
        from ..models.voucher_details_dto import VoucherDetailsDTO  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _voucher_reception_data = d.pop("voucherReceptionData", UNSET)
        voucher_reception_data: VoucherDetailsDTO | Unset
        if isinstance(_voucher_reception_data, Unset):
            voucher_reception_data = UNSET
        else:
            voucher_reception_data = VoucherDetailsDTO.from_dict(_voucher_reception_data)

        _attestation_vouchers_data = d.pop("attestationVouchersData", UNSET)
        attestation_vouchers_data: VoucherDetailsDTO | Unset
        if isinstance(_attestation_vouchers_data, Unset):
            attestation_vouchers_data = UNSET
        else:
            attestation_vouchers_data = VoucherDetailsDTO.from_dict(_attestation_vouchers_data)

        _non_posted_vouchers_data = d.pop("nonPostedVouchersData", UNSET)
        non_posted_vouchers_data: VoucherDetailsDTO | Unset
        if isinstance(_non_posted_vouchers_data, Unset):
            non_posted_vouchers_data = UNSET
        else:
            non_posted_vouchers_data = VoucherDetailsDTO.from_dict(_non_posted_vouchers_data)

        _automated_vouchers_data = d.pop("automatedVouchersData", UNSET)
        automated_vouchers_data: VoucherDetailsDTO | Unset
        if isinstance(_automated_vouchers_data, Unset):
            automated_vouchers_data = UNSET
        else:
            automated_vouchers_data = VoucherDetailsDTO.from_dict(_automated_vouchers_data)

        _obj = cls(
            voucher_reception_data=voucher_reception_data,
            attestation_vouchers_data=attestation_vouchers_data,
            non_posted_vouchers_data=non_posted_vouchers_data,
            automated_vouchers_data=automated_vouchers_data,
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
