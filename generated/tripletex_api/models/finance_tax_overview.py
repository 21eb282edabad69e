from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="FinanceTaxOverview")


@_attrs_define
class FinanceTaxOverview:
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
        from ..models.account import Account  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        ledger_sum = d.pop("ledgerSum", UNSET)

        amelding_sum = d.pop("ameldingSum", UNSET)

        tax_authorities_sum = d.pop("taxAuthoritiesSum", UNSET)

        discrepancy = d.pop("discrepancy", UNSET)

        finance_tax_basis_sum = d.pop("financeTaxBasisSum", UNSET)

        finance_tax_sum = d.pop("financeTaxSum", UNSET)

        ledger_uri = d.pop("ledgerUri", UNSET)

        _obj = cls(
            account=account,
            ledger_sum=ledger_sum,
            amelding_sum=amelding_sum,
            tax_authorities_sum=tax_authorities_sum,
            discrepancy=discrepancy,
            finance_tax_basis_sum=finance_tax_basis_sum,
            finance_tax_sum=finance_tax_sum,
            ledger_uri=ledger_uri,
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
