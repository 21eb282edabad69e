from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="MandatoryDeductionPeriodOverview")


@_attrs_define
class MandatoryDeductionPeriodOverview:
    """Mandatory deduction overview per period

    Attributes:
        epoch_days (int | Unset): [read-only] Period represented as epoch days for this particular overview of mandatory
            deduction
        ledger_sum (float | Unset): [read-only] Ledger sum of this particular overview of mandatory deduction
        amelding_sum (float | Unset): [read-only] Amelding sum of this particular overview of mandatory deduction
        discrepancy (float | Unset): [read-only] Discrepancy of this particular overview of mandatory deduction
        ledger_uri (str | Unset): [read-only] The URI to the general ledger for the mandatory deduction account and
            period
    """

    epoch_days: int | Unset = UNSET
    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    ledger_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        epoch_days = self.epoch_days

        ledger_sum = self.ledger_sum

        amelding_sum = self.amelding_sum

        discrepancy = self.discrepancy

        ledger_uri = self.ledger_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if epoch_days is not UNSET and not _in_request:
            field_dict["epochDays"] = epoch_days
        if ledger_sum is not UNSET and not _in_request:
            field_dict["ledgerSum"] = ledger_sum
        if amelding_sum is not UNSET and not _in_request:
            field_dict["ameldingSum"] = amelding_sum
        if discrepancy is not UNSET and not _in_request:
            field_dict["discrepancy"] = discrepancy
        if ledger_uri is not UNSET and not _in_request:
            field_dict["ledgerUri"] = ledger_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        epoch_days = d.pop("epochDays", UNSET)

        ledger_sum = d.pop("ledgerSum", UNSET)

        amelding_sum = d.pop("ameldingSum", UNSET)

        discrepancy = d.pop("discrepancy", UNSET)

        ledger_uri = d.pop("ledgerUri", UNSET)

        _obj = cls(
            epoch_days=epoch_days,
            ledger_sum=ledger_sum,
            amelding_sum=amelding_sum,
            discrepancy=discrepancy,
            ledger_uri=ledger_uri,
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
