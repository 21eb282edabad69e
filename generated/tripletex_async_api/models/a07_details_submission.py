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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.a07_details_payment_information import A07DetailsPaymentInformation
    from ..models.a07_details_payment_information_simplified import A07DetailsPaymentInformationSimplified


T = TypeVar("T", bound="A07DetailsSubmission")


@_attrs_define
class A07DetailsSubmission(Model):
    """
    Attributes:
        month (int | Unset):
        delivery_timestamp (str | Unset):
        altinn_timestamp (str | Unset):
        tax_and_withholding_total (A07DetailsPaymentInformation | Unset):
        tax_and_withholding_total_simplified_scheme (list[A07DetailsPaymentInformationSimplified] | Unset):
    """

    month: int | Unset = UNSET
    delivery_timestamp: str | Unset = UNSET
    altinn_timestamp: str | Unset = UNSET
    tax_and_withholding_total: A07DetailsPaymentInformation | Unset = UNSET
    tax_and_withholding_total_simplified_scheme: list[A07DetailsPaymentInformationSimplified] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.month
        if _v is not UNSET and not _in_request:
            field_dict["month"] = _v
        _v = self.delivery_timestamp
        if _v is not UNSET and not _in_request:
            field_dict["deliveryTimestamp"] = _v
        _v = self.altinn_timestamp
        if _v is not UNSET and not _in_request:
            field_dict["altinnTimestamp"] = _v
        _v = self.tax_and_withholding_total
        if _v is not UNSET:
            field_dict["taxAndWithholdingTotal"] = _v.to_dict()
        _v = self.tax_and_withholding_total_simplified_scheme
        if _v is not UNSET and not _in_request:
            field_dict["taxAndWithholdingTotalSimplifiedScheme"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsSubmission from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``A07DetailsSubmission.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.a07_details_payment_information import A07DetailsPaymentInformation  # noqa: PLC0415
        from ..models.a07_details_payment_information_simplified import A07DetailsPaymentInformationSimplified  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "month",
                "deliveryTimestamp",
                "altinnTimestamp",
                "taxAndWithholdingTotal",
                "taxAndWithholdingTotalSimplifiedScheme",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("month")
                if v is None:
                    o.month = u
                    if "month" not in d:
                        m += 1
                else:
                    o.month = v
                v = g("deliveryTimestamp")
                if v is None:
                    o.delivery_timestamp = u
                    if "deliveryTimestamp" not in d:
                        m += 1
                else:
                    o.delivery_timestamp = v
                v = g("altinnTimestamp")
                if v is None:
                    o.altinn_timestamp = u
                    if "altinnTimestamp" not in d:
                        m += 1
                else:
                    o.altinn_timestamp = v
                k = "taxAndWithholdingTotal"
                v = g("taxAndWithholdingTotal")
                if v is None:
                    o.tax_and_withholding_total = u
                    if "taxAndWithholdingTotal" not in d:
                        m += 1
                else:
                    o.tax_and_withholding_total = A07DetailsPaymentInformation._tx_parse(v)
                k = "taxAndWithholdingTotalSimplifiedScheme"
                v = g("taxAndWithholdingTotalSimplifiedScheme")
                if v is None:
                    o.tax_and_withholding_total_simplified_scheme = u
                    if "taxAndWithholdingTotalSimplifiedScheme" not in d:
                        m += 1
                else:
                    o.tax_and_withholding_total_simplified_scheme = (
                        ([A07DetailsPaymentInformationSimplified._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("month", "month"),
            ("delivery_timestamp", "deliveryTimestamp"),
            ("altinn_timestamp", "altinnTimestamp"),
            ("tax_and_withholding_total", "taxAndWithholdingTotal"),
            ("tax_and_withholding_total_simplified_scheme", "taxAndWithholdingTotalSimplifiedScheme"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.month
            o.month = u if v is None else v
            v = s.delivery_timestamp
            o.delivery_timestamp = u if v is None else v
            v = s.altinn_timestamp
            o.altinn_timestamp = u if v is None else v
            v = s.tax_and_withholding_total
            o.tax_and_withholding_total = u if v is None or v is u else A07DetailsPaymentInformation._tx_parse(v)
            v = s.tax_and_withholding_total_simplified_scheme
            o.tax_and_withholding_total_simplified_scheme = (
                u
                if v is None or v is u
                else ([A07DetailsPaymentInformationSimplified._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
