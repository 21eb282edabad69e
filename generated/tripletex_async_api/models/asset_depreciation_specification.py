from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_depreciation_specification_depreciation_method import (
    AssetDepreciationSpecificationDepreciationMethod,
)
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


T = TypeVar("T", bound="AssetDepreciationSpecification")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("balanceAccount", dict, False),
    ("depreciationAccount", dict, False),
    ("depreciationMethod", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AssetDepreciationSpecification(LazyModel):
    """
    Attributes:
        asset_id (int | Unset): Asset id
        amount (float | Unset): For STRAIGHT_LINE: the total amount to write off.  FOR TAX_RELATED: the base amount to
            calculate the write off amounts from.  Not used for CUSTOM
        balance_account (Account | Unset):
        depreciation_account (Account | Unset):
        no_of_months (int | Unset): The depreciation period in months.
        depreciation_method (AssetDepreciationSpecificationDepreciationMethod | Unset): The depreciation method.
        start_date (str | Unset): The start date for the depreciation. This will also be the voucher date
        custom_monthly_write_off_amount (float | Unset): The monthly amount to write off.  Only used for CUSTOM
        tax_related_depreciation_percentage (float | Unset): How many percent to depreciate for each year.  Only used
            for TAX_RELATED
        diff (float | Unset): Difference
        depreciation_rate (float | Unset): How many percent to depreciate for each year.  Only used for TAX_RELATED
    """

    asset_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    balance_account: Account | Unset = UNSET
    depreciation_account: Account | Unset = UNSET
    no_of_months: int | Unset = UNSET
    depreciation_method: AssetDepreciationSpecificationDepreciationMethod | Unset = UNSET
    start_date: str | Unset = UNSET
    custom_monthly_write_off_amount: float | Unset = UNSET
    tax_related_depreciation_percentage: float | Unset = UNSET
    diff: float | Unset = UNSET
    depreciation_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        asset_id = self.asset_id

        amount = self.amount

        balance_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_account, Unset):
            balance_account = self.balance_account.to_dict()

        depreciation_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depreciation_account, Unset):
            depreciation_account = self.depreciation_account.to_dict()

        no_of_months = self.no_of_months

        depreciation_method: str | Unset = UNSET
        if not isinstance(self.depreciation_method, Unset):
            depreciation_method = self.depreciation_method.value

        start_date = self.start_date

        custom_monthly_write_off_amount = self.custom_monthly_write_off_amount

        tax_related_depreciation_percentage = self.tax_related_depreciation_percentage

        diff = self.diff

        depreciation_rate = self.depreciation_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance_account is not UNSET:
            field_dict["balanceAccount"] = balance_account
        if depreciation_account is not UNSET:
            field_dict["depreciationAccount"] = depreciation_account
        if no_of_months is not UNSET:
            field_dict["noOfMonths"] = no_of_months
        if depreciation_method is not UNSET:
            field_dict["depreciationMethod"] = depreciation_method
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if custom_monthly_write_off_amount is not UNSET:
            field_dict["customMonthlyWriteOffAmount"] = custom_monthly_write_off_amount
        if tax_related_depreciation_percentage is not UNSET:
            field_dict["taxRelatedDepreciationPercentage"] = tax_related_depreciation_percentage
        if diff is not UNSET:
            field_dict["diff"] = diff
        if depreciation_rate is not UNSET:
            field_dict["depreciationRate"] = depreciation_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetDepreciationSpecification from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_balance_account(_tx_v: Any) -> Account | Unset:
            _balance_account = _tx_v
            balance_account: Account | Unset
            if isinstance(_balance_account, Unset):
                balance_account = UNSET
            else:
                balance_account = Account._tx_from_json(_balance_account)

            return balance_account

        def _p_depreciation_account(_tx_v: Any) -> Account | Unset:
            _depreciation_account = _tx_v
            depreciation_account: Account | Unset
            if isinstance(_depreciation_account, Unset):
                depreciation_account = UNSET
            else:
                depreciation_account = Account._tx_from_json(_depreciation_account)

            return depreciation_account

        def _p_depreciation_method(_tx_v: Any) -> AssetDepreciationSpecificationDepreciationMethod | Unset:
            _depreciation_method = _tx_v
            depreciation_method: AssetDepreciationSpecificationDepreciationMethod | Unset
            if isinstance(_depreciation_method, Unset):
                depreciation_method = UNSET
            else:
                depreciation_method = AssetDepreciationSpecificationDepreciationMethod(_depreciation_method)

            return depreciation_method

        _tx_known: frozenset[str] = frozenset(
            (
                "assetId",
                "amount",
                "balanceAccount",
                "depreciationAccount",
                "noOfMonths",
                "depreciationMethod",
                "startDate",
                "customMonthlyWriteOffAmount",
                "taxRelatedDepreciationPercentage",
                "diff",
                "depreciationRate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "asset_id": ("assetId", None),
            "amount": ("amount", None),
            "balance_account": ("balanceAccount", _p_balance_account),
            "depreciation_account": ("depreciationAccount", _p_depreciation_account),
            "no_of_months": ("noOfMonths", None),
            "depreciation_method": ("depreciationMethod", _p_depreciation_method),
            "start_date": ("startDate", None),
            "custom_monthly_write_off_amount": ("customMonthlyWriteOffAmount", None),
            "tax_related_depreciation_percentage": ("taxRelatedDepreciationPercentage", None),
            "diff": ("diff", None),
            "depreciation_rate": ("depreciationRate", None),
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
