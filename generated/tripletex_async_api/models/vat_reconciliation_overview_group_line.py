from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="VatReconciliationOverviewGroupLine")


@_attrs_define
class VatReconciliationOverviewGroupLine(Model):
    """The VAT entries in the group

    Attributes:
        vat_type_id (int | Unset): The ID of the relevant VAT type
        display_name (str | Unset): The human-readable name of the VAT type
        ledger_data (float | Unset): The value calculated from the current ledger
        basis (float | Unset): The basis for the VAT calculation
        ledger_data_at_previous_reconciliation (float | Unset): The value calculated from the ledger at the time of the
            previous reconciliation
        reported_data (float | Unset): The value that was sent in the VAT report
        tax_admin_data (float | Unset): The value that was recorded at the tax authority at the last time of
            synchronization
        difference (float | Unset): The difference between the current ledger data and the reported VAT data
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vat_type_id
        if _v is not UNSET and not _in_request:
            field_dict["vatTypeId"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.ledger_data
        if _v is not UNSET and not _in_request:
            field_dict["ledgerData"] = _v
        _v = self.basis
        if _v is not UNSET and not _in_request:
            field_dict["basis"] = _v
        _v = self.ledger_data_at_previous_reconciliation
        if _v is not UNSET and not _in_request:
            field_dict["ledgerDataAtPreviousReconciliation"] = _v
        _v = self.reported_data
        if _v is not UNSET and not _in_request:
            field_dict["reportedData"] = _v
        _v = self.tax_admin_data
        if _v is not UNSET and not _in_request:
            field_dict["taxAdminData"] = _v
        _v = self.difference
        if _v is not UNSET and not _in_request:
            field_dict["difference"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReconciliationOverviewGroupLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReconciliationOverviewGroupLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "vatTypeId": "vat_type_id",
            "displayName": "display_name",
            "ledgerData": "ledger_data",
            "basis": "basis",
            "ledgerDataAtPreviousReconciliation": "ledger_data_at_previous_reconciliation",
            "reportedData": "reported_data",
            "taxAdminData": "tax_admin_data",
            "difference": "difference",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.vat_type_id = o.display_name = o.ledger_data = o.basis = (
                        o.ledger_data_at_previous_reconciliation
                    ) = o.reported_data = o.tax_admin_data = o.difference = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("ledgerData")
                if v is None:
                    o.ledger_data = u
                    if "ledgerData" not in d:
                        m += 1
                else:
                    o.ledger_data = v
                v = g("basis")
                if v is None:
                    o.basis = u
                    if "basis" not in d:
                        m += 1
                else:
                    o.basis = v
                v = g("ledgerDataAtPreviousReconciliation")
                if v is None:
                    o.ledger_data_at_previous_reconciliation = u
                    if "ledgerDataAtPreviousReconciliation" not in d:
                        m += 1
                else:
                    o.ledger_data_at_previous_reconciliation = v
                v = g("reportedData")
                if v is None:
                    o.reported_data = u
                    if "reportedData" not in d:
                        m += 1
                else:
                    o.reported_data = v
                v = g("taxAdminData")
                if v is None:
                    o.tax_admin_data = u
                    if "taxAdminData" not in d:
                        m += 1
                else:
                    o.tax_admin_data = v
                v = g("difference")
                if v is None:
                    o.difference = u
                    if "difference" not in d:
                        m += 1
                else:
                    o.difference = v
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
            ("vat_type_id", "vatTypeId"),
            ("display_name", "displayName"),
            ("ledger_data", "ledgerData"),
            ("basis", "basis"),
            ("ledger_data_at_previous_reconciliation", "ledgerDataAtPreviousReconciliation"),
            ("reported_data", "reportedData"),
            ("tax_admin_data", "taxAdminData"),
            ("difference", "difference"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.ledger_data
            o.ledger_data = u if v is None else v
            v = s.basis
            o.basis = u if v is None else v
            v = s.ledger_data_at_previous_reconciliation
            o.ledger_data_at_previous_reconciliation = u if v is None else v
            v = s.reported_data
            o.reported_data = u if v is None else v
            v = s.tax_admin_data
            o.tax_admin_data = u if v is None else v
            v = s.difference
            o.difference = u if v is None else v
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
