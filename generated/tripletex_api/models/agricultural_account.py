from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.balance_data_agriculture import BalanceDataAgriculture
    from ..models.profit_and_loss_agriculture import ProfitAndLossAgriculture
    from ..models.transferred_data import TransferredData
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="AgriculturalAccount")


@_attrs_define
class AgriculturalAccount:
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
        from ..models.balance_data_agriculture import BalanceDataAgriculture  # noqa: PLC0415
        from ..models.profit_and_loss_agriculture import ProfitAndLossAgriculture  # noqa: PLC0415
        from ..models.transferred_data import TransferredData  # noqa: PLC0415
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        group_id = d.pop("groupId", UNSET)

        departments = d.pop("departments", UNSET)

        department_names = d.pop("departmentNames", UNSET)

        operational_entity = d.pop("operationalEntity", UNSET)

        municipality_number = d.pop("municipalityNumber", UNSET)

        related_sales_income_and_withdrawals = d.pop("relatedSalesIncomeAndWithdrawals", UNSET)

        not_related_sales_income_and_withdrawals = d.pop("notRelatedSalesIncomeAndWithdrawals", UNSET)

        own_corrections_income = d.pop("ownCorrectionsIncome", UNSET)

        income_from_profit_and_loss_account = d.pop("incomeFromProfitAndLossAccount", UNSET)

        income_deductions_from_profit_and_loss_account = d.pop("incomeDeductionsFromProfitAndLossAccount", UNSET)

        income_recognition_of_negative_balance = d.pop("incomeRecognitionOfNegativeBalance", UNSET)

        total_operating_costs = d.pop("totalOperatingCosts", UNSET)

        share_of_operating_costs = d.pop("shareOfOperatingCosts", UNSET)

        _transferred_from_previous_year = d.pop("transferredFromPreviousYear", UNSET)
        transferred_from_previous_year: YearEndGroupDetails | Unset
        if isinstance(_transferred_from_previous_year, Unset):
            transferred_from_previous_year = UNSET
        else:
            transferred_from_previous_year = YearEndGroupDetails.from_dict(_transferred_from_previous_year)

        correction_biomass_wood_production = d.pop("correctionBiomassWoodProduction", UNSET)

        operating_profit_loss_from_activities_not_included = d.pop(
            "operatingProfitLossFromActivitiesNotIncluded", UNSET
        )

        _transferred_data = d.pop("transferredData", UNSET)
        transferred_data: TransferredData | Unset
        if isinstance(_transferred_data, Unset):
            transferred_data = UNSET
        else:
            transferred_data = TransferredData.from_dict(_transferred_data)

        _balance_data = d.pop("balanceData", UNSET)
        balance_data: BalanceDataAgriculture | Unset
        if isinstance(_balance_data, Unset):
            balance_data = UNSET
        else:
            balance_data = BalanceDataAgriculture.from_dict(_balance_data)

        _profit_and_loss_data = d.pop("profitAndLossData", UNSET)
        profit_and_loss_data: ProfitAndLossAgriculture | Unset
        if isinstance(_profit_and_loss_data, Unset):
            profit_and_loss_data = UNSET
        else:
            profit_and_loss_data = ProfitAndLossAgriculture.from_dict(_profit_and_loss_data)

        _obj = cls(
            group_id=group_id,
            departments=departments,
            department_names=department_names,
            operational_entity=operational_entity,
            municipality_number=municipality_number,
            related_sales_income_and_withdrawals=related_sales_income_and_withdrawals,
            not_related_sales_income_and_withdrawals=not_related_sales_income_and_withdrawals,
            own_corrections_income=own_corrections_income,
            income_from_profit_and_loss_account=income_from_profit_and_loss_account,
            income_deductions_from_profit_and_loss_account=income_deductions_from_profit_and_loss_account,
            income_recognition_of_negative_balance=income_recognition_of_negative_balance,
            total_operating_costs=total_operating_costs,
            share_of_operating_costs=share_of_operating_costs,
            transferred_from_previous_year=transferred_from_previous_year,
            correction_biomass_wood_production=correction_biomass_wood_production,
            operating_profit_loss_from_activities_not_included=operating_profit_loss_from_activities_not_included,
            transferred_data=transferred_data,
            balance_data=balance_data,
            profit_and_loss_data=profit_and_loss_data,
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
