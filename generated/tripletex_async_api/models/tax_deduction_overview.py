from __future__ import annotations

import datetime
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
    from ..models.tax_deduction_registered_payment import TaxDeductionRegisteredPayment


T = TypeVar("T", bound="TaxDeductionOverview")


@_attrs_define
class TaxDeductionOverview(Model):
    """
    Attributes:
        account (Account | Unset):
        start_date (datetime.date | Unset): Start date of the term of the payments
        end_date (datetime.date | Unset): End date of the term of the payments
        registered_payments (list[TaxDeductionRegisteredPayment] | Unset): The registered tax deduction payments for
            each term
        aggregated_ledger_sum (float | Unset): Aggregated general ledger sum for the term
        aggregated_amelding_sum (float | Unset): Aggregated A-melding sum for the term
        aggregated_tax_authorities_sum (float | Unset): Aggregated withholding tax sum from the tax authorities for the
            term
        aggregated_discrepancy (float | Unset): Aggregated discrepancy between ledger sum and tax authorities sum for
            the term
    """

    account: Account | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    registered_payments: list[TaxDeductionRegisteredPayment] | Unset = UNSET
    aggregated_ledger_sum: float | Unset = UNSET
    aggregated_amelding_sum: float | Unset = UNSET
    aggregated_tax_authorities_sum: float | Unset = UNSET
    aggregated_discrepancy: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        _v = self.registered_payments
        if _v is not UNSET and not _in_request:
            field_dict["registeredPayments"] = [_e.to_dict() for _e in _v]
        _v = self.aggregated_ledger_sum
        if _v is not UNSET and not _in_request:
            field_dict["aggregatedLedgerSum"] = _v
        _v = self.aggregated_amelding_sum
        if _v is not UNSET and not _in_request:
            field_dict["aggregatedAmeldingSum"] = _v
        _v = self.aggregated_tax_authorities_sum
        if _v is not UNSET and not _in_request:
            field_dict["aggregatedTaxAuthoritiesSum"] = _v
        _v = self.aggregated_discrepancy
        if _v is not UNSET and not _in_request:
            field_dict["aggregatedDiscrepancy"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxDeductionOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxDeductionOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.tax_deduction_registered_payment import TaxDeductionRegisteredPayment  # noqa: PLC0415

        _new = object.__new__

        def _c_start_date(_tx_v: Any) -> Any:
            _start_date = _tx_v
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            return start_date

        def _c_end_date(_tx_v: Any) -> Any:
            _end_date = _tx_v
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            return end_date

        _known: frozenset[str] = frozenset(
            (
                "account",
                "startDate",
                "endDate",
                "registeredPayments",
                "aggregatedLedgerSum",
                "aggregatedAmeldingSum",
                "aggregatedTaxAuthoritiesSum",
                "aggregatedDiscrepancy",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "aggregatedLedgerSum": "aggregated_ledger_sum",
            "aggregatedAmeldingSum": "aggregated_amelding_sum",
            "aggregatedTaxAuthoritiesSum": "aggregated_tax_authorities_sum",
            "aggregatedDiscrepancy": "aggregated_discrepancy",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.account = o.start_date = o.end_date = o.registered_payments = o.aggregated_ledger_sum = (
                        o.aggregated_amelding_sum
                    ) = o.aggregated_tax_authorities_sum = o.aggregated_discrepancy = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                k = "startDate"
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = _c_start_date(v)
                k = "endDate"
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = _c_end_date(v)
                k = "registeredPayments"
                v = g("registeredPayments")
                if v is None:
                    o.registered_payments = u
                    if "registeredPayments" not in d:
                        m += 1
                else:
                    o.registered_payments = (
                        ([TaxDeductionRegisteredPayment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("aggregatedLedgerSum")
                if v is None:
                    o.aggregated_ledger_sum = u
                    if "aggregatedLedgerSum" not in d:
                        m += 1
                else:
                    o.aggregated_ledger_sum = v
                v = g("aggregatedAmeldingSum")
                if v is None:
                    o.aggregated_amelding_sum = u
                    if "aggregatedAmeldingSum" not in d:
                        m += 1
                else:
                    o.aggregated_amelding_sum = v
                v = g("aggregatedTaxAuthoritiesSum")
                if v is None:
                    o.aggregated_tax_authorities_sum = u
                    if "aggregatedTaxAuthoritiesSum" not in d:
                        m += 1
                else:
                    o.aggregated_tax_authorities_sum = v
                v = g("aggregatedDiscrepancy")
                if v is None:
                    o.aggregated_discrepancy = u
                    if "aggregatedDiscrepancy" not in d:
                        m += 1
                else:
                    o.aggregated_discrepancy = v
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
            ("account", "account"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("registered_payments", "registeredPayments"),
            ("aggregated_ledger_sum", "aggregatedLedgerSum"),
            ("aggregated_amelding_sum", "aggregatedAmeldingSum"),
            ("aggregated_tax_authorities_sum", "aggregatedTaxAuthoritiesSum"),
            ("aggregated_discrepancy", "aggregatedDiscrepancy"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.start_date
            o.start_date = u if v is None or v is u else _c_start_date(v)
            v = s.end_date
            o.end_date = u if v is None or v is u else _c_end_date(v)
            v = s.registered_payments
            o.registered_payments = (
                u
                if v is None or v is u
                else ([TaxDeductionRegisteredPayment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.aggregated_ledger_sum
            o.aggregated_ledger_sum = u if v is None else v
            v = s.aggregated_amelding_sum
            o.aggregated_amelding_sum = u if v is None else v
            v = s.aggregated_tax_authorities_sum
            o.aggregated_tax_authorities_sum = u if v is None else v
            v = s.aggregated_discrepancy
            o.aggregated_discrepancy = u if v is None else v
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
