from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.dividend_details import DividendDetails


T = TypeVar("T", bound="Dividend")


@_attrs_define
class Dividend:
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
        from ..models.dividend_details import DividendDetails  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _accounted_dividend = d.pop("accountedDividend", UNSET)
        accounted_dividend: list[DividendDetails] | Unset = UNSET
        if _accounted_dividend is not UNSET:
            accounted_dividend = []
            for accounted_dividend_item_data in _accounted_dividend:
                if accounted_dividend_item_data is None:
                    continue
                accounted_dividend_item = DividendDetails.from_dict(accounted_dividend_item_data)

                accounted_dividend.append(accounted_dividend_item)

        _accounted_group_contribution = d.pop("accountedGroupContribution", UNSET)
        accounted_group_contribution: list[DividendDetails] | Unset = UNSET
        if _accounted_group_contribution is not UNSET:
            accounted_group_contribution = []
            for accounted_group_contribution_item_data in _accounted_group_contribution:
                if accounted_group_contribution_item_data is None:
                    continue
                accounted_group_contribution_item = DividendDetails.from_dict(accounted_group_contribution_item_data)

                accounted_group_contribution.append(accounted_group_contribution_item)

        _annual_result_after_tax = d.pop("annualResultAfterTax", UNSET)
        annual_result_after_tax: list[DividendDetails] | Unset = UNSET
        if _annual_result_after_tax is not UNSET:
            annual_result_after_tax = []
            for annual_result_after_tax_item_data in _annual_result_after_tax:
                if annual_result_after_tax_item_data is None:
                    continue
                annual_result_after_tax_item = DividendDetails.from_dict(annual_result_after_tax_item_data)

                annual_result_after_tax.append(annual_result_after_tax_item)

        _equity_in_account = d.pop("equityInAccount", UNSET)
        equity_in_account: list[DividendDetails] | Unset = UNSET
        if _equity_in_account is not UNSET:
            equity_in_account = []
            for equity_in_account_item_data in _equity_in_account:
                if equity_in_account_item_data is None:
                    continue
                equity_in_account_item = DividendDetails.from_dict(equity_in_account_item_data)

                equity_in_account.append(equity_in_account_item)

        name = d.pop("name", UNSET)

        difference = d.pop("difference", UNSET)

        equity = d.pop("equity", UNSET)

        max_calculated_dividend = d.pop("maxCalculatedDividend", UNSET)

        _obj = cls(
            accounted_dividend=accounted_dividend,
            accounted_group_contribution=accounted_group_contribution,
            annual_result_after_tax=annual_result_after_tax,
            equity_in_account=equity_in_account,
            name=name,
            difference=difference,
            equity=equity,
            max_calculated_dividend=max_calculated_dividend,
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
