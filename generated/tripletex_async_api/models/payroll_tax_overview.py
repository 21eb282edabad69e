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
    from ..models.account import Account
    from ..models.payroll_tax_zone_info import PayrollTaxZoneInfo


T = TypeVar("T", bound="PayrollTaxOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("aggregatedZones", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PayrollTaxOverview(LazyModel):
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
        self._tx_load()
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
        """A PayrollTaxOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.payroll_tax_zone_info import PayrollTaxZoneInfo  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_aggregated_zones(_tx_v: Any) -> list[PayrollTaxZoneInfo] | Unset:
            _aggregated_zones = _tx_v
            aggregated_zones: list[PayrollTaxZoneInfo] | Unset = UNSET
            if _aggregated_zones is not UNSET:
                aggregated_zones = []
                for aggregated_zones_item_data in _aggregated_zones:
                    if aggregated_zones_item_data is None:
                        continue
                    aggregated_zones_item = PayrollTaxZoneInfo._tx_from_json(aggregated_zones_item_data)

                    aggregated_zones.append(aggregated_zones_item)

            return aggregated_zones

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "ledgerSum",
                "ameldingSum",
                "discrepancy",
                "taxAuthoritiesSum",
                "aggregatedZones",
                "ledgerUri",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "ledger_sum": ("ledgerSum", None),
            "amelding_sum": ("ameldingSum", None),
            "discrepancy": ("discrepancy", None),
            "tax_authorities_sum": ("taxAuthoritiesSum", None),
            "aggregated_zones": ("aggregatedZones", _p_aggregated_zones),
            "ledger_uri": ("ledgerUri", None),
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
