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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="FinanceTaxOverview")


@_attrs_define
class FinanceTaxOverview(Model):
    """
    Attributes:
        account (Account | Unset):
        ledger_sum (float | Unset): Balance change sum from general ledger Example: 15000.0.
        amelding_sum (float | Unset): Sum reported to A-melding Example: 15000.0.
        tax_authorities_sum (float | Unset): Finance tax sum from the tax authorities Example: 15000.0.
        discrepancy (float | Unset): Discrepancy between ledger sum and A-melding sum Example: 500.0.
        finance_tax_basis_sum (float | Unset): Sum of the finance tax basis Example: 100000.0.
        finance_tax_sum (float | Unset): Sum of the finance tax Example: 25000.0.
        ledger_uri (str | Unset): The URI to the general ledger for a given account and period
    """

    account: Account | Unset = UNSET
    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    tax_authorities_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    finance_tax_basis_sum: float | Unset = UNSET
    finance_tax_sum: float | Unset = UNSET
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
        _v = self.tax_authorities_sum
        if _v is not UNSET and not _in_request:
            field_dict["taxAuthoritiesSum"] = _v
        _v = self.discrepancy
        if _v is not UNSET and not _in_request:
            field_dict["discrepancy"] = _v
        _v = self.finance_tax_basis_sum
        if _v is not UNSET and not _in_request:
            field_dict["financeTaxBasisSum"] = _v
        _v = self.finance_tax_sum
        if _v is not UNSET and not _in_request:
            field_dict["financeTaxSum"] = _v
        _v = self.ledger_uri
        if _v is not UNSET and not _in_request:
            field_dict["ledgerUri"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A FinanceTaxOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``FinanceTaxOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "account",
                "ledgerSum",
                "ameldingSum",
                "taxAuthoritiesSum",
                "discrepancy",
                "financeTaxBasisSum",
                "financeTaxSum",
                "ledgerUri",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "ledgerSum": "ledger_sum",
            "ameldingSum": "amelding_sum",
            "taxAuthoritiesSum": "tax_authorities_sum",
            "discrepancy": "discrepancy",
            "financeTaxBasisSum": "finance_tax_basis_sum",
            "financeTaxSum": "finance_tax_sum",
            "ledgerUri": "ledger_uri",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.account = o.ledger_sum = o.amelding_sum = o.tax_authorities_sum = o.discrepancy = (
                        o.finance_tax_basis_sum
                    ) = o.finance_tax_sum = o.ledger_uri = UNSET
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
                v = g("taxAuthoritiesSum")
                if v is None:
                    o.tax_authorities_sum = u
                    if "taxAuthoritiesSum" not in d:
                        m += 1
                else:
                    o.tax_authorities_sum = v
                v = g("discrepancy")
                if v is None:
                    o.discrepancy = u
                    if "discrepancy" not in d:
                        m += 1
                else:
                    o.discrepancy = v
                v = g("financeTaxBasisSum")
                if v is None:
                    o.finance_tax_basis_sum = u
                    if "financeTaxBasisSum" not in d:
                        m += 1
                else:
                    o.finance_tax_basis_sum = v
                v = g("financeTaxSum")
                if v is None:
                    o.finance_tax_sum = u
                    if "financeTaxSum" not in d:
                        m += 1
                else:
                    o.finance_tax_sum = v
                v = g("ledgerUri")
                if v is None:
                    o.ledger_uri = u
                    if "ledgerUri" not in d:
                        m += 1
                else:
                    o.ledger_uri = v
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
            ("ledger_sum", "ledgerSum"),
            ("amelding_sum", "ameldingSum"),
            ("tax_authorities_sum", "taxAuthoritiesSum"),
            ("discrepancy", "discrepancy"),
            ("finance_tax_basis_sum", "financeTaxBasisSum"),
            ("finance_tax_sum", "financeTaxSum"),
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
            v = s.tax_authorities_sum
            o.tax_authorities_sum = u if v is None else v
            v = s.discrepancy
            o.discrepancy = u if v is None else v
            v = s.finance_tax_basis_sum
            o.finance_tax_basis_sum = u if v is None else v
            v = s.finance_tax_sum
            o.finance_tax_sum = u if v is None else v
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
