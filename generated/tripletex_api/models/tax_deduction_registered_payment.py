from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxDeductionRegisteredPayment")


@_attrs_define
class TaxDeductionRegisteredPayment:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        ledger_sum = d.pop("ledgerSum", UNSET)

        amelding_sum = d.pop("ameldingSum", UNSET)

        discrepancy = d.pop("discrepancy", UNSET)

        epoch_days = d.pop("epochDays", UNSET)

        ledger_uri = d.pop("ledgerUri", UNSET)

        tax_authorities_sum = d.pop("taxAuthoritiesSum", UNSET)

        _obj = cls(
            ledger_sum=ledger_sum,
            amelding_sum=amelding_sum,
            discrepancy=discrepancy,
            epoch_days=epoch_days,
            ledger_uri=ledger_uri,
            tax_authorities_sum=tax_authorities_sum,
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
