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
    from ..models.a07_details_payment_information import A07DetailsPaymentInformation
    from ..models.a07_details_payment_information_simplified import A07DetailsPaymentInformationSimplified


T = TypeVar("T", bound="A07DetailsSubmission")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("taxAndWithholdingTotal", dict, False),
    ("taxAndWithholdingTotalSimplifiedScheme", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class A07DetailsSubmission(LazyModel):
    """
    Attributes:
        month (int | Unset): [read-only]
        delivery_timestamp (str | Unset): [read-only]
        altinn_timestamp (str | Unset): [read-only]
        tax_and_withholding_total (A07DetailsPaymentInformation | Unset):
        tax_and_withholding_total_simplified_scheme (list[A07DetailsPaymentInformationSimplified] | Unset): [read-only]
    """

    month: int | Unset = UNSET
    delivery_timestamp: str | Unset = UNSET
    altinn_timestamp: str | Unset = UNSET
    tax_and_withholding_total: A07DetailsPaymentInformation | Unset = UNSET
    tax_and_withholding_total_simplified_scheme: list[A07DetailsPaymentInformationSimplified] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        month = self.month

        delivery_timestamp = self.delivery_timestamp

        altinn_timestamp = self.altinn_timestamp

        tax_and_withholding_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_and_withholding_total, Unset):
            tax_and_withholding_total = self.tax_and_withholding_total.to_dict()

        tax_and_withholding_total_simplified_scheme: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_and_withholding_total_simplified_scheme, Unset):
            tax_and_withholding_total_simplified_scheme = []
            for (
                tax_and_withholding_total_simplified_scheme_item_data
            ) in self.tax_and_withholding_total_simplified_scheme:
                tax_and_withholding_total_simplified_scheme_item = (
                    tax_and_withholding_total_simplified_scheme_item_data.to_dict()
                )
                tax_and_withholding_total_simplified_scheme.append(tax_and_withholding_total_simplified_scheme_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET and not _in_request:
            field_dict["month"] = month
        if delivery_timestamp is not UNSET and not _in_request:
            field_dict["deliveryTimestamp"] = delivery_timestamp
        if altinn_timestamp is not UNSET and not _in_request:
            field_dict["altinnTimestamp"] = altinn_timestamp
        if tax_and_withholding_total is not UNSET:
            field_dict["taxAndWithholdingTotal"] = tax_and_withholding_total
        if tax_and_withholding_total_simplified_scheme is not UNSET and not _in_request:
            field_dict["taxAndWithholdingTotalSimplifiedScheme"] = tax_and_withholding_total_simplified_scheme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsSubmission from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.a07_details_payment_information import A07DetailsPaymentInformation  # noqa: PLC0415
        from ..models.a07_details_payment_information_simplified import A07DetailsPaymentInformationSimplified  # noqa: PLC0415

        def _p_tax_and_withholding_total(_tx_v: Any) -> A07DetailsPaymentInformation | Unset:
            _tax_and_withholding_total = _tx_v
            tax_and_withholding_total: A07DetailsPaymentInformation | Unset
            if isinstance(_tax_and_withholding_total, Unset):
                tax_and_withholding_total = UNSET
            else:
                tax_and_withholding_total = A07DetailsPaymentInformation._tx_from_json(_tax_and_withholding_total)

            return tax_and_withholding_total

        def _p_tax_and_withholding_total_simplified_scheme(
            _tx_v: Any,
        ) -> list[A07DetailsPaymentInformationSimplified] | Unset:
            _tax_and_withholding_total_simplified_scheme = _tx_v
            tax_and_withholding_total_simplified_scheme: list[A07DetailsPaymentInformationSimplified] | Unset = UNSET
            if _tax_and_withholding_total_simplified_scheme is not UNSET:
                tax_and_withholding_total_simplified_scheme = []
                for (
                    tax_and_withholding_total_simplified_scheme_item_data
                ) in _tax_and_withholding_total_simplified_scheme:
                    if tax_and_withholding_total_simplified_scheme_item_data is None:
                        continue
                    tax_and_withholding_total_simplified_scheme_item = (
                        A07DetailsPaymentInformationSimplified._tx_from_json(
                            tax_and_withholding_total_simplified_scheme_item_data
                        )
                    )

                    tax_and_withholding_total_simplified_scheme.append(tax_and_withholding_total_simplified_scheme_item)

            return tax_and_withholding_total_simplified_scheme

        _tx_known: frozenset[str] = frozenset(
            (
                "month",
                "deliveryTimestamp",
                "altinnTimestamp",
                "taxAndWithholdingTotal",
                "taxAndWithholdingTotalSimplifiedScheme",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "month": ("month", None),
            "delivery_timestamp": ("deliveryTimestamp", None),
            "altinn_timestamp": ("altinnTimestamp", None),
            "tax_and_withholding_total": ("taxAndWithholdingTotal", _p_tax_and_withholding_total),
            "tax_and_withholding_total_simplified_scheme": (
                "taxAndWithholdingTotalSimplifiedScheme",
                _p_tax_and_withholding_total_simplified_scheme,
            ),
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
