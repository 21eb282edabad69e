from __future__ import annotations

import datetime
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
    from ..models.tax_deduction_registered_payment import TaxDeductionRegisteredPayment


T = TypeVar("T", bound="TaxDeductionOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("startDate", str, False),
    ("endDate", str, False),
    ("registeredPayments", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxDeductionOverview(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        start_date (datetime.date | Unset): Start date of the term of the payments
        end_date (datetime.date | Unset): End date of the term of the payments
        registered_payments (list[TaxDeductionRegisteredPayment] | Unset): [read-only] The registered tax deduction
            payments for each term
        aggregated_ledger_sum (float | Unset): [read-only] Aggregated general ledger sum for the term
        aggregated_amelding_sum (float | Unset): [read-only] Aggregated A-melding sum for the term
        aggregated_tax_authorities_sum (float | Unset): [read-only] Aggregated withholding tax sum from the tax
            authorities for the term
        aggregated_discrepancy (float | Unset): [read-only] Aggregated discrepancy between ledger sum and tax
            authorities sum for the term
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
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        registered_payments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registered_payments, Unset):
            registered_payments = []
            for registered_payments_item_data in self.registered_payments:
                registered_payments_item = registered_payments_item_data.to_dict()
                registered_payments.append(registered_payments_item)

        aggregated_ledger_sum = self.aggregated_ledger_sum

        aggregated_amelding_sum = self.aggregated_amelding_sum

        aggregated_tax_authorities_sum = self.aggregated_tax_authorities_sum

        aggregated_discrepancy = self.aggregated_discrepancy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if registered_payments is not UNSET and not _in_request:
            field_dict["registeredPayments"] = registered_payments
        if aggregated_ledger_sum is not UNSET and not _in_request:
            field_dict["aggregatedLedgerSum"] = aggregated_ledger_sum
        if aggregated_amelding_sum is not UNSET and not _in_request:
            field_dict["aggregatedAmeldingSum"] = aggregated_amelding_sum
        if aggregated_tax_authorities_sum is not UNSET and not _in_request:
            field_dict["aggregatedTaxAuthoritiesSum"] = aggregated_tax_authorities_sum
        if aggregated_discrepancy is not UNSET and not _in_request:
            field_dict["aggregatedDiscrepancy"] = aggregated_discrepancy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxDeductionOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.tax_deduction_registered_payment import TaxDeductionRegisteredPayment  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_start_date(_tx_v: Any) -> datetime.date | Unset:
            _start_date = _tx_v
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            return start_date

        def _p_end_date(_tx_v: Any) -> datetime.date | Unset:
            _end_date = _tx_v
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            return end_date

        def _p_registered_payments(_tx_v: Any) -> list[TaxDeductionRegisteredPayment] | Unset:
            _registered_payments = _tx_v
            registered_payments: list[TaxDeductionRegisteredPayment] | Unset = UNSET
            if _registered_payments is not UNSET:
                registered_payments = []
                for registered_payments_item_data in _registered_payments:
                    if registered_payments_item_data is None:
                        continue
                    registered_payments_item = TaxDeductionRegisteredPayment._tx_from_json(
                        registered_payments_item_data
                    )

                    registered_payments.append(registered_payments_item)

            return registered_payments

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "start_date": ("startDate", _p_start_date),
            "end_date": ("endDate", _p_end_date),
            "registered_payments": ("registeredPayments", _p_registered_payments),
            "aggregated_ledger_sum": ("aggregatedLedgerSum", None),
            "aggregated_amelding_sum": ("aggregatedAmeldingSum", None),
            "aggregated_tax_authorities_sum": ("aggregatedTaxAuthoritiesSum", None),
            "aggregated_discrepancy": ("aggregatedDiscrepancy", None),
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
