from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="TaxDeductionRegisteredPayment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxDeductionRegisteredPayment(LazyModel):
    """The registered tax deduction payments for each term

    Attributes:
        ledger_sum (float | Unset): [read-only] General ledger sum for the registered payment
        amelding_sum (float | Unset): [read-only] A-melding sum for the registered payment
        discrepancy (float | Unset): [read-only] Discrepancy between ledger sum and A-melding sum for the registered
            payment
        epoch_days (float | Unset): [read-only] the date containing the month of the registered payment in epoch days
        ledger_uri (str | Unset): [read-only] The URI to the general ledger for the tax deduction account and period
        tax_authorities_sum (float | Unset): [read-only] Withholding tax sum from the tax authorities Example: 15000.0.
    """

    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    epoch_days: float | Unset = UNSET
    ledger_uri: str | Unset = UNSET
    tax_authorities_sum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        ledger_sum = self.ledger_sum

        amelding_sum = self.amelding_sum

        discrepancy = self.discrepancy

        epoch_days = self.epoch_days

        ledger_uri = self.ledger_uri

        tax_authorities_sum = self.tax_authorities_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ledger_sum is not UNSET and not _in_request:
            field_dict["ledgerSum"] = ledger_sum
        if amelding_sum is not UNSET and not _in_request:
            field_dict["ameldingSum"] = amelding_sum
        if discrepancy is not UNSET and not _in_request:
            field_dict["discrepancy"] = discrepancy
        if epoch_days is not UNSET and not _in_request:
            field_dict["epochDays"] = epoch_days
        if ledger_uri is not UNSET and not _in_request:
            field_dict["ledgerUri"] = ledger_uri
        if tax_authorities_sum is not UNSET and not _in_request:
            field_dict["taxAuthoritiesSum"] = tax_authorities_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxDeductionRegisteredPayment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "ledgerSum",
                "ameldingSum",
                "discrepancy",
                "epochDays",
                "ledgerUri",
                "taxAuthoritiesSum",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "ledger_sum": ("ledgerSum", None),
            "amelding_sum": ("ameldingSum", None),
            "discrepancy": ("discrepancy", None),
            "epoch_days": ("epochDays", None),
            "ledger_uri": ("ledgerUri", None),
            "tax_authorities_sum": ("taxAuthoritiesSum", None),
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
