from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tangible_fixed_asset_facility_type import TangibleFixedAssetFacilityType
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

T = TypeVar("T", bound="TangibleFixedAsset")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("facilityType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class TangibleFixedAsset(LazyModel):
    """
    Attributes:
        name (str | Unset): [read-only]
        business_activity_title (str | Unset): [read-only]
        object_identifier (str | Unset): [read-only]
        object_group (str | Unset): [read-only]
        account_number (str | Unset): [read-only]
        account_id (int | Unset): [read-only]
        account_name (str | Unset): [read-only]
        type_ (str | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        opening_balance_tax_value (float | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
        closing_balance_tax_value (float | Unset): [read-only]
        new_acquisitions (float | Unset): [read-only]
        acquisition_cost (float | Unset): [read-only]
        improvements (float | Unset): [read-only]
        public_subsidies (float | Unset): [read-only]
        sales_and_other_realisation (float | Unset): [read-only]
        sales_and_other_realisation_recognition (float | Unset): [read-only]
        subsidies_for_regional_investments (float | Unset): [read-only]
        reversal_of_subsidies_for_regional_investments (float | Unset): [read-only]
        adjustment_of_input_vat (float | Unset): [read-only]
        obvious_change_of_value (float | Unset): [read-only]
        unknown_transaction_type (float | Unset): [read-only]
        depreciation (float | Unset): [read-only]
        writeups_or_writedowns (float | Unset): [read-only]
        depreciation_tax_value (float | Unset): [read-only]
        calculated_depreciation (float | Unset): [read-only]
        accounted_depreciation_percentage (float | Unset): [read-only]
        depreciation_percentage (float | Unset): [read-only]
        depreciation_percentage_tax_value (float | Unset): [read-only]
        depreciation_difference (float | Unset): [read-only]
        income_recognition_of_negative_balance (float | Unset): [read-only]
        straight_line_depreciation (float | Unset): [read-only]
        straight_line_depreciation_tax_value (float | Unset): [read-only]
        basis_for_depreciation_or_income_recognition (float | Unset): [read-only]
        basis_for_depreciation_or_income_recognition_tax_value (float | Unset): [read-only]
        profit_transferred_to_profit_and_loss_account (float | Unset): [read-only]
        loss_transferred_to_profit_and_loss_account (float | Unset): [read-only]
        accounting_value_profit_and_loss (float | Unset): [read-only]
        accounting_related_profit_or_loss (float | Unset): [read-only]
        warning_too_high_percentage (str | Unset): [read-only]
        warning_too_low_percentage (str | Unset): [read-only]
        info_residual_write_off (str | Unset): [read-only]
        info_message_depreciation (str | Unset): [read-only]
        info_message_income_recognition (str | Unset): [read-only]
        info_transfer_balance (str | Unset): [read-only]
        negate (bool | Unset): [read-only]
        lifetime (float | Unset): Additional tax for the project
        acquisition_date (str | Unset):
        realisation_date (str | Unset):
        historical_cost_price (float | Unset): Additional tax for the project
        written_down_value_pr_01011984 (float | Unset): Additional tax for the project
        lower_limit_depreciation (float | Unset): Additional tax for the project
        commercial_building_acquired_before_1984 (bool | Unset): [read-only]
        is_physical_operating_assets_in_balance_sheet (bool | Unset): [read-only]
        facility_type (TangibleFixedAssetFacilityType | Unset): Underlying Documents Used For Assessment
        max_depreciation_percentage (float | Unset): [read-only]
        physical_operating_assets_in_balance_sheet (bool | Unset):
    """

    name: str | Unset = UNSET
    business_activity_title: str | Unset = UNSET
    object_identifier: str | Unset = UNSET
    object_group: str | Unset = UNSET
    account_number: str | Unset = UNSET
    account_id: int | Unset = UNSET
    account_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    opening_balance: float | Unset = UNSET
    opening_balance_tax_value: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    closing_balance_tax_value: float | Unset = UNSET
    new_acquisitions: float | Unset = UNSET
    acquisition_cost: float | Unset = UNSET
    improvements: float | Unset = UNSET
    public_subsidies: float | Unset = UNSET
    sales_and_other_realisation: float | Unset = UNSET
    sales_and_other_realisation_recognition: float | Unset = UNSET
    subsidies_for_regional_investments: float | Unset = UNSET
    reversal_of_subsidies_for_regional_investments: float | Unset = UNSET
    adjustment_of_input_vat: float | Unset = UNSET
    obvious_change_of_value: float | Unset = UNSET
    unknown_transaction_type: float | Unset = UNSET
    depreciation: float | Unset = UNSET
    writeups_or_writedowns: float | Unset = UNSET
    depreciation_tax_value: float | Unset = UNSET
    calculated_depreciation: float | Unset = UNSET
    accounted_depreciation_percentage: float | Unset = UNSET
    depreciation_percentage: float | Unset = UNSET
    depreciation_percentage_tax_value: float | Unset = UNSET
    depreciation_difference: float | Unset = UNSET
    income_recognition_of_negative_balance: float | Unset = UNSET
    straight_line_depreciation: float | Unset = UNSET
    straight_line_depreciation_tax_value: float | Unset = UNSET
    basis_for_depreciation_or_income_recognition: float | Unset = UNSET
    basis_for_depreciation_or_income_recognition_tax_value: float | Unset = UNSET
    profit_transferred_to_profit_and_loss_account: float | Unset = UNSET
    loss_transferred_to_profit_and_loss_account: float | Unset = UNSET
    accounting_value_profit_and_loss: float | Unset = UNSET
    accounting_related_profit_or_loss: float | Unset = UNSET
    warning_too_high_percentage: str | Unset = UNSET
    warning_too_low_percentage: str | Unset = UNSET
    info_residual_write_off: str | Unset = UNSET
    info_message_depreciation: str | Unset = UNSET
    info_message_income_recognition: str | Unset = UNSET
    info_transfer_balance: str | Unset = UNSET
    negate: bool | Unset = UNSET
    lifetime: float | Unset = UNSET
    acquisition_date: str | Unset = UNSET
    realisation_date: str | Unset = UNSET
    historical_cost_price: float | Unset = UNSET
    written_down_value_pr_01011984: float | Unset = UNSET
    lower_limit_depreciation: float | Unset = UNSET
    commercial_building_acquired_before_1984: bool | Unset = UNSET
    is_physical_operating_assets_in_balance_sheet: bool | Unset = UNSET
    facility_type: TangibleFixedAssetFacilityType | Unset = UNSET
    max_depreciation_percentage: float | Unset = UNSET
    physical_operating_assets_in_balance_sheet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        business_activity_title = self.business_activity_title

        object_identifier = self.object_identifier

        object_group = self.object_group

        account_number = self.account_number

        account_id = self.account_id

        account_name = self.account_name

        type_ = self.type_

        opening_balance = self.opening_balance

        opening_balance_tax_value = self.opening_balance_tax_value

        closing_balance = self.closing_balance

        closing_balance_tax_value = self.closing_balance_tax_value

        new_acquisitions = self.new_acquisitions

        acquisition_cost = self.acquisition_cost

        improvements = self.improvements

        public_subsidies = self.public_subsidies

        sales_and_other_realisation = self.sales_and_other_realisation

        sales_and_other_realisation_recognition = self.sales_and_other_realisation_recognition

        subsidies_for_regional_investments = self.subsidies_for_regional_investments

        reversal_of_subsidies_for_regional_investments = self.reversal_of_subsidies_for_regional_investments

        adjustment_of_input_vat = self.adjustment_of_input_vat

        obvious_change_of_value = self.obvious_change_of_value

        unknown_transaction_type = self.unknown_transaction_type

        depreciation = self.depreciation

        writeups_or_writedowns = self.writeups_or_writedowns

        depreciation_tax_value = self.depreciation_tax_value

        calculated_depreciation = self.calculated_depreciation

        accounted_depreciation_percentage = self.accounted_depreciation_percentage

        depreciation_percentage = self.depreciation_percentage

        depreciation_percentage_tax_value = self.depreciation_percentage_tax_value

        depreciation_difference = self.depreciation_difference

        income_recognition_of_negative_balance = self.income_recognition_of_negative_balance

        straight_line_depreciation = self.straight_line_depreciation

        straight_line_depreciation_tax_value = self.straight_line_depreciation_tax_value

        basis_for_depreciation_or_income_recognition = self.basis_for_depreciation_or_income_recognition

        basis_for_depreciation_or_income_recognition_tax_value = (
            self.basis_for_depreciation_or_income_recognition_tax_value
        )

        profit_transferred_to_profit_and_loss_account = self.profit_transferred_to_profit_and_loss_account

        loss_transferred_to_profit_and_loss_account = self.loss_transferred_to_profit_and_loss_account

        accounting_value_profit_and_loss = self.accounting_value_profit_and_loss

        accounting_related_profit_or_loss = self.accounting_related_profit_or_loss

        warning_too_high_percentage = self.warning_too_high_percentage

        warning_too_low_percentage = self.warning_too_low_percentage

        info_residual_write_off = self.info_residual_write_off

        info_message_depreciation = self.info_message_depreciation

        info_message_income_recognition = self.info_message_income_recognition

        info_transfer_balance = self.info_transfer_balance

        negate = self.negate

        lifetime = self.lifetime

        acquisition_date = self.acquisition_date

        realisation_date = self.realisation_date

        historical_cost_price = self.historical_cost_price

        written_down_value_pr_01011984 = self.written_down_value_pr_01011984

        lower_limit_depreciation = self.lower_limit_depreciation

        commercial_building_acquired_before_1984 = self.commercial_building_acquired_before_1984

        is_physical_operating_assets_in_balance_sheet = self.is_physical_operating_assets_in_balance_sheet

        facility_type: str | Unset = UNSET
        if not isinstance(self.facility_type, Unset):
            facility_type = self.facility_type.value

        max_depreciation_percentage = self.max_depreciation_percentage

        physical_operating_assets_in_balance_sheet = self.physical_operating_assets_in_balance_sheet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if business_activity_title is not UNSET and not _in_request:
            field_dict["businessActivityTitle"] = business_activity_title
        if object_identifier is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = object_identifier
        if object_group is not UNSET and not _in_request:
            field_dict["objectGroup"] = object_group
        if account_number is not UNSET and not _in_request:
            field_dict["accountNumber"] = account_number
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if account_name is not UNSET and not _in_request:
            field_dict["accountName"] = account_name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if opening_balance_tax_value is not UNSET and not _in_request:
            field_dict["openingBalanceTaxValue"] = opening_balance_tax_value
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance
        if closing_balance_tax_value is not UNSET and not _in_request:
            field_dict["closingBalanceTaxValue"] = closing_balance_tax_value
        if new_acquisitions is not UNSET and not _in_request:
            field_dict["newAcquisitions"] = new_acquisitions
        if acquisition_cost is not UNSET and not _in_request:
            field_dict["acquisitionCost"] = acquisition_cost
        if improvements is not UNSET and not _in_request:
            field_dict["improvements"] = improvements
        if public_subsidies is not UNSET and not _in_request:
            field_dict["publicSubsidies"] = public_subsidies
        if sales_and_other_realisation is not UNSET and not _in_request:
            field_dict["salesAndOtherRealisation"] = sales_and_other_realisation
        if sales_and_other_realisation_recognition is not UNSET and not _in_request:
            field_dict["salesAndOtherRealisationRecognition"] = sales_and_other_realisation_recognition
        if subsidies_for_regional_investments is not UNSET and not _in_request:
            field_dict["subsidiesForRegionalInvestments"] = subsidies_for_regional_investments
        if reversal_of_subsidies_for_regional_investments is not UNSET and not _in_request:
            field_dict["reversalOfSubsidiesForRegionalInvestments"] = reversal_of_subsidies_for_regional_investments
        if adjustment_of_input_vat is not UNSET and not _in_request:
            field_dict["adjustmentOfInputVat"] = adjustment_of_input_vat
        if obvious_change_of_value is not UNSET and not _in_request:
            field_dict["obviousChangeOfValue"] = obvious_change_of_value
        if unknown_transaction_type is not UNSET and not _in_request:
            field_dict["unknownTransactionType"] = unknown_transaction_type
        if depreciation is not UNSET and not _in_request:
            field_dict["depreciation"] = depreciation
        if writeups_or_writedowns is not UNSET and not _in_request:
            field_dict["writeupsOrWritedowns"] = writeups_or_writedowns
        if depreciation_tax_value is not UNSET and not _in_request:
            field_dict["depreciationTaxValue"] = depreciation_tax_value
        if calculated_depreciation is not UNSET and not _in_request:
            field_dict["calculatedDepreciation"] = calculated_depreciation
        if accounted_depreciation_percentage is not UNSET and not _in_request:
            field_dict["accountedDepreciationPercentage"] = accounted_depreciation_percentage
        if depreciation_percentage is not UNSET and not _in_request:
            field_dict["depreciationPercentage"] = depreciation_percentage
        if depreciation_percentage_tax_value is not UNSET and not _in_request:
            field_dict["depreciationPercentageTaxValue"] = depreciation_percentage_tax_value
        if depreciation_difference is not UNSET and not _in_request:
            field_dict["depreciationDifference"] = depreciation_difference
        if income_recognition_of_negative_balance is not UNSET and not _in_request:
            field_dict["incomeRecognitionOfNegativeBalance"] = income_recognition_of_negative_balance
        if straight_line_depreciation is not UNSET and not _in_request:
            field_dict["straightLineDepreciation"] = straight_line_depreciation
        if straight_line_depreciation_tax_value is not UNSET and not _in_request:
            field_dict["straightLineDepreciationTaxValue"] = straight_line_depreciation_tax_value
        if basis_for_depreciation_or_income_recognition is not UNSET and not _in_request:
            field_dict["basisForDepreciationOrIncomeRecognition"] = basis_for_depreciation_or_income_recognition
        if basis_for_depreciation_or_income_recognition_tax_value is not UNSET and not _in_request:
            field_dict["basisForDepreciationOrIncomeRecognitionTaxValue"] = (
                basis_for_depreciation_or_income_recognition_tax_value
            )
        if profit_transferred_to_profit_and_loss_account is not UNSET and not _in_request:
            field_dict["profitTransferredToProfitAndLossAccount"] = profit_transferred_to_profit_and_loss_account
        if loss_transferred_to_profit_and_loss_account is not UNSET and not _in_request:
            field_dict["lossTransferredToProfitAndLossAccount"] = loss_transferred_to_profit_and_loss_account
        if accounting_value_profit_and_loss is not UNSET and not _in_request:
            field_dict["accountingValueProfitAndLoss"] = accounting_value_profit_and_loss
        if accounting_related_profit_or_loss is not UNSET and not _in_request:
            field_dict["accountingRelatedProfitOrLoss"] = accounting_related_profit_or_loss
        if warning_too_high_percentage is not UNSET and not _in_request:
            field_dict["warningTooHighPercentage"] = warning_too_high_percentage
        if warning_too_low_percentage is not UNSET and not _in_request:
            field_dict["warningTooLowPercentage"] = warning_too_low_percentage
        if info_residual_write_off is not UNSET and not _in_request:
            field_dict["infoResidualWriteOff"] = info_residual_write_off
        if info_message_depreciation is not UNSET and not _in_request:
            field_dict["infoMessageDepreciation"] = info_message_depreciation
        if info_message_income_recognition is not UNSET and not _in_request:
            field_dict["infoMessageIncomeRecognition"] = info_message_income_recognition
        if info_transfer_balance is not UNSET and not _in_request:
            field_dict["infoTransferBalance"] = info_transfer_balance
        if negate is not UNSET and not _in_request:
            field_dict["negate"] = negate
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if acquisition_date is not UNSET:
            field_dict["acquisitionDate"] = acquisition_date
        if realisation_date is not UNSET:
            field_dict["realisationDate"] = realisation_date
        if historical_cost_price is not UNSET:
            field_dict["historicalCostPrice"] = historical_cost_price
        if written_down_value_pr_01011984 is not UNSET:
            field_dict["writtenDownValuePr01011984"] = written_down_value_pr_01011984
        if lower_limit_depreciation is not UNSET:
            field_dict["lowerLimitDepreciation"] = lower_limit_depreciation
        if commercial_building_acquired_before_1984 is not UNSET and not _in_request:
            field_dict["commercialBuildingAcquiredBefore1984"] = commercial_building_acquired_before_1984
        if is_physical_operating_assets_in_balance_sheet is not UNSET and not _in_request:
            field_dict["isPhysicalOperatingAssetsInBalanceSheet"] = is_physical_operating_assets_in_balance_sheet
        if facility_type is not UNSET:
            field_dict["facilityType"] = facility_type
        if max_depreciation_percentage is not UNSET and not _in_request:
            field_dict["maxDepreciationPercentage"] = max_depreciation_percentage
        if physical_operating_assets_in_balance_sheet is not UNSET:
            field_dict["physicalOperatingAssetsInBalanceSheet"] = physical_operating_assets_in_balance_sheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TangibleFixedAsset from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_facility_type(_tx_v: Any) -> TangibleFixedAssetFacilityType | Unset:
            _facility_type = _tx_v
            facility_type: TangibleFixedAssetFacilityType | Unset
            if isinstance(_facility_type, Unset):
                facility_type = UNSET
            else:
                facility_type = TangibleFixedAssetFacilityType(_facility_type)

            return facility_type

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "businessActivityTitle",
                "objectIdentifier",
                "objectGroup",
                "accountNumber",
                "accountId",
                "accountName",
                "type",
                "openingBalance",
                "openingBalanceTaxValue",
                "closingBalance",
                "closingBalanceTaxValue",
                "newAcquisitions",
                "acquisitionCost",
                "improvements",
                "publicSubsidies",
                "salesAndOtherRealisation",
                "salesAndOtherRealisationRecognition",
                "subsidiesForRegionalInvestments",
                "reversalOfSubsidiesForRegionalInvestments",
                "adjustmentOfInputVat",
                "obviousChangeOfValue",
                "unknownTransactionType",
                "depreciation",
                "writeupsOrWritedowns",
                "depreciationTaxValue",
                "calculatedDepreciation",
                "accountedDepreciationPercentage",
                "depreciationPercentage",
                "depreciationPercentageTaxValue",
                "depreciationDifference",
                "incomeRecognitionOfNegativeBalance",
                "straightLineDepreciation",
                "straightLineDepreciationTaxValue",
                "basisForDepreciationOrIncomeRecognition",
                "basisForDepreciationOrIncomeRecognitionTaxValue",
                "profitTransferredToProfitAndLossAccount",
                "lossTransferredToProfitAndLossAccount",
                "accountingValueProfitAndLoss",
                "accountingRelatedProfitOrLoss",
                "warningTooHighPercentage",
                "warningTooLowPercentage",
                "infoResidualWriteOff",
                "infoMessageDepreciation",
                "infoMessageIncomeRecognition",
                "infoTransferBalance",
                "negate",
                "lifetime",
                "acquisitionDate",
                "realisationDate",
                "historicalCostPrice",
                "writtenDownValuePr01011984",
                "lowerLimitDepreciation",
                "commercialBuildingAcquiredBefore1984",
                "isPhysicalOperatingAssetsInBalanceSheet",
                "facilityType",
                "maxDepreciationPercentage",
                "physicalOperatingAssetsInBalanceSheet",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "business_activity_title": ("businessActivityTitle", None),
            "object_identifier": ("objectIdentifier", None),
            "object_group": ("objectGroup", None),
            "account_number": ("accountNumber", None),
            "account_id": ("accountId", None),
            "account_name": ("accountName", None),
            "type_": ("type", None),
            "opening_balance": ("openingBalance", None),
            "opening_balance_tax_value": ("openingBalanceTaxValue", None),
            "closing_balance": ("closingBalance", None),
            "closing_balance_tax_value": ("closingBalanceTaxValue", None),
            "new_acquisitions": ("newAcquisitions", None),
            "acquisition_cost": ("acquisitionCost", None),
            "improvements": ("improvements", None),
            "public_subsidies": ("publicSubsidies", None),
            "sales_and_other_realisation": ("salesAndOtherRealisation", None),
            "sales_and_other_realisation_recognition": ("salesAndOtherRealisationRecognition", None),
            "subsidies_for_regional_investments": ("subsidiesForRegionalInvestments", None),
            "reversal_of_subsidies_for_regional_investments": ("reversalOfSubsidiesForRegionalInvestments", None),
            "adjustment_of_input_vat": ("adjustmentOfInputVat", None),
            "obvious_change_of_value": ("obviousChangeOfValue", None),
            "unknown_transaction_type": ("unknownTransactionType", None),
            "depreciation": ("depreciation", None),
            "writeups_or_writedowns": ("writeupsOrWritedowns", None),
            "depreciation_tax_value": ("depreciationTaxValue", None),
            "calculated_depreciation": ("calculatedDepreciation", None),
            "accounted_depreciation_percentage": ("accountedDepreciationPercentage", None),
            "depreciation_percentage": ("depreciationPercentage", None),
            "depreciation_percentage_tax_value": ("depreciationPercentageTaxValue", None),
            "depreciation_difference": ("depreciationDifference", None),
            "income_recognition_of_negative_balance": ("incomeRecognitionOfNegativeBalance", None),
            "straight_line_depreciation": ("straightLineDepreciation", None),
            "straight_line_depreciation_tax_value": ("straightLineDepreciationTaxValue", None),
            "basis_for_depreciation_or_income_recognition": ("basisForDepreciationOrIncomeRecognition", None),
            "basis_for_depreciation_or_income_recognition_tax_value": (
                "basisForDepreciationOrIncomeRecognitionTaxValue",
                None,
            ),
            "profit_transferred_to_profit_and_loss_account": ("profitTransferredToProfitAndLossAccount", None),
            "loss_transferred_to_profit_and_loss_account": ("lossTransferredToProfitAndLossAccount", None),
            "accounting_value_profit_and_loss": ("accountingValueProfitAndLoss", None),
            "accounting_related_profit_or_loss": ("accountingRelatedProfitOrLoss", None),
            "warning_too_high_percentage": ("warningTooHighPercentage", None),
            "warning_too_low_percentage": ("warningTooLowPercentage", None),
            "info_residual_write_off": ("infoResidualWriteOff", None),
            "info_message_depreciation": ("infoMessageDepreciation", None),
            "info_message_income_recognition": ("infoMessageIncomeRecognition", None),
            "info_transfer_balance": ("infoTransferBalance", None),
            "negate": ("negate", None),
            "lifetime": ("lifetime", None),
            "acquisition_date": ("acquisitionDate", None),
            "realisation_date": ("realisationDate", None),
            "historical_cost_price": ("historicalCostPrice", None),
            "written_down_value_pr_01011984": ("writtenDownValuePr01011984", None),
            "lower_limit_depreciation": ("lowerLimitDepreciation", None),
            "commercial_building_acquired_before_1984": ("commercialBuildingAcquiredBefore1984", None),
            "is_physical_operating_assets_in_balance_sheet": ("isPhysicalOperatingAssetsInBalanceSheet", None),
            "facility_type": ("facilityType", _p_facility_type),
            "max_depreciation_percentage": ("maxDepreciationPercentage", None),
            "physical_operating_assets_in_balance_sheet": ("physicalOperatingAssetsInBalanceSheet", None),
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
