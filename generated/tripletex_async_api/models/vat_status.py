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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.vat_delivery_status import VatDeliveryStatus
    from ..models.vat_payment_status import VatPaymentStatus


T = TypeVar("T", bound="VatStatus")


@_attrs_define
class VatStatus(Model):
    """
    Attributes:
        company (Company | Unset): Vendor of the product
        voucher_number (int | Unset): Vat delivery voucher number
        year (int | Unset): Year of VAT
        term (int | Unset): VAT term
        vat_returns_2022_id (int | Unset): The id for the vat return
        total_amount_vat_basis (float | Unset): Total amount of VAT report baseline
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.term
        if _v is not UNSET and not _in_request:
            field_dict["term"] = _v
        _v = self.vat_returns_2022_id
        if _v is not UNSET and not _in_request:
            field_dict["vatReturns2022Id"] = _v
        _v = self.total_amount_vat_basis
        if _v is not UNSET and not _in_request:
            field_dict["totalAmountVatBasis"] = _v
        _v = self.delivery_status
        if _v is not UNSET:
            field_dict["deliveryStatus"] = _v.to_dict()
        _v = self.payment_status
        if _v is not UNSET:
            field_dict["paymentStatus"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.vat_delivery_status import VatDeliveryStatus  # noqa: PLC0415
        from ..models.vat_payment_status import VatPaymentStatus  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "voucherNumber": "voucher_number",
            "year": "year",
            "term": "term",
            "vatReturns2022Id": "vat_returns_2022_id",
            "totalAmountVatBasis": "total_amount_vat_basis",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company = o.voucher_number = o.year = o.term = o.vat_returns_2022_id = (
                        o.total_amount_vat_basis
                    ) = o.delivery_status = o.payment_status = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("term")
                if v is None:
                    o.term = u
                    if "term" not in d:
                        m += 1
                else:
                    o.term = v
                v = g("vatReturns2022Id")
                if v is None:
                    o.vat_returns_2022_id = u
                    if "vatReturns2022Id" not in d:
                        m += 1
                else:
                    o.vat_returns_2022_id = v
                v = g("totalAmountVatBasis")
                if v is None:
                    o.total_amount_vat_basis = u
                    if "totalAmountVatBasis" not in d:
                        m += 1
                else:
                    o.total_amount_vat_basis = v
                k = "deliveryStatus"
                v = g("deliveryStatus")
                if v is None:
                    o.delivery_status = u
                    if "deliveryStatus" not in d:
                        m += 1
                else:
                    o.delivery_status = VatDeliveryStatus._tx_parse(v)
                k = "paymentStatus"
                v = g("paymentStatus")
                if v is None:
                    o.payment_status = u
                    if "paymentStatus" not in d:
                        m += 1
                else:
                    o.payment_status = VatPaymentStatus._tx_parse(v)
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
            ("company", "company"),
            ("voucher_number", "voucherNumber"),
            ("year", "year"),
            ("term", "term"),
            ("vat_returns_2022_id", "vatReturns2022Id"),
            ("total_amount_vat_basis", "totalAmountVatBasis"),
            ("delivery_status", "deliveryStatus"),
            ("payment_status", "paymentStatus"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.term
            o.term = u if v is None else v
            v = s.vat_returns_2022_id
            o.vat_returns_2022_id = u if v is None else v
            v = s.total_amount_vat_basis
            o.total_amount_vat_basis = u if v is None else v
            v = s.delivery_status
            o.delivery_status = u if v is None or v is u else VatDeliveryStatus._tx_parse(v)
            v = s.payment_status
            o.payment_status = u if v is None or v is u else VatPaymentStatus._tx_parse(v)
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
