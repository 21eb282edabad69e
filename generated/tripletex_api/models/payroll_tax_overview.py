from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.payroll_tax_zone_info import PayrollTaxZoneInfo


T = TypeVar("T", bound="PayrollTaxOverview")


@_attrs_define
class PayrollTaxOverview:
    """
    Attributes:
        account (Account | Unset):
        ledger_sum (float | Unset): [read-only] Balance change sum from general ledger Example: 15000.0.
        amelding_sum (float | Unset): [read-only] Sum reported to A-melding Example: 14500.0.
        discrepancy (float | Unset): [read-only] Discrepancy between ledger sum and A-melding sum Example: 500.0.
        tax_authorities_sum (float | Unset): [read-only] Payroll tax sum from the tax authorities Example: 15000.0.
        aggregated_zones (list[PayrollTaxZoneInfo] | Unset): [read-only] Aggregated payroll tax zone information
        ledger_uri (str | Unset): [read-only] The URI to the general ledger for the payroll tax account and period
    """

    account: Account | Unset = UNSET
    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    tax_authorities_sum: float | Unset = UNSET
    aggregated_zones: list[PayrollTaxZoneInfo] | Unset = UNSET
    ledger_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        ledger_sum = self.ledger_sum

        amelding_sum = self.amelding_sum

        discrepancy = self.discrepancy

        tax_authorities_sum = self.tax_authorities_sum

        aggregated_zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregated_zones, Unset):
            aggregated_zones = []
            for aggregated_zones_item_data in self.aggregated_zones:
                aggregated_zones_item = aggregated_zones_item_data.to_dict()
                aggregated_zones.append(aggregated_zones_item)

        ledger_uri = self.ledger_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if ledger_sum is not UNSET and not _in_request:
            field_dict["ledgerSum"] = ledger_sum
        if amelding_sum is not UNSET and not _in_request:
            field_dict["ameldingSum"] = amelding_sum
        if discrepancy is not UNSET and not _in_request:
            field_dict["discrepancy"] = discrepancy
        if tax_authorities_sum is not UNSET and not _in_request:
            field_dict["taxAuthoritiesSum"] = tax_authorities_sum
        if aggregated_zones is not UNSET and not _in_request:
            field_dict["aggregatedZones"] = aggregated_zones
        if ledger_uri is not UNSET and not _in_request:
            field_dict["ledgerUri"] = ledger_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.payroll_tax_zone_info import PayrollTaxZoneInfo  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        ledger_sum = d.pop("ledgerSum", UNSET)

        amelding_sum = d.pop("ameldingSum", UNSET)

        discrepancy = d.pop("discrepancy", UNSET)

        tax_authorities_sum = d.pop("taxAuthoritiesSum", UNSET)

        _aggregated_zones = d.pop("aggregatedZones", UNSET)
        aggregated_zones: list[PayrollTaxZoneInfo] | Unset = UNSET
        if _aggregated_zones is not UNSET:
            aggregated_zones = []
            for aggregated_zones_item_data in _aggregated_zones:
                if aggregated_zones_item_data is None:
                    continue
                aggregated_zones_item = PayrollTaxZoneInfo.from_dict(aggregated_zones_item_data)

                aggregated_zones.append(aggregated_zones_item)

        ledger_uri = d.pop("ledgerUri", UNSET)

        _obj = cls(
            account=account,
            ledger_sum=ledger_sum,
            amelding_sum=amelding_sum,
            discrepancy=discrepancy,
            tax_authorities_sum=tax_authorities_sum,
            aggregated_zones=aggregated_zones,
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
