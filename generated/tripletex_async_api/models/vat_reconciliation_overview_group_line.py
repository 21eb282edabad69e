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

T = TypeVar("T", bound="VatReconciliationOverviewGroupLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class VatReconciliationOverviewGroupLine(LazyModel):
    """The VAT entries in the group

    Attributes:
        vat_type_id (int | Unset): [read-only] The ID of the relevant VAT type
        display_name (str | Unset): [read-only] The human-readable name of the VAT type
        ledger_data (float | Unset): [read-only] The value calculated from the current ledger
        basis (float | Unset): [read-only] The basis for the VAT calculation
        ledger_data_at_previous_reconciliation (float | Unset): [read-only] The value calculated from the ledger at the
            time of the previous reconciliation
        reported_data (float | Unset): [read-only] The value that was sent in the VAT report
        tax_admin_data (float | Unset): [read-only] The value that was recorded at the tax authority at the last time of
            synchronization
        difference (float | Unset): [read-only] The difference between the current ledger data and the reported VAT data
    """

    vat_type_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    ledger_data: float | Unset = UNSET
    basis: float | Unset = UNSET
    ledger_data_at_previous_reconciliation: float | Unset = UNSET
    reported_data: float | Unset = UNSET
    tax_admin_data: float | Unset = UNSET
    difference: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vat_type_id = self.vat_type_id

        display_name = self.display_name

        ledger_data = self.ledger_data

        basis = self.basis

        ledger_data_at_previous_reconciliation = self.ledger_data_at_previous_reconciliation

        reported_data = self.reported_data

        tax_admin_data = self.tax_admin_data

        difference = self.difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if ledger_data is not UNSET and not _in_request:
            field_dict["ledgerData"] = ledger_data
        if basis is not UNSET and not _in_request:
            field_dict["basis"] = basis
        if ledger_data_at_previous_reconciliation is not UNSET and not _in_request:
            field_dict["ledgerDataAtPreviousReconciliation"] = ledger_data_at_previous_reconciliation
        if reported_data is not UNSET and not _in_request:
            field_dict["reportedData"] = reported_data
        if tax_admin_data is not UNSET and not _in_request:
            field_dict["taxAdminData"] = tax_admin_data
        if difference is not UNSET and not _in_request:
            field_dict["difference"] = difference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReconciliationOverviewGroupLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "vatTypeId",
                "displayName",
                "ledgerData",
                "basis",
                "ledgerDataAtPreviousReconciliation",
                "reportedData",
                "taxAdminData",
                "difference",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vat_type_id": ("vatTypeId", None),
            "display_name": ("displayName", None),
            "ledger_data": ("ledgerData", None),
            "basis": ("basis", None),
            "ledger_data_at_previous_reconciliation": ("ledgerDataAtPreviousReconciliation", None),
            "reported_data": ("reportedData", None),
            "tax_admin_data": ("taxAdminData", None),
            "difference": ("difference", None),
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
