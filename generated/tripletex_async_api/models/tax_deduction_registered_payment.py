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

T = TypeVar("T", bound="TaxDeductionRegisteredPayment")


@_attrs_define
class TaxDeductionRegisteredPayment(Model):
    """The registered tax deduction payments for each term

    Attributes:
        ledger_sum (float | Unset): General ledger sum for the registered payment
        amelding_sum (float | Unset): A-melding sum for the registered payment
        discrepancy (float | Unset): Discrepancy between ledger sum and A-melding sum for the registered payment
        epoch_days (float | Unset): the date containing the month of the registered payment in epoch days
        ledger_uri (str | Unset): The URI to the general ledger for the tax deduction account and period
        tax_authorities_sum (float | Unset): Withholding tax sum from the tax authorities Example: 15000.0.
    """

    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    epoch_days: float | Unset = UNSET
    ledger_uri: str | Unset = UNSET
    tax_authorities_sum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.ledger_sum
        if _v is not UNSET and not _in_request:
            field_dict["ledgerSum"] = _v
        _v = self.amelding_sum
        if _v is not UNSET and not _in_request:
            field_dict["ameldingSum"] = _v
        _v = self.discrepancy
        if _v is not UNSET and not _in_request:
            field_dict["discrepancy"] = _v
        _v = self.epoch_days
        if _v is not UNSET and not _in_request:
            field_dict["epochDays"] = _v
        _v = self.ledger_uri
        if _v is not UNSET and not _in_request:
            field_dict["ledgerUri"] = _v
        _v = self.tax_authorities_sum
        if _v is not UNSET and not _in_request:
            field_dict["taxAuthoritiesSum"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxDeductionRegisteredPayment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxDeductionRegisteredPayment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "ledgerSum",
                "ameldingSum",
                "discrepancy",
                "epochDays",
                "ledgerUri",
                "taxAuthoritiesSum",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                v = g("epochDays")
                if v is None:
                    o.epoch_days = u
                    if "epochDays" not in d:
                        m += 1
                else:
                    o.epoch_days = v
                v = g("ledgerUri")
                if v is None:
                    o.ledger_uri = u
                    if "ledgerUri" not in d:
                        m += 1
                else:
                    o.ledger_uri = v
                v = g("taxAuthoritiesSum")
                if v is None:
                    o.tax_authorities_sum = u
                    if "taxAuthoritiesSum" not in d:
                        m += 1
                else:
                    o.tax_authorities_sum = v
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
            ("ledger_sum", "ledgerSum"),
            ("amelding_sum", "ameldingSum"),
            ("discrepancy", "discrepancy"),
            ("epoch_days", "epochDays"),
            ("ledger_uri", "ledgerUri"),
            ("tax_authorities_sum", "taxAuthoritiesSum"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.ledger_sum
            o.ledger_sum = u if v is None else v
            v = s.amelding_sum
            o.amelding_sum = u if v is None else v
            v = s.discrepancy
            o.discrepancy = u if v is None else v
            v = s.epoch_days
            o.epoch_days = u if v is None else v
            v = s.ledger_uri
            o.ledger_uri = u if v is None else v
            v = s.tax_authorities_sum
            o.tax_authorities_sum = u if v is None else v
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
