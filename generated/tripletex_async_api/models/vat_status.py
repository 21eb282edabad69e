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
    from ..models.company import Company
    from ..models.vat_delivery_status import VatDeliveryStatus
    from ..models.vat_payment_status import VatPaymentStatus


T = TypeVar("T", bound="VatStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("company", dict, False),
    ("deliveryStatus", dict, False),
    ("paymentStatus", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatStatus(LazyModel):
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
        self._tx_load()
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
        """A VatStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.vat_delivery_status import VatDeliveryStatus  # noqa: PLC0415
        from ..models.vat_payment_status import VatPaymentStatus  # noqa: PLC0415

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_delivery_status(_tx_v: Any) -> VatDeliveryStatus | Unset:
            _delivery_status = _tx_v
            delivery_status: VatDeliveryStatus | Unset
            if isinstance(_delivery_status, Unset):
                delivery_status = UNSET
            else:
                delivery_status = VatDeliveryStatus._tx_from_json(_delivery_status)

            return delivery_status

        def _p_payment_status(_tx_v: Any) -> VatPaymentStatus | Unset:
            _payment_status = _tx_v
            payment_status: VatPaymentStatus | Unset
            if isinstance(_payment_status, Unset):
                payment_status = UNSET
            else:
                payment_status = VatPaymentStatus._tx_from_json(_payment_status)

            return payment_status

        _tx_known: frozenset[str] = frozenset(
            (
                "company",
                "voucherNumber",
                "year",
                "term",
                "vatReturns2022Id",
                "totalAmountVatBasis",
                "deliveryStatus",
                "paymentStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company": ("company", _p_company),
            "voucher_number": ("voucherNumber", None),
            "year": ("year", None),
            "term": ("term", None),
            "vat_returns_2022_id": ("vatReturns2022Id", None),
            "total_amount_vat_basis": ("totalAmountVatBasis", None),
            "delivery_status": ("deliveryStatus", _p_delivery_status),
            "payment_status": ("paymentStatus", _p_payment_status),
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
