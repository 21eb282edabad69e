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
    from ..models.balance_data_agriculture import BalanceDataAgriculture
    from ..models.profit_and_loss_agriculture import ProfitAndLossAgriculture
    from ..models.transferred_data import TransferredData
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="AgriculturalAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("transferredFromPreviousYear", dict, False),
    ("transferredData", dict, False),
    ("balanceData", dict, False),
    ("profitAndLossData", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AgriculturalAccount(LazyModel):
    """
    Attributes:
        group_id (int | Unset): [read-only]
        departments (str | Unset): [read-only]
        department_names (str | Unset): [read-only]
        operational_entity (str | Unset): [read-only]
        municipality_number (float | Unset): [read-only]
        related_sales_income_and_withdrawals (float | Unset): [read-only] Related sales income and withdrawals
        not_related_sales_income_and_withdrawals (float | Unset): [read-only] Not related sales income and withdrawals
        own_corrections_income (float | Unset): [read-only] Own corrections income
        income_from_profit_and_loss_account (float | Unset): [read-only] Income from profit and loss account
        income_deductions_from_profit_and_loss_account (float | Unset): [read-only] Income deductions from profit and
            loss account
        income_recognition_of_negative_balance (float | Unset): [read-only] Income recognition of negative balance
        total_operating_costs (float | Unset): [read-only] Total operating costs
        share_of_operating_costs (float | Unset): [read-only] Share of operating costs
        transferred_from_previous_year (YearEndGroupDetails | Unset):
        correction_biomass_wood_production (float | Unset): [read-only] Correction from biomass or wood production
        operating_profit_loss_from_activities_not_included (float | Unset): [read-only] Operating profit and loss from
            activities not included
        transferred_data (TransferredData | Unset): Transferred data
        balance_data (BalanceDataAgriculture | Unset): Balansc data
        profit_and_loss_data (ProfitAndLossAgriculture | Unset): Profit and loss data
    """

    group_id: int | Unset = UNSET
    departments: str | Unset = UNSET
    department_names: str | Unset = UNSET
    operational_entity: str | Unset = UNSET
    municipality_number: float | Unset = UNSET
    related_sales_income_and_withdrawals: float | Unset = UNSET
    not_related_sales_income_and_withdrawals: float | Unset = UNSET
    own_corrections_income: float | Unset = UNSET
    income_from_profit_and_loss_account: float | Unset = UNSET
    income_deductions_from_profit_and_loss_account: float | Unset = UNSET
    income_recognition_of_negative_balance: float | Unset = UNSET
    total_operating_costs: float | Unset = UNSET
    share_of_operating_costs: float | Unset = UNSET
    transferred_from_previous_year: YearEndGroupDetails | Unset = UNSET
    correction_biomass_wood_production: float | Unset = UNSET
    operating_profit_loss_from_activities_not_included: float | Unset = UNSET
    transferred_data: TransferredData | Unset = UNSET
    balance_data: BalanceDataAgriculture | Unset = UNSET
    profit_and_loss_data: ProfitAndLossAgriculture | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        group_id = self.group_id

        departments = self.departments

        department_names = self.department_names

        operational_entity = self.operational_entity

        municipality_number = self.municipality_number

        related_sales_income_and_withdrawals = self.related_sales_income_and_withdrawals

        not_related_sales_income_and_withdrawals = self.not_related_sales_income_and_withdrawals

        own_corrections_income = self.own_corrections_income

        income_from_profit_and_loss_account = self.income_from_profit_and_loss_account

        income_deductions_from_profit_and_loss_account = self.income_deductions_from_profit_and_loss_account

        income_recognition_of_negative_balance = self.income_recognition_of_negative_balance

        total_operating_costs = self.total_operating_costs

        share_of_operating_costs = self.share_of_operating_costs

        transferred_from_previous_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transferred_from_previous_year, Unset):
            transferred_from_previous_year = self.transferred_from_previous_year.to_dict()

        correction_biomass_wood_production = self.correction_biomass_wood_production

        operating_profit_loss_from_activities_not_included = self.operating_profit_loss_from_activities_not_included

        transferred_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transferred_data, Unset):
            transferred_data = self.transferred_data.to_dict()

        balance_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_data, Unset):
            balance_data = self.balance_data.to_dict()

        profit_and_loss_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profit_and_loss_data, Unset):
            profit_and_loss_data = self.profit_and_loss_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if departments is not UNSET and not _in_request:
            field_dict["departments"] = departments
        if department_names is not UNSET and not _in_request:
            field_dict["departmentNames"] = department_names
        if operational_entity is not UNSET and not _in_request:
            field_dict["operationalEntity"] = operational_entity
        if municipality_number is not UNSET and not _in_request:
            field_dict["municipalityNumber"] = municipality_number
        if related_sales_income_and_withdrawals is not UNSET and not _in_request:
            field_dict["relatedSalesIncomeAndWithdrawals"] = related_sales_income_and_withdrawals
        if not_related_sales_income_and_withdrawals is not UNSET and not _in_request:
            field_dict["notRelatedSalesIncomeAndWithdrawals"] = not_related_sales_income_and_withdrawals
        if own_corrections_income is not UNSET and not _in_request:
            field_dict["ownCorrectionsIncome"] = own_corrections_income
        if income_from_profit_and_loss_account is not UNSET and not _in_request:
            field_dict["incomeFromProfitAndLossAccount"] = income_from_profit_and_loss_account
        if income_deductions_from_profit_and_loss_account is not UNSET and not _in_request:
            field_dict["incomeDeductionsFromProfitAndLossAccount"] = income_deductions_from_profit_and_loss_account
        if income_recognition_of_negative_balance is not UNSET and not _in_request:
            field_dict["incomeRecognitionOfNegativeBalance"] = income_recognition_of_negative_balance
        if total_operating_costs is not UNSET and not _in_request:
            field_dict["totalOperatingCosts"] = total_operating_costs
        if share_of_operating_costs is not UNSET and not _in_request:
            field_dict["shareOfOperatingCosts"] = share_of_operating_costs
        if transferred_from_previous_year is not UNSET:
            field_dict["transferredFromPreviousYear"] = transferred_from_previous_year
        if correction_biomass_wood_production is not UNSET and not _in_request:
            field_dict["correctionBiomassWoodProduction"] = correction_biomass_wood_production
        if operating_profit_loss_from_activities_not_included is not UNSET and not _in_request:
            field_dict["operatingProfitLossFromActivitiesNotIncluded"] = (
                operating_profit_loss_from_activities_not_included
            )
        if transferred_data is not UNSET:
            field_dict["transferredData"] = transferred_data
        if balance_data is not UNSET:
            field_dict["balanceData"] = balance_data
        if profit_and_loss_data is not UNSET:
            field_dict["profitAndLossData"] = profit_and_loss_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AgriculturalAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_data_agriculture import BalanceDataAgriculture  # noqa: PLC0415
        from ..models.profit_and_loss_agriculture import ProfitAndLossAgriculture  # noqa: PLC0415
        from ..models.transferred_data import TransferredData  # noqa: PLC0415
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        def _p_transferred_from_previous_year(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _transferred_from_previous_year = _tx_v
            transferred_from_previous_year: YearEndGroupDetails | Unset
            if isinstance(_transferred_from_previous_year, Unset):
                transferred_from_previous_year = UNSET
            else:
                transferred_from_previous_year = YearEndGroupDetails._tx_from_json(_transferred_from_previous_year)

            return transferred_from_previous_year

        def _p_transferred_data(_tx_v: Any) -> TransferredData | Unset:
            _transferred_data = _tx_v
            transferred_data: TransferredData | Unset
            if isinstance(_transferred_data, Unset):
                transferred_data = UNSET
            else:
                transferred_data = TransferredData._tx_from_json(_transferred_data)

            return transferred_data

        def _p_balance_data(_tx_v: Any) -> BalanceDataAgriculture | Unset:
            _balance_data = _tx_v
            balance_data: BalanceDataAgriculture | Unset
            if isinstance(_balance_data, Unset):
                balance_data = UNSET
            else:
                balance_data = BalanceDataAgriculture._tx_from_json(_balance_data)

            return balance_data

        def _p_profit_and_loss_data(_tx_v: Any) -> ProfitAndLossAgriculture | Unset:
            _profit_and_loss_data = _tx_v
            profit_and_loss_data: ProfitAndLossAgriculture | Unset
            if isinstance(_profit_and_loss_data, Unset):
                profit_and_loss_data = UNSET
            else:
                profit_and_loss_data = ProfitAndLossAgriculture._tx_from_json(_profit_and_loss_data)

            return profit_and_loss_data

        _tx_known: frozenset[str] = frozenset(
            (
                "groupId",
                "departments",
                "departmentNames",
                "operationalEntity",
                "municipalityNumber",
                "relatedSalesIncomeAndWithdrawals",
                "notRelatedSalesIncomeAndWithdrawals",
                "ownCorrectionsIncome",
                "incomeFromProfitAndLossAccount",
                "incomeDeductionsFromProfitAndLossAccount",
                "incomeRecognitionOfNegativeBalance",
                "totalOperatingCosts",
                "shareOfOperatingCosts",
                "transferredFromPreviousYear",
                "correctionBiomassWoodProduction",
                "operatingProfitLossFromActivitiesNotIncluded",
                "transferredData",
                "balanceData",
                "profitAndLossData",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "group_id": ("groupId", None),
            "departments": ("departments", None),
            "department_names": ("departmentNames", None),
            "operational_entity": ("operationalEntity", None),
            "municipality_number": ("municipalityNumber", None),
            "related_sales_income_and_withdrawals": ("relatedSalesIncomeAndWithdrawals", None),
            "not_related_sales_income_and_withdrawals": ("notRelatedSalesIncomeAndWithdrawals", None),
            "own_corrections_income": ("ownCorrectionsIncome", None),
            "income_from_profit_and_loss_account": ("incomeFromProfitAndLossAccount", None),
            "income_deductions_from_profit_and_loss_account": ("incomeDeductionsFromProfitAndLossAccount", None),
            "income_recognition_of_negative_balance": ("incomeRecognitionOfNegativeBalance", None),
            "total_operating_costs": ("totalOperatingCosts", None),
            "share_of_operating_costs": ("shareOfOperatingCosts", None),
            "transferred_from_previous_year": ("transferredFromPreviousYear", _p_transferred_from_previous_year),
            "correction_biomass_wood_production": ("correctionBiomassWoodProduction", None),
            "operating_profit_loss_from_activities_not_included": (
                "operatingProfitLossFromActivitiesNotIncluded",
                None,
            ),
            "transferred_data": ("transferredData", _p_transferred_data),
            "balance_data": ("balanceData", _p_balance_data),
            "profit_and_loss_data": ("profitAndLossData", _p_profit_and_loss_data),
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
