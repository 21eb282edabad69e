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
    from ..models.balance_data_agriculture import BalanceDataAgriculture
    from ..models.profit_and_loss_agriculture import ProfitAndLossAgriculture
    from ..models.transferred_data import TransferredData
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="AgriculturalAccount")


@_attrs_define
class AgriculturalAccount(Model):
    """
    Attributes:
        group_id (int | Unset):
        departments (str | Unset):
        department_names (str | Unset):
        operational_entity (str | Unset):
        municipality_number (float | Unset):
        related_sales_income_and_withdrawals (float | Unset): Related sales income and withdrawals
        not_related_sales_income_and_withdrawals (float | Unset): Not related sales income and withdrawals
        own_corrections_income (float | Unset): Own corrections income
        income_from_profit_and_loss_account (float | Unset): Income from profit and loss account
        income_deductions_from_profit_and_loss_account (float | Unset): Income deductions from profit and loss account
        income_recognition_of_negative_balance (float | Unset): Income recognition of negative balance
        total_operating_costs (float | Unset): Total operating costs
        share_of_operating_costs (float | Unset): Share of operating costs
        transferred_from_previous_year (YearEndGroupDetails | Unset):
        correction_biomass_wood_production (float | Unset): Correction from biomass or wood production
        operating_profit_loss_from_activities_not_included (float | Unset): Operating profit and loss from activities
            not included
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.departments
        if _v is not UNSET and not _in_request:
            field_dict["departments"] = _v
        _v = self.department_names
        if _v is not UNSET and not _in_request:
            field_dict["departmentNames"] = _v
        _v = self.operational_entity
        if _v is not UNSET and not _in_request:
            field_dict["operationalEntity"] = _v
        _v = self.municipality_number
        if _v is not UNSET and not _in_request:
            field_dict["municipalityNumber"] = _v
        _v = self.related_sales_income_and_withdrawals
        if _v is not UNSET and not _in_request:
            field_dict["relatedSalesIncomeAndWithdrawals"] = _v
        _v = self.not_related_sales_income_and_withdrawals
        if _v is not UNSET and not _in_request:
            field_dict["notRelatedSalesIncomeAndWithdrawals"] = _v
        _v = self.own_corrections_income
        if _v is not UNSET and not _in_request:
            field_dict["ownCorrectionsIncome"] = _v
        _v = self.income_from_profit_and_loss_account
        if _v is not UNSET and not _in_request:
            field_dict["incomeFromProfitAndLossAccount"] = _v
        _v = self.income_deductions_from_profit_and_loss_account
        if _v is not UNSET and not _in_request:
            field_dict["incomeDeductionsFromProfitAndLossAccount"] = _v
        _v = self.income_recognition_of_negative_balance
        if _v is not UNSET and not _in_request:
            field_dict["incomeRecognitionOfNegativeBalance"] = _v
        _v = self.total_operating_costs
        if _v is not UNSET and not _in_request:
            field_dict["totalOperatingCosts"] = _v
        _v = self.share_of_operating_costs
        if _v is not UNSET and not _in_request:
            field_dict["shareOfOperatingCosts"] = _v
        _v = self.transferred_from_previous_year
        if _v is not UNSET:
            field_dict["transferredFromPreviousYear"] = _v.to_dict()
        _v = self.correction_biomass_wood_production
        if _v is not UNSET and not _in_request:
            field_dict["correctionBiomassWoodProduction"] = _v
        _v = self.operating_profit_loss_from_activities_not_included
        if _v is not UNSET and not _in_request:
            field_dict["operatingProfitLossFromActivitiesNotIncluded"] = _v
        _v = self.transferred_data
        if _v is not UNSET:
            field_dict["transferredData"] = _v.to_dict()
        _v = self.balance_data
        if _v is not UNSET:
            field_dict["balanceData"] = _v.to_dict()
        _v = self.profit_and_loss_data
        if _v is not UNSET:
            field_dict["profitAndLossData"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AgriculturalAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AgriculturalAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.balance_data_agriculture import BalanceDataAgriculture  # noqa: PLC0415
        from ..models.profit_and_loss_agriculture import ProfitAndLossAgriculture  # noqa: PLC0415
        from ..models.transferred_data import TransferredData  # noqa: PLC0415
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "departments": "departments",
            "departmentNames": "department_names",
            "operationalEntity": "operational_entity",
            "municipalityNumber": "municipality_number",
            "relatedSalesIncomeAndWithdrawals": "related_sales_income_and_withdrawals",
            "notRelatedSalesIncomeAndWithdrawals": "not_related_sales_income_and_withdrawals",
            "ownCorrectionsIncome": "own_corrections_income",
            "incomeFromProfitAndLossAccount": "income_from_profit_and_loss_account",
            "incomeDeductionsFromProfitAndLossAccount": "income_deductions_from_profit_and_loss_account",
            "incomeRecognitionOfNegativeBalance": "income_recognition_of_negative_balance",
            "totalOperatingCosts": "total_operating_costs",
            "shareOfOperatingCosts": "share_of_operating_costs",
            "correctionBiomassWoodProduction": "correction_biomass_wood_production",
            "operatingProfitLossFromActivitiesNotIncluded": "operating_profit_loss_from_activities_not_included",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.group_id = o.departments = o.department_names = o.operational_entity = o.municipality_number = (
                        o.related_sales_income_and_withdrawals
                    ) = o.not_related_sales_income_and_withdrawals = o.own_corrections_income = (
                        o.income_from_profit_and_loss_account
                    ) = o.income_deductions_from_profit_and_loss_account = o.income_recognition_of_negative_balance = (
                        o.total_operating_costs
                    ) = o.share_of_operating_costs = o.transferred_from_previous_year = (
                        o.correction_biomass_wood_production
                    ) = o.operating_profit_loss_from_activities_not_included = o.transferred_data = o.balance_data = (
                        o.profit_and_loss_data
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("departments")
                if v is None:
                    o.departments = u
                    if "departments" not in d:
                        m += 1
                else:
                    o.departments = v
                v = g("departmentNames")
                if v is None:
                    o.department_names = u
                    if "departmentNames" not in d:
                        m += 1
                else:
                    o.department_names = v
                v = g("operationalEntity")
                if v is None:
                    o.operational_entity = u
                    if "operationalEntity" not in d:
                        m += 1
                else:
                    o.operational_entity = v
                v = g("municipalityNumber")
                if v is None:
                    o.municipality_number = u
                    if "municipalityNumber" not in d:
                        m += 1
                else:
                    o.municipality_number = v
                v = g("relatedSalesIncomeAndWithdrawals")
                if v is None:
                    o.related_sales_income_and_withdrawals = u
                    if "relatedSalesIncomeAndWithdrawals" not in d:
                        m += 1
                else:
                    o.related_sales_income_and_withdrawals = v
                v = g("notRelatedSalesIncomeAndWithdrawals")
                if v is None:
                    o.not_related_sales_income_and_withdrawals = u
                    if "notRelatedSalesIncomeAndWithdrawals" not in d:
                        m += 1
                else:
                    o.not_related_sales_income_and_withdrawals = v
                v = g("ownCorrectionsIncome")
                if v is None:
                    o.own_corrections_income = u
                    if "ownCorrectionsIncome" not in d:
                        m += 1
                else:
                    o.own_corrections_income = v
                v = g("incomeFromProfitAndLossAccount")
                if v is None:
                    o.income_from_profit_and_loss_account = u
                    if "incomeFromProfitAndLossAccount" not in d:
                        m += 1
                else:
                    o.income_from_profit_and_loss_account = v
                v = g("incomeDeductionsFromProfitAndLossAccount")
                if v is None:
                    o.income_deductions_from_profit_and_loss_account = u
                    if "incomeDeductionsFromProfitAndLossAccount" not in d:
                        m += 1
                else:
                    o.income_deductions_from_profit_and_loss_account = v
                v = g("incomeRecognitionOfNegativeBalance")
                if v is None:
                    o.income_recognition_of_negative_balance = u
                    if "incomeRecognitionOfNegativeBalance" not in d:
                        m += 1
                else:
                    o.income_recognition_of_negative_balance = v
                v = g("totalOperatingCosts")
                if v is None:
                    o.total_operating_costs = u
                    if "totalOperatingCosts" not in d:
                        m += 1
                else:
                    o.total_operating_costs = v
                v = g("shareOfOperatingCosts")
                if v is None:
                    o.share_of_operating_costs = u
                    if "shareOfOperatingCosts" not in d:
                        m += 1
                else:
                    o.share_of_operating_costs = v
                k = "transferredFromPreviousYear"
                v = g("transferredFromPreviousYear")
                if v is None:
                    o.transferred_from_previous_year = u
                    if "transferredFromPreviousYear" not in d:
                        m += 1
                else:
                    o.transferred_from_previous_year = YearEndGroupDetails._tx_parse(v)
                v = g("correctionBiomassWoodProduction")
                if v is None:
                    o.correction_biomass_wood_production = u
                    if "correctionBiomassWoodProduction" not in d:
                        m += 1
                else:
                    o.correction_biomass_wood_production = v
                v = g("operatingProfitLossFromActivitiesNotIncluded")
                if v is None:
                    o.operating_profit_loss_from_activities_not_included = u
                    if "operatingProfitLossFromActivitiesNotIncluded" not in d:
                        m += 1
                else:
                    o.operating_profit_loss_from_activities_not_included = v
                k = "transferredData"
                v = g("transferredData")
                if v is None:
                    o.transferred_data = u
                    if "transferredData" not in d:
                        m += 1
                else:
                    o.transferred_data = TransferredData._tx_parse(v)
                k = "balanceData"
                v = g("balanceData")
                if v is None:
                    o.balance_data = u
                    if "balanceData" not in d:
                        m += 1
                else:
                    o.balance_data = BalanceDataAgriculture._tx_parse(v)
                k = "profitAndLossData"
                v = g("profitAndLossData")
                if v is None:
                    o.profit_and_loss_data = u
                    if "profitAndLossData" not in d:
                        m += 1
                else:
                    o.profit_and_loss_data = ProfitAndLossAgriculture._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("group_id", "groupId"),
            ("departments", "departments"),
            ("department_names", "departmentNames"),
            ("operational_entity", "operationalEntity"),
            ("municipality_number", "municipalityNumber"),
            ("related_sales_income_and_withdrawals", "relatedSalesIncomeAndWithdrawals"),
            ("not_related_sales_income_and_withdrawals", "notRelatedSalesIncomeAndWithdrawals"),
            ("own_corrections_income", "ownCorrectionsIncome"),
            ("income_from_profit_and_loss_account", "incomeFromProfitAndLossAccount"),
            ("income_deductions_from_profit_and_loss_account", "incomeDeductionsFromProfitAndLossAccount"),
            ("income_recognition_of_negative_balance", "incomeRecognitionOfNegativeBalance"),
            ("total_operating_costs", "totalOperatingCosts"),
            ("share_of_operating_costs", "shareOfOperatingCosts"),
            ("transferred_from_previous_year", "transferredFromPreviousYear"),
            ("correction_biomass_wood_production", "correctionBiomassWoodProduction"),
            ("operating_profit_loss_from_activities_not_included", "operatingProfitLossFromActivitiesNotIncluded"),
            ("transferred_data", "transferredData"),
            ("balance_data", "balanceData"),
            ("profit_and_loss_data", "profitAndLossData"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.departments
            o.departments = u if v is None else v
            v = s.department_names
            o.department_names = u if v is None else v
            v = s.operational_entity
            o.operational_entity = u if v is None else v
            v = s.municipality_number
            o.municipality_number = u if v is None else v
            v = s.related_sales_income_and_withdrawals
            o.related_sales_income_and_withdrawals = u if v is None else v
            v = s.not_related_sales_income_and_withdrawals
            o.not_related_sales_income_and_withdrawals = u if v is None else v
            v = s.own_corrections_income
            o.own_corrections_income = u if v is None else v
            v = s.income_from_profit_and_loss_account
            o.income_from_profit_and_loss_account = u if v is None else v
            v = s.income_deductions_from_profit_and_loss_account
            o.income_deductions_from_profit_and_loss_account = u if v is None else v
            v = s.income_recognition_of_negative_balance
            o.income_recognition_of_negative_balance = u if v is None else v
            v = s.total_operating_costs
            o.total_operating_costs = u if v is None else v
            v = s.share_of_operating_costs
            o.share_of_operating_costs = u if v is None else v
            v = s.transferred_from_previous_year
            o.transferred_from_previous_year = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.correction_biomass_wood_production
            o.correction_biomass_wood_production = u if v is None else v
            v = s.operating_profit_loss_from_activities_not_included
            o.operating_profit_loss_from_activities_not_included = u if v is None else v
            v = s.transferred_data
            o.transferred_data = u if v is None or v is u else TransferredData._tx_parse(v)
            v = s.balance_data
            o.balance_data = u if v is None or v is u else BalanceDataAgriculture._tx_parse(v)
            v = s.profit_and_loss_data
            o.profit_and_loss_data = u if v is None or v is u else ProfitAndLossAgriculture._tx_parse(v)
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
