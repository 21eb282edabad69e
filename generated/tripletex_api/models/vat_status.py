from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.vat_delivery_status import VatDeliveryStatus
    from ..models.vat_payment_status import VatPaymentStatus


T = TypeVar("T", bound="VatStatus")


@_attrs_define
class VatStatus:
    """
    Attributes:
        company (Company | Unset): Vendor of the product
        voucher_number (int | Unset): [read-only] Vat delivery voucher number
        year (int | Unset): [read-only] Year of VAT
        term (int | Unset): [read-only] VAT term
        vat_returns_2022_id (int | Unset): [read-only] The id for the vat return
        total_amount_vat_basis (float | Unset): [read-only] Total amount of VAT report baseline
        delivery_status (VatDeliveryStatus | Unset): The delivery status
        payment_status (VatPaymentStatus | Unset): The payment status
    """

    company: Company | Unset = UNSET
    voucher_number: int | Unset = UNSET
    year: int | Unset = UNSET
    term: int | Unset = UNSET
    vat_returns_2022_id: int | Unset = UNSET
    total_amount_vat_basis: float | Unset = UNSET
    delivery_status: VatDeliveryStatus | Unset = UNSET
    payment_status: VatPaymentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        voucher_number = self.voucher_number

        year = self.year

        term = self.term

        vat_returns_2022_id = self.vat_returns_2022_id

        total_amount_vat_basis = self.total_amount_vat_basis

        delivery_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_status, Unset):
            delivery_status = self.delivery_status.to_dict()

        payment_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if term is not UNSET and not _in_request:
            field_dict["term"] = term
        if vat_returns_2022_id is not UNSET and not _in_request:
            field_dict["vatReturns2022Id"] = vat_returns_2022_id
        if total_amount_vat_basis is not UNSET and not _in_request:
            field_dict["totalAmountVatBasis"] = total_amount_vat_basis
        if delivery_status is not UNSET:
            field_dict["deliveryStatus"] = delivery_status
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.vat_delivery_status import VatDeliveryStatus  # noqa: PLC0415
        from ..models.vat_payment_status import VatPaymentStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        voucher_number = d.pop("voucherNumber", UNSET)

        year = d.pop("year", UNSET)

        term = d.pop("term", UNSET)

        vat_returns_2022_id = d.pop("vatReturns2022Id", UNSET)

        total_amount_vat_basis = d.pop("totalAmountVatBasis", UNSET)

        _delivery_status = d.pop("deliveryStatus", UNSET)
        delivery_status: VatDeliveryStatus | Unset
        if isinstance(_delivery_status, Unset):
            delivery_status = UNSET
        else:
            delivery_status = VatDeliveryStatus.from_dict(_delivery_status)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: VatPaymentStatus | Unset
        if isinstance(_payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = VatPaymentStatus.from_dict(_payment_status)

        _obj = cls(
            company=company,
            voucher_number=voucher_number,
            year=year,
            term=term,
            vat_returns_2022_id=vat_returns_2022_id,
            total_amount_vat_basis=total_amount_vat_basis,
            delivery_status=delivery_status,
            payment_status=payment_status,
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
