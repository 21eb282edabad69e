from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VatReconciliationOverviewGroupLine")


@_attrs_define
class VatReconciliationOverviewGroupLine:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        vat_type_id = d.pop("vatTypeId", UNSET)

        display_name = d.pop("displayName", UNSET)

        ledger_data = d.pop("ledgerData", UNSET)

        basis = d.pop("basis", UNSET)

        ledger_data_at_previous_reconciliation = d.pop("ledgerDataAtPreviousReconciliation", UNSET)

        reported_data = d.pop("reportedData", UNSET)

        tax_admin_data = d.pop("taxAdminData", UNSET)

        difference = d.pop("difference", UNSET)

        _obj = cls(
            vat_type_id=vat_type_id,
            display_name=display_name,
            ledger_data=ledger_data,
            basis=basis,
            ledger_data_at_previous_reconciliation=ledger_data_at_previous_reconciliation,
            reported_data=reported_data,
            tax_admin_data=tax_admin_data,
            difference=difference,
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
