from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_data_overview_generic_data_type import GenericDataOverviewGenericDataType
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
    from ..models.cash_register_system import CashRegisterSystem
    from ..models.generic_data import GenericData
    from ..models.multi_unit_building_unit import MultiUnitBuildingUnit
    from ..models.type_of_goods import TypeOfGoods
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="GenericDataOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("genericDataType", str, False),
    ("posts", list, False),
    ("typeOfGoodsPosts", list, False),
    ("multiUnitBuildingUnitPosts", list, False),
    ("cashRegisterSystemPosts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class GenericDataOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): [read-only]
        generic_data_type (GenericDataOverviewGenericDataType | Unset): [read-only]
        generic_data_type_group_id (int | Unset): [read-only]
        industry_object_identifier (str | Unset): [read-only]
        posts (list[GenericData] | Unset):
        type_of_goods_posts (list[TypeOfGoods] | Unset):
        multi_unit_building_unit_posts (list[MultiUnitBuildingUnit] | Unset):
        cash_register_system_posts (list[CashRegisterSystem] | Unset):
        calculated_deduction (float | Unset): [read-only]
        expenses (float | Unset): [read-only]
        reversed_expenses (float | Unset): [read-only]
        show_profit_and_loss_details (bool | Unset): [read-only]
        annual_income_recognition_or_deduction_basis (float | Unset): [read-only]
        annual_income_recognition (float | Unset): [read-only]
        annual_deduction (float | Unset): [read-only]
        sum_profit_and_loss (float | Unset): [read-only]
        opening_balance_profit_and_loss (float | Unset): [read-only]
        closing_balance_profit_and_loss (float | Unset): [read-only]
        object_identifier (str | Unset): [read-only]
        calculated_asset_value (float | Unset): [read-only]
        calculated_total_asset_value (float | Unset): [read-only]
        calculated_market_value (float | Unset): [read-only]
        calculated_income_value_rental (float | Unset): [read-only]
        calculated_asset_value_rental (float | Unset): [read-only]
        estimated_increased_tax_value (float | Unset): [read-only]
        estimated_diff_tax_value (float | Unset): [read-only]
        valuation_discount (float | Unset): [read-only]
        valuation_discount_amount (float | Unset): [read-only]
        total_asset_value_after_valuation_discount (float | Unset): [read-only]
        show_municipality_validation_message (float | Unset): [read-only]
        calculated_total_asset_rate (float | Unset): [read-only]
        estimated_increased_tax_rate (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    generic_data_type: GenericDataOverviewGenericDataType | Unset = UNSET
    generic_data_type_group_id: int | Unset = UNSET
    industry_object_identifier: str | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    type_of_goods_posts: list[TypeOfGoods] | Unset = UNSET
    multi_unit_building_unit_posts: list[MultiUnitBuildingUnit] | Unset = UNSET
    cash_register_system_posts: list[CashRegisterSystem] | Unset = UNSET
    calculated_deduction: float | Unset = UNSET
    expenses: float | Unset = UNSET
    reversed_expenses: float | Unset = UNSET
    show_profit_and_loss_details: bool | Unset = UNSET
    annual_income_recognition_or_deduction_basis: float | Unset = UNSET
    annual_income_recognition: float | Unset = UNSET
    annual_deduction: float | Unset = UNSET
    sum_profit_and_loss: float | Unset = UNSET
    opening_balance_profit_and_loss: float | Unset = UNSET
    closing_balance_profit_and_loss: float | Unset = UNSET
    object_identifier: str | Unset = UNSET
    calculated_asset_value: float | Unset = UNSET
    calculated_total_asset_value: float | Unset = UNSET
    calculated_market_value: float | Unset = UNSET
    calculated_income_value_rental: float | Unset = UNSET
    calculated_asset_value_rental: float | Unset = UNSET
    estimated_increased_tax_value: float | Unset = UNSET
    estimated_diff_tax_value: float | Unset = UNSET
    valuation_discount: float | Unset = UNSET
    valuation_discount_amount: float | Unset = UNSET
    total_asset_value_after_valuation_discount: float | Unset = UNSET
    show_municipality_validation_message: float | Unset = UNSET
    calculated_total_asset_rate: float | Unset = UNSET
    estimated_increased_tax_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_type_group_id = self.generic_data_type_group_id

        industry_object_identifier = self.industry_object_identifier

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        type_of_goods_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.type_of_goods_posts, Unset):
            type_of_goods_posts = []
            for type_of_goods_posts_item_data in self.type_of_goods_posts:
                type_of_goods_posts_item = type_of_goods_posts_item_data.to_dict()
                type_of_goods_posts.append(type_of_goods_posts_item)

        multi_unit_building_unit_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_unit_building_unit_posts, Unset):
            multi_unit_building_unit_posts = []
            for multi_unit_building_unit_posts_item_data in self.multi_unit_building_unit_posts:
                multi_unit_building_unit_posts_item = multi_unit_building_unit_posts_item_data.to_dict()
                multi_unit_building_unit_posts.append(multi_unit_building_unit_posts_item)

        cash_register_system_posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_register_system_posts, Unset):
            cash_register_system_posts = []
            for cash_register_system_posts_item_data in self.cash_register_system_posts:
                cash_register_system_posts_item = cash_register_system_posts_item_data.to_dict()
                cash_register_system_posts.append(cash_register_system_posts_item)

        calculated_deduction = self.calculated_deduction

        expenses = self.expenses

        reversed_expenses = self.reversed_expenses

        show_profit_and_loss_details = self.show_profit_and_loss_details

        annual_income_recognition_or_deduction_basis = self.annual_income_recognition_or_deduction_basis

        annual_income_recognition = self.annual_income_recognition

        annual_deduction = self.annual_deduction

        sum_profit_and_loss = self.sum_profit_and_loss

        opening_balance_profit_and_loss = self.opening_balance_profit_and_loss

        closing_balance_profit_and_loss = self.closing_balance_profit_and_loss

        object_identifier = self.object_identifier

        calculated_asset_value = self.calculated_asset_value

        calculated_total_asset_value = self.calculated_total_asset_value

        calculated_market_value = self.calculated_market_value

        calculated_income_value_rental = self.calculated_income_value_rental

        calculated_asset_value_rental = self.calculated_asset_value_rental

        estimated_increased_tax_value = self.estimated_increased_tax_value

        estimated_diff_tax_value = self.estimated_diff_tax_value

        valuation_discount = self.valuation_discount

        valuation_discount_amount = self.valuation_discount_amount

        total_asset_value_after_valuation_discount = self.total_asset_value_after_valuation_discount

        show_municipality_validation_message = self.show_municipality_validation_message

        calculated_total_asset_rate = self.calculated_total_asset_rate

        estimated_increased_tax_rate = self.estimated_increased_tax_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET and not _in_request:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_type_group_id is not UNSET and not _in_request:
            field_dict["genericDataTypeGroupId"] = generic_data_type_group_id
        if industry_object_identifier is not UNSET and not _in_request:
            field_dict["industryObjectIdentifier"] = industry_object_identifier
        if posts is not UNSET:
            field_dict["posts"] = posts
        if type_of_goods_posts is not UNSET:
            field_dict["typeOfGoodsPosts"] = type_of_goods_posts
        if multi_unit_building_unit_posts is not UNSET:
            field_dict["multiUnitBuildingUnitPosts"] = multi_unit_building_unit_posts
        if cash_register_system_posts is not UNSET:
            field_dict["cashRegisterSystemPosts"] = cash_register_system_posts
        if calculated_deduction is not UNSET and not _in_request:
            field_dict["calculatedDeduction"] = calculated_deduction
        if expenses is not UNSET and not _in_request:
            field_dict["expenses"] = expenses
        if reversed_expenses is not UNSET and not _in_request:
            field_dict["reversedExpenses"] = reversed_expenses
        if show_profit_and_loss_details is not UNSET and not _in_request:
            field_dict["showProfitAndLossDetails"] = show_profit_and_loss_details
        if annual_income_recognition_or_deduction_basis is not UNSET and not _in_request:
            field_dict["annualIncomeRecognitionOrDeductionBasis"] = annual_income_recognition_or_deduction_basis
        if annual_income_recognition is not UNSET and not _in_request:
            field_dict["annualIncomeRecognition"] = annual_income_recognition
        if annual_deduction is not UNSET and not _in_request:
            field_dict["annualDeduction"] = annual_deduction
        if sum_profit_and_loss is not UNSET and not _in_request:
            field_dict["sumProfitAndLoss"] = sum_profit_and_loss
        if opening_balance_profit_and_loss is not UNSET and not _in_request:
            field_dict["openingBalanceProfitAndLoss"] = opening_balance_profit_and_loss
        if closing_balance_profit_and_loss is not UNSET and not _in_request:
            field_dict["closingBalanceProfitAndLoss"] = closing_balance_profit_and_loss
        if object_identifier is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = object_identifier
        if calculated_asset_value is not UNSET and not _in_request:
            field_dict["calculatedAssetValue"] = calculated_asset_value
        if calculated_total_asset_value is not UNSET and not _in_request:
            field_dict["calculatedTotalAssetValue"] = calculated_total_asset_value
        if calculated_market_value is not UNSET and not _in_request:
            field_dict["calculatedMarketValue"] = calculated_market_value
        if calculated_income_value_rental is not UNSET and not _in_request:
            field_dict["calculatedIncomeValueRental"] = calculated_income_value_rental
        if calculated_asset_value_rental is not UNSET and not _in_request:
            field_dict["calculatedAssetValueRental"] = calculated_asset_value_rental
        if estimated_increased_tax_value is not UNSET and not _in_request:
            field_dict["estimatedIncreasedTaxValue"] = estimated_increased_tax_value
        if estimated_diff_tax_value is not UNSET and not _in_request:
            field_dict["estimatedDiffTaxValue"] = estimated_diff_tax_value
        if valuation_discount is not UNSET and not _in_request:
            field_dict["valuationDiscount"] = valuation_discount
        if valuation_discount_amount is not UNSET and not _in_request:
            field_dict["valuationDiscountAmount"] = valuation_discount_amount
        if total_asset_value_after_valuation_discount is not UNSET and not _in_request:
            field_dict["totalAssetValueAfterValuationDiscount"] = total_asset_value_after_valuation_discount
        if show_municipality_validation_message is not UNSET and not _in_request:
            field_dict["showMunicipalityValidationMessage"] = show_municipality_validation_message
        if calculated_total_asset_rate is not UNSET and not _in_request:
            field_dict["calculatedTotalAssetRate"] = calculated_total_asset_rate
        if estimated_increased_tax_rate is not UNSET and not _in_request:
            field_dict["estimatedIncreasedTaxRate"] = estimated_increased_tax_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GenericDataOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.cash_register_system import CashRegisterSystem  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.multi_unit_building_unit import MultiUnitBuildingUnit  # noqa: PLC0415
        from ..models.type_of_goods import TypeOfGoods  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_generic_data_type(_tx_v: Any) -> GenericDataOverviewGenericDataType | Unset:
            _generic_data_type = _tx_v
            generic_data_type: GenericDataOverviewGenericDataType | Unset
            if isinstance(_generic_data_type, Unset):
                generic_data_type = UNSET
            else:
                generic_data_type = GenericDataOverviewGenericDataType(_generic_data_type)

            return generic_data_type

        def _p_posts(_tx_v: Any) -> list[GenericData] | Unset:
            _posts = _tx_v
            posts: list[GenericData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = GenericData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        def _p_type_of_goods_posts(_tx_v: Any) -> list[TypeOfGoods] | Unset:
            _type_of_goods_posts = _tx_v
            type_of_goods_posts: list[TypeOfGoods] | Unset = UNSET
            if _type_of_goods_posts is not UNSET:
                type_of_goods_posts = []
                for type_of_goods_posts_item_data in _type_of_goods_posts:
                    if type_of_goods_posts_item_data is None:
                        continue
                    type_of_goods_posts_item = TypeOfGoods._tx_from_json(type_of_goods_posts_item_data)

                    type_of_goods_posts.append(type_of_goods_posts_item)

            return type_of_goods_posts

        def _p_multi_unit_building_unit_posts(_tx_v: Any) -> list[MultiUnitBuildingUnit] | Unset:
            _multi_unit_building_unit_posts = _tx_v
            multi_unit_building_unit_posts: list[MultiUnitBuildingUnit] | Unset = UNSET
            if _multi_unit_building_unit_posts is not UNSET:
                multi_unit_building_unit_posts = []
                for multi_unit_building_unit_posts_item_data in _multi_unit_building_unit_posts:
                    if multi_unit_building_unit_posts_item_data is None:
                        continue
                    multi_unit_building_unit_posts_item = MultiUnitBuildingUnit._tx_from_json(
                        multi_unit_building_unit_posts_item_data
                    )

                    multi_unit_building_unit_posts.append(multi_unit_building_unit_posts_item)

            return multi_unit_building_unit_posts

        def _p_cash_register_system_posts(_tx_v: Any) -> list[CashRegisterSystem] | Unset:
            _cash_register_system_posts = _tx_v
            cash_register_system_posts: list[CashRegisterSystem] | Unset = UNSET
            if _cash_register_system_posts is not UNSET:
                cash_register_system_posts = []
                for cash_register_system_posts_item_data in _cash_register_system_posts:
                    if cash_register_system_posts_item_data is None:
                        continue
                    cash_register_system_posts_item = CashRegisterSystem._tx_from_json(
                        cash_register_system_posts_item_data
                    )

                    cash_register_system_posts.append(cash_register_system_posts_item)

            return cash_register_system_posts

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "genericDataType",
                "genericDataTypeGroupId",
                "industryObjectIdentifier",
                "posts",
                "typeOfGoodsPosts",
                "multiUnitBuildingUnitPosts",
                "cashRegisterSystemPosts",
                "calculatedDeduction",
                "expenses",
                "reversedExpenses",
                "showProfitAndLossDetails",
                "annualIncomeRecognitionOrDeductionBasis",
                "annualIncomeRecognition",
                "annualDeduction",
                "sumProfitAndLoss",
                "openingBalanceProfitAndLoss",
                "closingBalanceProfitAndLoss",
                "objectIdentifier",
                "calculatedAssetValue",
                "calculatedTotalAssetValue",
                "calculatedMarketValue",
                "calculatedIncomeValueRental",
                "calculatedAssetValueRental",
                "estimatedIncreasedTaxValue",
                "estimatedDiffTaxValue",
                "valuationDiscount",
                "valuationDiscountAmount",
                "totalAssetValueAfterValuationDiscount",
                "showMunicipalityValidationMessage",
                "calculatedTotalAssetRate",
                "estimatedIncreasedTaxRate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "generic_data_type": ("genericDataType", _p_generic_data_type),
            "generic_data_type_group_id": ("genericDataTypeGroupId", None),
            "industry_object_identifier": ("industryObjectIdentifier", None),
            "posts": ("posts", _p_posts),
            "type_of_goods_posts": ("typeOfGoodsPosts", _p_type_of_goods_posts),
            "multi_unit_building_unit_posts": ("multiUnitBuildingUnitPosts", _p_multi_unit_building_unit_posts),
            "cash_register_system_posts": ("cashRegisterSystemPosts", _p_cash_register_system_posts),
            "calculated_deduction": ("calculatedDeduction", None),
            "expenses": ("expenses", None),
            "reversed_expenses": ("reversedExpenses", None),
            "show_profit_and_loss_details": ("showProfitAndLossDetails", None),
            "annual_income_recognition_or_deduction_basis": ("annualIncomeRecognitionOrDeductionBasis", None),
            "annual_income_recognition": ("annualIncomeRecognition", None),
            "annual_deduction": ("annualDeduction", None),
            "sum_profit_and_loss": ("sumProfitAndLoss", None),
            "opening_balance_profit_and_loss": ("openingBalanceProfitAndLoss", None),
            "closing_balance_profit_and_loss": ("closingBalanceProfitAndLoss", None),
            "object_identifier": ("objectIdentifier", None),
            "calculated_asset_value": ("calculatedAssetValue", None),
            "calculated_total_asset_value": ("calculatedTotalAssetValue", None),
            "calculated_market_value": ("calculatedMarketValue", None),
            "calculated_income_value_rental": ("calculatedIncomeValueRental", None),
            "calculated_asset_value_rental": ("calculatedAssetValueRental", None),
            "estimated_increased_tax_value": ("estimatedIncreasedTaxValue", None),
            "estimated_diff_tax_value": ("estimatedDiffTaxValue", None),
            "valuation_discount": ("valuationDiscount", None),
            "valuation_discount_amount": ("valuationDiscountAmount", None),
            "total_asset_value_after_valuation_discount": ("totalAssetValueAfterValuationDiscount", None),
            "show_municipality_validation_message": ("showMunicipalityValidationMessage", None),
            "calculated_total_asset_rate": ("calculatedTotalAssetRate", None),
            "estimated_increased_tax_rate": ("estimatedIncreasedTaxRate", None),
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
