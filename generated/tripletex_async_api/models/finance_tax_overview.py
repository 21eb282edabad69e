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


T = TypeVar("T", bound="FinanceTaxOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("account", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class FinanceTaxOverview(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        ledger_sum (float | Unset): [read-only] Balance change sum from general ledger Example: 15000.0.
        amelding_sum (float | Unset): [read-only] Sum reported to A-melding Example: 15000.0.
        tax_authorities_sum (float | Unset): [read-only] Finance tax sum from the tax authorities Example: 15000.0.
        discrepancy (float | Unset): [read-only] Discrepancy between ledger sum and A-melding sum Example: 500.0.
        finance_tax_basis_sum (float | Unset): [read-only] Sum of the finance tax basis Example: 100000.0.
        finance_tax_sum (float | Unset): [read-only] Sum of the finance tax Example: 25000.0.
        ledger_uri (str | Unset): [read-only] The URI to the general ledger for a given account and period
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
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        ledger_sum = self.ledger_sum

        amelding_sum = self.amelding_sum

        tax_authorities_sum = self.tax_authorities_sum

        discrepancy = self.discrepancy

        finance_tax_basis_sum = self.finance_tax_basis_sum

        finance_tax_sum = self.finance_tax_sum

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
        if tax_authorities_sum is not UNSET and not _in_request:
            field_dict["taxAuthoritiesSum"] = tax_authorities_sum
        if discrepancy is not UNSET and not _in_request:
            field_dict["discrepancy"] = discrepancy
        if finance_tax_basis_sum is not UNSET and not _in_request:
            field_dict["financeTaxBasisSum"] = finance_tax_basis_sum
        if finance_tax_sum is not UNSET and not _in_request:
            field_dict["financeTaxSum"] = finance_tax_sum
        if ledger_uri is not UNSET and not _in_request:
            field_dict["ledgerUri"] = ledger_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A FinanceTaxOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "ledger_sum": ("ledgerSum", None),
            "amelding_sum": ("ameldingSum", None),
            "tax_authorities_sum": ("taxAuthoritiesSum", None),
            "discrepancy": ("discrepancy", None),
            "finance_tax_basis_sum": ("financeTaxBasisSum", None),
            "finance_tax_sum": ("financeTaxSum", None),
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
