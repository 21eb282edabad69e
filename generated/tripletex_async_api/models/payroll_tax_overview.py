from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.payroll_tax_zone_info import PayrollTaxZoneInfo


T = TypeVar("T", bound="PayrollTaxOverview")


@_attrs_define
class PayrollTaxOverview(Model):
    """
    Attributes:
        account (Account | Unset):
        ledger_sum (float | Unset): Balance change sum from general ledger Example: 15000.0.
        amelding_sum (float | Unset): Sum reported to A-melding Example: 14500.0.
        discrepancy (float | Unset): Discrepancy between ledger sum and A-melding sum Example: 500.0.
        tax_authorities_sum (float | Unset): Payroll tax sum from the tax authorities Example: 15000.0.
        aggregated_zones (list[PayrollTaxZoneInfo] | Unset): Aggregated payroll tax zone information
        ledger_uri (str | Unset): The URI to the general ledger for the payroll tax account and period
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.ledger_sum
        if _v is not UNSET and not _in_request:
            field_dict["ledgerSum"] = _v
        _v = self.amelding_sum
        if _v is not UNSET and not _in_request:
            field_dict["ameldingSum"] = _v
        _v = self.discrepancy
        if _v is not UNSET and not _in_request:
            field_dict["discrepancy"] = _v
        _v = self.tax_authorities_sum
        if _v is not UNSET and not _in_request:
            field_dict["taxAuthoritiesSum"] = _v
        _v = self.aggregated_zones
        if _v is not UNSET and not _in_request:
            field_dict["aggregatedZones"] = [_e.to_dict() for _e in _v]
        _v = self.ledger_uri
        if _v is not UNSET and not _in_request:
            field_dict["ledgerUri"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PayrollTaxOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PayrollTaxOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.payroll_tax_zone_info import PayrollTaxZoneInfo  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("ledgerSum")
                if v is None:
                    o.ledger_sum = u
                    if "ledgerSum" not in d:
                        m += 1
                else:
                    o.ledger_sum = v
                v = g("ameldingSum")
                if v is None:
                    o.amelding_sum = u
                    if "ameldingSum" not in d:
                        m += 1
                else:
                    o.amelding_sum = v
                v = g("discrepancy")
                if v is None:
                    o.discrepancy = u
                    if "discrepancy" not in d:
                        m += 1
                else:
                    o.discrepancy = v
                v = g("taxAuthoritiesSum")
                if v is None:
                    o.tax_authorities_sum = u
                    if "taxAuthoritiesSum" not in d:
                        m += 1
                else:
                    o.tax_authorities_sum = v
                k = "aggregatedZones"
                v = g("aggregatedZones")
                if v is None:
                    o.aggregated_zones = u
                    if "aggregatedZones" not in d:
                        m += 1
                else:
                    o.aggregated_zones = (
                        ([PayrollTaxZoneInfo._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("ledgerUri")
                if v is None:
                    o.ledger_uri = u
                    if "ledgerUri" not in d:
                        m += 1
                else:
                    o.ledger_uri = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account", "account"),
            ("ledger_sum", "ledgerSum"),
            ("amelding_sum", "ameldingSum"),
            ("discrepancy", "discrepancy"),
            ("tax_authorities_sum", "taxAuthoritiesSum"),
            ("aggregated_zones", "aggregatedZones"),
            ("ledger_uri", "ledgerUri"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.ledger_sum
            o.ledger_sum = u if v is None else v
            v = s.amelding_sum
            o.amelding_sum = u if v is None else v
            v = s.discrepancy
            o.discrepancy = u if v is None else v
            v = s.tax_authorities_sum
            o.tax_authorities_sum = u if v is None else v
            v = s.aggregated_zones
            o.aggregated_zones = (
                u
                if v is None or v is u
                else ([PayrollTaxZoneInfo._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.ledger_uri
            o.ledger_uri = u if v is None else v
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
