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

T = TypeVar("T", bound="SalaryReconciliationOverviewGroupLine")


@_attrs_define
class SalaryReconciliationOverviewGroupLine(Model):
    """The lines of data in the group

    Attributes:
        account_id (int | Unset): The ID of the relevant account
        display_name (str | Unset): The human-readable name of the account
        ledger_data (float | Unset): The value calculated from the current ledger
        reported_data (float | Unset): The value that was reported to the tax authority
        tax_authority_data (float | Unset): The value that the tax authority has on record for this account
        differences (float | Unset): The difference between the current ledger data and the reported VAT data
    """

    account_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    ledger_data: float | Unset = UNSET
    reported_data: float | Unset = UNSET
    tax_authority_data: float | Unset = UNSET
    differences: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.ledger_data
        if _v is not UNSET and not _in_request:
            field_dict["ledgerData"] = _v
        _v = self.reported_data
        if _v is not UNSET and not _in_request:
            field_dict["reportedData"] = _v
        _v = self.tax_authority_data
        if _v is not UNSET and not _in_request:
            field_dict["taxAuthorityData"] = _v
        _v = self.differences
        if _v is not UNSET and not _in_request:
            field_dict["differences"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryReconciliationOverviewGroupLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryReconciliationOverviewGroupLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "accountId",
                "displayName",
                "ledgerData",
                "reportedData",
                "taxAuthorityData",
                "differences",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
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
                v = g("reportedData")
                if v is None:
                    o.reported_data = u
                    if "reportedData" not in d:
                        m += 1
                else:
                    o.reported_data = v
                v = g("taxAuthorityData")
                if v is None:
                    o.tax_authority_data = u
                    if "taxAuthorityData" not in d:
                        m += 1
                else:
                    o.tax_authority_data = v
                v = g("differences")
                if v is None:
                    o.differences = u
                    if "differences" not in d:
                        m += 1
                else:
                    o.differences = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account_id", "accountId"),
            ("display_name", "displayName"),
            ("ledger_data", "ledgerData"),
            ("reported_data", "reportedData"),
            ("tax_authority_data", "taxAuthorityData"),
            ("differences", "differences"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.ledger_data
            o.ledger_data = u if v is None else v
            v = s.reported_data
            o.reported_data = u if v is None else v
            v = s.tax_authority_data
            o.tax_authority_data = u if v is None else v
            v = s.differences
            o.differences = u if v is None else v
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
