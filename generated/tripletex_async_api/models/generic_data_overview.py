from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_data_overview_generic_data_type import GenericDataOverviewGenericDataType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.cash_register_system import CashRegisterSystem
    from ..models.generic_data import GenericData
    from ..models.multi_unit_building_unit import MultiUnitBuildingUnit
    from ..models.type_of_goods import TypeOfGoods
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="GenericDataOverview")


@_attrs_define
class GenericDataOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        generic_data_type (GenericDataOverviewGenericDataType | Unset):
        generic_data_type_group_id (int | Unset):
        industry_object_identifier (str | Unset):
        posts (list[GenericData] | Unset):
        type_of_goods_posts (list[TypeOfGoods] | Unset):
        multi_unit_building_unit_posts (list[MultiUnitBuildingUnit] | Unset):
        cash_register_system_posts (list[CashRegisterSystem] | Unset):
        calculated_deduction (float | Unset):
        expenses (float | Unset):
        reversed_expenses (float | Unset):
        show_profit_and_loss_details (bool | Unset):
        annual_income_recognition_or_deduction_basis (float | Unset):
        annual_income_recognition (float | Unset):
        annual_deduction (float | Unset):
        sum_profit_and_loss (float | Unset):
        opening_balance_profit_and_loss (float | Unset):
        closing_balance_profit_and_loss (float | Unset):
        object_identifier (str | Unset):
        calculated_asset_value (float | Unset):
        calculated_total_asset_value (float | Unset):
        calculated_market_value (float | Unset):
        calculated_income_value_rental (float | Unset):
        calculated_asset_value_rental (float | Unset):
        estimated_increased_tax_value (float | Unset):
        estimated_diff_tax_value (float | Unset):
        valuation_discount (float | Unset):
        valuation_discount_amount (float | Unset):
        total_asset_value_after_valuation_discount (float | Unset):
        show_municipality_validation_message (float | Unset):
        calculated_total_asset_rate (float | Unset):
        estimated_increased_tax_rate (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.generic_data_type
        if _v is not UNSET and not _in_request:
            field_dict["genericDataType"] = _v._value_
        _v = self.generic_data_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["genericDataTypeGroupId"] = _v
        _v = self.industry_object_identifier
        if _v is not UNSET and not _in_request:
            field_dict["industryObjectIdentifier"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.type_of_goods_posts
        if _v is not UNSET:
            field_dict["typeOfGoodsPosts"] = [_e.to_dict() for _e in _v]
        _v = self.multi_unit_building_unit_posts
        if _v is not UNSET:
            field_dict["multiUnitBuildingUnitPosts"] = [_e.to_dict() for _e in _v]
        _v = self.cash_register_system_posts
        if _v is not UNSET:
            field_dict["cashRegisterSystemPosts"] = [_e.to_dict() for _e in _v]
        _v = self.calculated_deduction
        if _v is not UNSET and not _in_request:
            field_dict["calculatedDeduction"] = _v
        _v = self.expenses
        if _v is not UNSET and not _in_request:
            field_dict["expenses"] = _v
        _v = self.reversed_expenses
        if _v is not UNSET and not _in_request:
            field_dict["reversedExpenses"] = _v
        _v = self.show_profit_and_loss_details
        if _v is not UNSET and not _in_request:
            field_dict["showProfitAndLossDetails"] = _v
        _v = self.annual_income_recognition_or_deduction_basis
        if _v is not UNSET and not _in_request:
            field_dict["annualIncomeRecognitionOrDeductionBasis"] = _v
        _v = self.annual_income_recognition
        if _v is not UNSET and not _in_request:
            field_dict["annualIncomeRecognition"] = _v
        _v = self.annual_deduction
        if _v is not UNSET and not _in_request:
            field_dict["annualDeduction"] = _v
        _v = self.sum_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["sumProfitAndLoss"] = _v
        _v = self.opening_balance_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceProfitAndLoss"] = _v
        _v = self.closing_balance_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceProfitAndLoss"] = _v
        _v = self.object_identifier
        if _v is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = _v
        _v = self.calculated_asset_value
        if _v is not UNSET and not _in_request:
            field_dict["calculatedAssetValue"] = _v
        _v = self.calculated_total_asset_value
        if _v is not UNSET and not _in_request:
            field_dict["calculatedTotalAssetValue"] = _v
        _v = self.calculated_market_value
        if _v is not UNSET and not _in_request:
            field_dict["calculatedMarketValue"] = _v
        _v = self.calculated_income_value_rental
        if _v is not UNSET and not _in_request:
            field_dict["calculatedIncomeValueRental"] = _v
        _v = self.calculated_asset_value_rental
        if _v is not UNSET and not _in_request:
            field_dict["calculatedAssetValueRental"] = _v
        _v = self.estimated_increased_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["estimatedIncreasedTaxValue"] = _v
        _v = self.estimated_diff_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["estimatedDiffTaxValue"] = _v
        _v = self.valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["valuationDiscount"] = _v
        _v = self.valuation_discount_amount
        if _v is not UNSET and not _in_request:
            field_dict["valuationDiscountAmount"] = _v
        _v = self.total_asset_value_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["totalAssetValueAfterValuationDiscount"] = _v
        _v = self.show_municipality_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["showMunicipalityValidationMessage"] = _v
        _v = self.calculated_total_asset_rate
        if _v is not UNSET and not _in_request:
            field_dict["calculatedTotalAssetRate"] = _v
        _v = self.estimated_increased_tax_rate
        if _v is not UNSET and not _in_request:
            field_dict["estimatedIncreasedTaxRate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GenericDataOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GenericDataOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.cash_register_system import CashRegisterSystem  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.multi_unit_building_unit import MultiUnitBuildingUnit  # noqa: PLC0415
        from ..models.type_of_goods import TypeOfGoods  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(GenericDataOverviewGenericDataType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "genericDataTypeGroupId": "generic_data_type_group_id",
            "industryObjectIdentifier": "industry_object_identifier",
            "calculatedDeduction": "calculated_deduction",
            "expenses": "expenses",
            "reversedExpenses": "reversed_expenses",
            "showProfitAndLossDetails": "show_profit_and_loss_details",
            "annualIncomeRecognitionOrDeductionBasis": "annual_income_recognition_or_deduction_basis",
            "annualIncomeRecognition": "annual_income_recognition",
            "annualDeduction": "annual_deduction",
            "sumProfitAndLoss": "sum_profit_and_loss",
            "openingBalanceProfitAndLoss": "opening_balance_profit_and_loss",
            "closingBalanceProfitAndLoss": "closing_balance_profit_and_loss",
            "objectIdentifier": "object_identifier",
            "calculatedAssetValue": "calculated_asset_value",
            "calculatedTotalAssetValue": "calculated_total_asset_value",
            "calculatedMarketValue": "calculated_market_value",
            "calculatedIncomeValueRental": "calculated_income_value_rental",
            "calculatedAssetValueRental": "calculated_asset_value_rental",
            "estimatedIncreasedTaxValue": "estimated_increased_tax_value",
            "estimatedDiffTaxValue": "estimated_diff_tax_value",
            "valuationDiscount": "valuation_discount",
            "valuationDiscountAmount": "valuation_discount_amount",
            "totalAssetValueAfterValuationDiscount": "total_asset_value_after_valuation_discount",
            "showMunicipalityValidationMessage": "show_municipality_validation_message",
            "calculatedTotalAssetRate": "calculated_total_asset_rate",
            "estimatedIncreasedTaxRate": "estimated_increased_tax_rate",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.generic_data_type = o.generic_data_type_group_id = (
                        o.industry_object_identifier
                    ) = o.posts = o.type_of_goods_posts = o.multi_unit_building_unit_posts = (
                        o.cash_register_system_posts
                    ) = o.calculated_deduction = o.expenses = o.reversed_expenses = o.show_profit_and_loss_details = (
                        o.annual_income_recognition_or_deduction_basis
                    ) = o.annual_income_recognition = o.annual_deduction = o.sum_profit_and_loss = (
                        o.opening_balance_profit_and_loss
                    ) = o.closing_balance_profit_and_loss = o.object_identifier = o.calculated_asset_value = (
                        o.calculated_total_asset_value
                    ) = o.calculated_market_value = o.calculated_income_value_rental = (
                        o.calculated_asset_value_rental
                    ) = o.estimated_increased_tax_value = o.estimated_diff_tax_value = o.valuation_discount = (
                        o.valuation_discount_amount
                    ) = o.total_asset_value_after_valuation_discount = o.show_municipality_validation_message = (
                        o.calculated_total_asset_rate
                    ) = o.estimated_increased_tax_rate = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "genericDataType"
                v = g("genericDataType")
                if v is None:
                    o.generic_data_type = u
                    if "genericDataType" not in d:
                        m += 1
                else:
                    o.generic_data_type = (
                        e_
                        if (e_ := _e_generic_data_type.get(v)) is not None
                        else enum_value(GenericDataOverviewGenericDataType, v)
                    )
                v = g("genericDataTypeGroupId")
                if v is None:
                    o.generic_data_type_group_id = u
                    if "genericDataTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_type_group_id = v
                v = g("industryObjectIdentifier")
                if v is None:
                    o.industry_object_identifier = u
                    if "industryObjectIdentifier" not in d:
                        m += 1
                else:
                    o.industry_object_identifier = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "typeOfGoodsPosts"
                v = g("typeOfGoodsPosts")
                if v is None:
                    o.type_of_goods_posts = u
                    if "typeOfGoodsPosts" not in d:
                        m += 1
                else:
                    o.type_of_goods_posts = (
                        ([TypeOfGoods._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "multiUnitBuildingUnitPosts"
                v = g("multiUnitBuildingUnitPosts")
                if v is None:
                    o.multi_unit_building_unit_posts = u
                    if "multiUnitBuildingUnitPosts" not in d:
                        m += 1
                else:
                    o.multi_unit_building_unit_posts = (
                        ([MultiUnitBuildingUnit._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "cashRegisterSystemPosts"
                v = g("cashRegisterSystemPosts")
                if v is None:
                    o.cash_register_system_posts = u
                    if "cashRegisterSystemPosts" not in d:
                        m += 1
                else:
                    o.cash_register_system_posts = (
                        ([CashRegisterSystem._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("calculatedDeduction")
                if v is None:
                    o.calculated_deduction = u
                    if "calculatedDeduction" not in d:
                        m += 1
                else:
                    o.calculated_deduction = v
                v = g("expenses")
                if v is None:
                    o.expenses = u
                    if "expenses" not in d:
                        m += 1
                else:
                    o.expenses = v
                v = g("reversedExpenses")
                if v is None:
                    o.reversed_expenses = u
                    if "reversedExpenses" not in d:
                        m += 1
                else:
                    o.reversed_expenses = v
                v = g("showProfitAndLossDetails")
                if v is None:
                    o.show_profit_and_loss_details = u
                    if "showProfitAndLossDetails" not in d:
                        m += 1
                else:
                    o.show_profit_and_loss_details = v
                v = g("annualIncomeRecognitionOrDeductionBasis")
                if v is None:
                    o.annual_income_recognition_or_deduction_basis = u
                    if "annualIncomeRecognitionOrDeductionBasis" not in d:
                        m += 1
                else:
                    o.annual_income_recognition_or_deduction_basis = v
                v = g("annualIncomeRecognition")
                if v is None:
                    o.annual_income_recognition = u
                    if "annualIncomeRecognition" not in d:
                        m += 1
                else:
                    o.annual_income_recognition = v
                v = g("annualDeduction")
                if v is None:
                    o.annual_deduction = u
                    if "annualDeduction" not in d:
                        m += 1
                else:
                    o.annual_deduction = v
                v = g("sumProfitAndLoss")
                if v is None:
                    o.sum_profit_and_loss = u
                    if "sumProfitAndLoss" not in d:
                        m += 1
                else:
                    o.sum_profit_and_loss = v
                v = g("openingBalanceProfitAndLoss")
                if v is None:
                    o.opening_balance_profit_and_loss = u
                    if "openingBalanceProfitAndLoss" not in d:
                        m += 1
                else:
                    o.opening_balance_profit_and_loss = v
                v = g("closingBalanceProfitAndLoss")
                if v is None:
                    o.closing_balance_profit_and_loss = u
                    if "closingBalanceProfitAndLoss" not in d:
                        m += 1
                else:
                    o.closing_balance_profit_and_loss = v
                v = g("objectIdentifier")
                if v is None:
                    o.object_identifier = u
                    if "objectIdentifier" not in d:
                        m += 1
                else:
                    o.object_identifier = v
                v = g("calculatedAssetValue")
                if v is None:
                    o.calculated_asset_value = u
                    if "calculatedAssetValue" not in d:
                        m += 1
                else:
                    o.calculated_asset_value = v
                v = g("calculatedTotalAssetValue")
                if v is None:
                    o.calculated_total_asset_value = u
                    if "calculatedTotalAssetValue" not in d:
                        m += 1
                else:
                    o.calculated_total_asset_value = v
                v = g("calculatedMarketValue")
                if v is None:
                    o.calculated_market_value = u
                    if "calculatedMarketValue" not in d:
                        m += 1
                else:
                    o.calculated_market_value = v
                v = g("calculatedIncomeValueRental")
                if v is None:
                    o.calculated_income_value_rental = u
                    if "calculatedIncomeValueRental" not in d:
                        m += 1
                else:
                    o.calculated_income_value_rental = v
                v = g("calculatedAssetValueRental")
                if v is None:
                    o.calculated_asset_value_rental = u
                    if "calculatedAssetValueRental" not in d:
                        m += 1
                else:
                    o.calculated_asset_value_rental = v
                v = g("estimatedIncreasedTaxValue")
                if v is None:
                    o.estimated_increased_tax_value = u
                    if "estimatedIncreasedTaxValue" not in d:
                        m += 1
                else:
                    o.estimated_increased_tax_value = v
                v = g("estimatedDiffTaxValue")
                if v is None:
                    o.estimated_diff_tax_value = u
                    if "estimatedDiffTaxValue" not in d:
                        m += 1
                else:
                    o.estimated_diff_tax_value = v
                v = g("valuationDiscount")
                if v is None:
                    o.valuation_discount = u
                    if "valuationDiscount" not in d:
                        m += 1
                else:
                    o.valuation_discount = v
                v = g("valuationDiscountAmount")
                if v is None:
                    o.valuation_discount_amount = u
                    if "valuationDiscountAmount" not in d:
                        m += 1
                else:
                    o.valuation_discount_amount = v
                v = g("totalAssetValueAfterValuationDiscount")
                if v is None:
                    o.total_asset_value_after_valuation_discount = u
                    if "totalAssetValueAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.total_asset_value_after_valuation_discount = v
                v = g("showMunicipalityValidationMessage")
                if v is None:
                    o.show_municipality_validation_message = u
                    if "showMunicipalityValidationMessage" not in d:
                        m += 1
                else:
                    o.show_municipality_validation_message = v
                v = g("calculatedTotalAssetRate")
                if v is None:
                    o.calculated_total_asset_rate = u
                    if "calculatedTotalAssetRate" not in d:
                        m += 1
                else:
                    o.calculated_total_asset_rate = v
                v = g("estimatedIncreasedTaxRate")
                if v is None:
                    o.estimated_increased_tax_rate = u
                    if "estimatedIncreasedTaxRate" not in d:
                        m += 1
                else:
                    o.estimated_increased_tax_rate = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 33 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_type_group_id", "genericDataTypeGroupId"),
            ("industry_object_identifier", "industryObjectIdentifier"),
            ("posts", "posts"),
            ("type_of_goods_posts", "typeOfGoodsPosts"),
            ("multi_unit_building_unit_posts", "multiUnitBuildingUnitPosts"),
            ("cash_register_system_posts", "cashRegisterSystemPosts"),
            ("calculated_deduction", "calculatedDeduction"),
            ("expenses", "expenses"),
            ("reversed_expenses", "reversedExpenses"),
            ("show_profit_and_loss_details", "showProfitAndLossDetails"),
            ("annual_income_recognition_or_deduction_basis", "annualIncomeRecognitionOrDeductionBasis"),
            ("annual_income_recognition", "annualIncomeRecognition"),
            ("annual_deduction", "annualDeduction"),
            ("sum_profit_and_loss", "sumProfitAndLoss"),
            ("opening_balance_profit_and_loss", "openingBalanceProfitAndLoss"),
            ("closing_balance_profit_and_loss", "closingBalanceProfitAndLoss"),
            ("object_identifier", "objectIdentifier"),
            ("calculated_asset_value", "calculatedAssetValue"),
            ("calculated_total_asset_value", "calculatedTotalAssetValue"),
            ("calculated_market_value", "calculatedMarketValue"),
            ("calculated_income_value_rental", "calculatedIncomeValueRental"),
            ("calculated_asset_value_rental", "calculatedAssetValueRental"),
            ("estimated_increased_tax_value", "estimatedIncreasedTaxValue"),
            ("estimated_diff_tax_value", "estimatedDiffTaxValue"),
            ("valuation_discount", "valuationDiscount"),
            ("valuation_discount_amount", "valuationDiscountAmount"),
            ("total_asset_value_after_valuation_discount", "totalAssetValueAfterValuationDiscount"),
            ("show_municipality_validation_message", "showMunicipalityValidationMessage"),
            ("calculated_total_asset_rate", "calculatedTotalAssetRate"),
            ("estimated_increased_tax_rate", "estimatedIncreasedTaxRate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.generic_data_type
            o.generic_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_type.get(v)) is not None
                else enum_value(GenericDataOverviewGenericDataType, v)
            )
            v = s.generic_data_type_group_id
            o.generic_data_type_group_id = u if v is None else v
            v = s.industry_object_identifier
            o.industry_object_identifier = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.type_of_goods_posts
            o.type_of_goods_posts = (
                u
                if v is None or v is u
                else ([TypeOfGoods._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.multi_unit_building_unit_posts
            o.multi_unit_building_unit_posts = (
                u
                if v is None or v is u
                else ([MultiUnitBuildingUnit._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.cash_register_system_posts
            o.cash_register_system_posts = (
                u
                if v is None or v is u
                else ([CashRegisterSystem._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.calculated_deduction
            o.calculated_deduction = u if v is None else v
            v = s.expenses
            o.expenses = u if v is None else v
            v = s.reversed_expenses
            o.reversed_expenses = u if v is None else v
            v = s.show_profit_and_loss_details
            o.show_profit_and_loss_details = u if v is None else v
            v = s.annual_income_recognition_or_deduction_basis
            o.annual_income_recognition_or_deduction_basis = u if v is None else v
            v = s.annual_income_recognition
            o.annual_income_recognition = u if v is None else v
            v = s.annual_deduction
            o.annual_deduction = u if v is None else v
            v = s.sum_profit_and_loss
            o.sum_profit_and_loss = u if v is None else v
            v = s.opening_balance_profit_and_loss
            o.opening_balance_profit_and_loss = u if v is None else v
            v = s.closing_balance_profit_and_loss
            o.closing_balance_profit_and_loss = u if v is None else v
            v = s.object_identifier
            o.object_identifier = u if v is None else v
            v = s.calculated_asset_value
            o.calculated_asset_value = u if v is None else v
            v = s.calculated_total_asset_value
            o.calculated_total_asset_value = u if v is None else v
            v = s.calculated_market_value
            o.calculated_market_value = u if v is None else v
            v = s.calculated_income_value_rental
            o.calculated_income_value_rental = u if v is None else v
            v = s.calculated_asset_value_rental
            o.calculated_asset_value_rental = u if v is None else v
            v = s.estimated_increased_tax_value
            o.estimated_increased_tax_value = u if v is None else v
            v = s.estimated_diff_tax_value
            o.estimated_diff_tax_value = u if v is None else v
            v = s.valuation_discount
            o.valuation_discount = u if v is None else v
            v = s.valuation_discount_amount
            o.valuation_discount_amount = u if v is None else v
            v = s.total_asset_value_after_valuation_discount
            o.total_asset_value_after_valuation_discount = u if v is None else v
            v = s.show_municipality_validation_message
            o.show_municipality_validation_message = u if v is None else v
            v = s.calculated_total_asset_rate
            o.calculated_total_asset_rate = u if v is None else v
            v = s.estimated_increased_tax_rate
            o.estimated_increased_tax_rate = u if v is None else v
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
