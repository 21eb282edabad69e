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
    from ..models.dividend_details import DividendDetails


T = TypeVar("T", bound="Dividend")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("accountedDividend", list, False),
    ("accountedGroupContribution", list, False),
    ("annualResultAfterTax", list, False),
    ("equityInAccount", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Dividend(LazyModel):
    """
    Attributes:
        accounted_dividend (list[DividendDetails] | Unset):
        accounted_group_contribution (list[DividendDetails] | Unset):
        annual_result_after_tax (list[DividendDetails] | Unset):
        equity_in_account (list[DividendDetails] | Unset):
        name (str | Unset): [read-only]
        difference (float | Unset): [read-only]
        equity (float | Unset): [read-only]
        max_calculated_dividend (float | Unset): [read-only]
    """

    accounted_dividend: list[DividendDetails] | Unset = UNSET
    accounted_group_contribution: list[DividendDetails] | Unset = UNSET
    annual_result_after_tax: list[DividendDetails] | Unset = UNSET
    equity_in_account: list[DividendDetails] | Unset = UNSET
    name: str | Unset = UNSET
    difference: float | Unset = UNSET
    equity: float | Unset = UNSET
    max_calculated_dividend: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        accounted_dividend: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounted_dividend, Unset):
            accounted_dividend = []
            for accounted_dividend_item_data in self.accounted_dividend:
                accounted_dividend_item = accounted_dividend_item_data.to_dict()
                accounted_dividend.append(accounted_dividend_item)

        accounted_group_contribution: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounted_group_contribution, Unset):
            accounted_group_contribution = []
            for accounted_group_contribution_item_data in self.accounted_group_contribution:
                accounted_group_contribution_item = accounted_group_contribution_item_data.to_dict()
                accounted_group_contribution.append(accounted_group_contribution_item)

        annual_result_after_tax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annual_result_after_tax, Unset):
            annual_result_after_tax = []
            for annual_result_after_tax_item_data in self.annual_result_after_tax:
                annual_result_after_tax_item = annual_result_after_tax_item_data.to_dict()
                annual_result_after_tax.append(annual_result_after_tax_item)

        equity_in_account: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.equity_in_account, Unset):
            equity_in_account = []
            for equity_in_account_item_data in self.equity_in_account:
                equity_in_account_item = equity_in_account_item_data.to_dict()
                equity_in_account.append(equity_in_account_item)

        name = self.name

        difference = self.difference

        equity = self.equity

        max_calculated_dividend = self.max_calculated_dividend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounted_dividend is not UNSET:
            field_dict["accountedDividend"] = accounted_dividend
        if accounted_group_contribution is not UNSET:
            field_dict["accountedGroupContribution"] = accounted_group_contribution
        if annual_result_after_tax is not UNSET:
            field_dict["annualResultAfterTax"] = annual_result_after_tax
        if equity_in_account is not UNSET:
            field_dict["equityInAccount"] = equity_in_account
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if difference is not UNSET and not _in_request:
            field_dict["difference"] = difference
        if equity is not UNSET and not _in_request:
            field_dict["equity"] = equity
        if max_calculated_dividend is not UNSET and not _in_request:
            field_dict["maxCalculatedDividend"] = max_calculated_dividend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Dividend from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.dividend_details import DividendDetails  # noqa: PLC0415

        def _p_accounted_dividend(_tx_v: Any) -> list[DividendDetails] | Unset:
            _accounted_dividend = _tx_v
            accounted_dividend: list[DividendDetails] | Unset = UNSET
            if _accounted_dividend is not UNSET:
                accounted_dividend = []
                for accounted_dividend_item_data in _accounted_dividend:
                    if accounted_dividend_item_data is None:
                        continue
                    accounted_dividend_item = DividendDetails._tx_from_json(accounted_dividend_item_data)

                    accounted_dividend.append(accounted_dividend_item)

            return accounted_dividend

        def _p_accounted_group_contribution(_tx_v: Any) -> list[DividendDetails] | Unset:
            _accounted_group_contribution = _tx_v
            accounted_group_contribution: list[DividendDetails] | Unset = UNSET
            if _accounted_group_contribution is not UNSET:
                accounted_group_contribution = []
                for accounted_group_contribution_item_data in _accounted_group_contribution:
                    if accounted_group_contribution_item_data is None:
                        continue
                    accounted_group_contribution_item = DividendDetails._tx_from_json(
                        accounted_group_contribution_item_data
                    )

                    accounted_group_contribution.append(accounted_group_contribution_item)

            return accounted_group_contribution

        def _p_annual_result_after_tax(_tx_v: Any) -> list[DividendDetails] | Unset:
            _annual_result_after_tax = _tx_v
            annual_result_after_tax: list[DividendDetails] | Unset = UNSET
            if _annual_result_after_tax is not UNSET:
                annual_result_after_tax = []
                for annual_result_after_tax_item_data in _annual_result_after_tax:
                    if annual_result_after_tax_item_data is None:
                        continue
                    annual_result_after_tax_item = DividendDetails._tx_from_json(annual_result_after_tax_item_data)

                    annual_result_after_tax.append(annual_result_after_tax_item)

            return annual_result_after_tax

        def _p_equity_in_account(_tx_v: Any) -> list[DividendDetails] | Unset:
            _equity_in_account = _tx_v
            equity_in_account: list[DividendDetails] | Unset = UNSET
            if _equity_in_account is not UNSET:
                equity_in_account = []
                for equity_in_account_item_data in _equity_in_account:
                    if equity_in_account_item_data is None:
                        continue
                    equity_in_account_item = DividendDetails._tx_from_json(equity_in_account_item_data)

                    equity_in_account.append(equity_in_account_item)

            return equity_in_account

        _tx_known: frozenset[str] = frozenset(
            (
                "accountedDividend",
                "accountedGroupContribution",
                "annualResultAfterTax",
                "equityInAccount",
                "name",
                "difference",
                "equity",
                "maxCalculatedDividend",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "accounted_dividend": ("accountedDividend", _p_accounted_dividend),
            "accounted_group_contribution": ("accountedGroupContribution", _p_accounted_group_contribution),
            "annual_result_after_tax": ("annualResultAfterTax", _p_annual_result_after_tax),
            "equity_in_account": ("equityInAccount", _p_equity_in_account),
            "name": ("name", None),
            "difference": ("difference", None),
            "equity": ("equity", None),
            "max_calculated_dividend": ("maxCalculatedDividend", None),
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
