from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tangible_fixed_asset_facility_type import TangibleFixedAssetFacilityType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TangibleFixedAsset")


@_attrs_define
class TangibleFixedAsset(Model):
    """
    Attributes:
        name (str | Unset):
        business_activity_title (str | Unset):
        object_identifier (str | Unset):
        object_group (str | Unset):
        account_number (str | Unset):
        account_id (int | Unset):
        account_name (str | Unset):
        type_ (str | Unset):
        opening_balance (float | Unset):
        opening_balance_tax_value (float | Unset):
        closing_balance (float | Unset):
        closing_balance_tax_value (float | Unset):
        new_acquisitions (float | Unset):
        acquisition_cost (float | Unset):
        improvements (float | Unset):
        public_subsidies (float | Unset):
        sales_and_other_realisation (float | Unset):
        sales_and_other_realisation_recognition (float | Unset):
        subsidies_for_regional_investments (float | Unset):
        reversal_of_subsidies_for_regional_investments (float | Unset):
        adjustment_of_input_vat (float | Unset):
        obvious_change_of_value (float | Unset):
        unknown_transaction_type (float | Unset):
        depreciation (float | Unset):
        writeups_or_writedowns (float | Unset):
        depreciation_tax_value (float | Unset):
        calculated_depreciation (float | Unset):
        accounted_depreciation_percentage (float | Unset):
        depreciation_percentage (float | Unset):
        depreciation_percentage_tax_value (float | Unset):
        depreciation_difference (float | Unset):
        income_recognition_of_negative_balance (float | Unset):
        straight_line_depreciation (float | Unset):
        straight_line_depreciation_tax_value (float | Unset):
        basis_for_depreciation_or_income_recognition (float | Unset):
        basis_for_depreciation_or_income_recognition_tax_value (float | Unset):
        profit_transferred_to_profit_and_loss_account (float | Unset):
        loss_transferred_to_profit_and_loss_account (float | Unset):
        accounting_value_profit_and_loss (float | Unset):
        accounting_related_profit_or_loss (float | Unset):
        warning_too_high_percentage (str | Unset):
        warning_too_low_percentage (str | Unset):
        info_residual_write_off (str | Unset):
        info_message_depreciation (str | Unset):
        info_message_income_recognition (str | Unset):
        info_transfer_balance (str | Unset):
        negate (bool | Unset):
        lifetime (float | Unset): Additional tax for the project
        acquisition_date (str | Unset):
        realisation_date (str | Unset):
        historical_cost_price (float | Unset): Additional tax for the project
        written_down_value_pr_01011984 (float | Unset): Additional tax for the project
        lower_limit_depreciation (float | Unset): Additional tax for the project
        commercial_building_acquired_before_1984 (bool | Unset):
        is_physical_operating_assets_in_balance_sheet (bool | Unset):
        facility_type (TangibleFixedAssetFacilityType | Unset): Underlying Documents Used For Assessment
        max_depreciation_percentage (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.business_activity_title
        if _v is not UNSET and not _in_request:
            field_dict["businessActivityTitle"] = _v
        _v = self.object_identifier
        if _v is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = _v
        _v = self.object_group
        if _v is not UNSET and not _in_request:
            field_dict["objectGroup"] = _v
        _v = self.account_number
        if _v is not UNSET and not _in_request:
            field_dict["accountNumber"] = _v
        _v = self.account_id
        if _v is not UNSET and not _in_request:
            field_dict["accountId"] = _v
        _v = self.account_name
        if _v is not UNSET and not _in_request:
            field_dict["accountName"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.opening_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceTaxValue"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.closing_balance_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceTaxValue"] = _v
        _v = self.new_acquisitions
        if _v is not UNSET and not _in_request:
            field_dict["newAcquisitions"] = _v
        _v = self.acquisition_cost
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionCost"] = _v
        _v = self.improvements
        if _v is not UNSET and not _in_request:
            field_dict["improvements"] = _v
        _v = self.public_subsidies
        if _v is not UNSET and not _in_request:
            field_dict["publicSubsidies"] = _v
        _v = self.sales_and_other_realisation
        if _v is not UNSET and not _in_request:
            field_dict["salesAndOtherRealisation"] = _v
        _v = self.sales_and_other_realisation_recognition
        if _v is not UNSET and not _in_request:
            field_dict["salesAndOtherRealisationRecognition"] = _v
        _v = self.subsidies_for_regional_investments
        if _v is not UNSET and not _in_request:
            field_dict["subsidiesForRegionalInvestments"] = _v
        _v = self.reversal_of_subsidies_for_regional_investments
        if _v is not UNSET and not _in_request:
            field_dict["reversalOfSubsidiesForRegionalInvestments"] = _v
        _v = self.adjustment_of_input_vat
        if _v is not UNSET and not _in_request:
            field_dict["adjustmentOfInputVat"] = _v
        _v = self.obvious_change_of_value
        if _v is not UNSET and not _in_request:
            field_dict["obviousChangeOfValue"] = _v
        _v = self.unknown_transaction_type
        if _v is not UNSET and not _in_request:
            field_dict["unknownTransactionType"] = _v
        _v = self.depreciation
        if _v is not UNSET and not _in_request:
            field_dict["depreciation"] = _v
        _v = self.writeups_or_writedowns
        if _v is not UNSET and not _in_request:
            field_dict["writeupsOrWritedowns"] = _v
        _v = self.depreciation_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["depreciationTaxValue"] = _v
        _v = self.calculated_depreciation
        if _v is not UNSET and not _in_request:
            field_dict["calculatedDepreciation"] = _v
        _v = self.accounted_depreciation_percentage
        if _v is not UNSET and not _in_request:
            field_dict["accountedDepreciationPercentage"] = _v
        _v = self.depreciation_percentage
        if _v is not UNSET and not _in_request:
            field_dict["depreciationPercentage"] = _v
        _v = self.depreciation_percentage_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["depreciationPercentageTaxValue"] = _v
        _v = self.depreciation_difference
        if _v is not UNSET and not _in_request:
            field_dict["depreciationDifference"] = _v
        _v = self.income_recognition_of_negative_balance
        if _v is not UNSET and not _in_request:
            field_dict["incomeRecognitionOfNegativeBalance"] = _v
        _v = self.straight_line_depreciation
        if _v is not UNSET and not _in_request:
            field_dict["straightLineDepreciation"] = _v
        _v = self.straight_line_depreciation_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["straightLineDepreciationTaxValue"] = _v
        _v = self.basis_for_depreciation_or_income_recognition
        if _v is not UNSET and not _in_request:
            field_dict["basisForDepreciationOrIncomeRecognition"] = _v
        _v = self.basis_for_depreciation_or_income_recognition_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["basisForDepreciationOrIncomeRecognitionTaxValue"] = _v
        _v = self.profit_transferred_to_profit_and_loss_account
        if _v is not UNSET and not _in_request:
            field_dict["profitTransferredToProfitAndLossAccount"] = _v
        _v = self.loss_transferred_to_profit_and_loss_account
        if _v is not UNSET and not _in_request:
            field_dict["lossTransferredToProfitAndLossAccount"] = _v
        _v = self.accounting_value_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["accountingValueProfitAndLoss"] = _v
        _v = self.accounting_related_profit_or_loss
        if _v is not UNSET and not _in_request:
            field_dict["accountingRelatedProfitOrLoss"] = _v
        _v = self.warning_too_high_percentage
        if _v is not UNSET and not _in_request:
            field_dict["warningTooHighPercentage"] = _v
        _v = self.warning_too_low_percentage
        if _v is not UNSET and not _in_request:
            field_dict["warningTooLowPercentage"] = _v
        _v = self.info_residual_write_off
        if _v is not UNSET and not _in_request:
            field_dict["infoResidualWriteOff"] = _v
        _v = self.info_message_depreciation
        if _v is not UNSET and not _in_request:
            field_dict["infoMessageDepreciation"] = _v
        _v = self.info_message_income_recognition
        if _v is not UNSET and not _in_request:
            field_dict["infoMessageIncomeRecognition"] = _v
        _v = self.info_transfer_balance
        if _v is not UNSET and not _in_request:
            field_dict["infoTransferBalance"] = _v
        _v = self.negate
        if _v is not UNSET and not _in_request:
            field_dict["negate"] = _v
        _v = self.lifetime
        if _v is not UNSET:
            field_dict["lifetime"] = _v
        _v = self.acquisition_date
        if _v is not UNSET:
            field_dict["acquisitionDate"] = _v
        _v = self.realisation_date
        if _v is not UNSET:
            field_dict["realisationDate"] = _v
        _v = self.historical_cost_price
        if _v is not UNSET:
            field_dict["historicalCostPrice"] = _v
        _v = self.written_down_value_pr_01011984
        if _v is not UNSET:
            field_dict["writtenDownValuePr01011984"] = _v
        _v = self.lower_limit_depreciation
        if _v is not UNSET:
            field_dict["lowerLimitDepreciation"] = _v
        _v = self.commercial_building_acquired_before_1984
        if _v is not UNSET and not _in_request:
            field_dict["commercialBuildingAcquiredBefore1984"] = _v
        _v = self.is_physical_operating_assets_in_balance_sheet
        if _v is not UNSET and not _in_request:
            field_dict["isPhysicalOperatingAssetsInBalanceSheet"] = _v
        _v = self.facility_type
        if _v is not UNSET:
            field_dict["facilityType"] = _v._value_
        _v = self.max_depreciation_percentage
        if _v is not UNSET and not _in_request:
            field_dict["maxDepreciationPercentage"] = _v
        _v = self.physical_operating_assets_in_balance_sheet
        if _v is not UNSET:
            field_dict["physicalOperatingAssetsInBalanceSheet"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TangibleFixedAsset from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TangibleFixedAsset.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_facility_type: dict[Any, Any] = enum_members(TangibleFixedAssetFacilityType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "businessActivityTitle": "business_activity_title",
            "objectIdentifier": "object_identifier",
            "objectGroup": "object_group",
            "accountNumber": "account_number",
            "accountId": "account_id",
            "accountName": "account_name",
            "type": "type_",
            "openingBalance": "opening_balance",
            "openingBalanceTaxValue": "opening_balance_tax_value",
            "closingBalance": "closing_balance",
            "closingBalanceTaxValue": "closing_balance_tax_value",
            "newAcquisitions": "new_acquisitions",
            "acquisitionCost": "acquisition_cost",
            "improvements": "improvements",
            "publicSubsidies": "public_subsidies",
            "salesAndOtherRealisation": "sales_and_other_realisation",
            "salesAndOtherRealisationRecognition": "sales_and_other_realisation_recognition",
            "subsidiesForRegionalInvestments": "subsidies_for_regional_investments",
            "reversalOfSubsidiesForRegionalInvestments": "reversal_of_subsidies_for_regional_investments",
            "adjustmentOfInputVat": "adjustment_of_input_vat",
            "obviousChangeOfValue": "obvious_change_of_value",
            "unknownTransactionType": "unknown_transaction_type",
            "depreciation": "depreciation",
            "writeupsOrWritedowns": "writeups_or_writedowns",
            "depreciationTaxValue": "depreciation_tax_value",
            "calculatedDepreciation": "calculated_depreciation",
            "accountedDepreciationPercentage": "accounted_depreciation_percentage",
            "depreciationPercentage": "depreciation_percentage",
            "depreciationPercentageTaxValue": "depreciation_percentage_tax_value",
            "depreciationDifference": "depreciation_difference",
            "incomeRecognitionOfNegativeBalance": "income_recognition_of_negative_balance",
            "straightLineDepreciation": "straight_line_depreciation",
            "straightLineDepreciationTaxValue": "straight_line_depreciation_tax_value",
            "basisForDepreciationOrIncomeRecognition": "basis_for_depreciation_or_income_recognition",
            "basisForDepreciationOrIncomeRecognitionTaxValue": "basis_for_depreciation_or_income_recognition_tax_value",
            "profitTransferredToProfitAndLossAccount": "profit_transferred_to_profit_and_loss_account",
            "lossTransferredToProfitAndLossAccount": "loss_transferred_to_profit_and_loss_account",
            "accountingValueProfitAndLoss": "accounting_value_profit_and_loss",
            "accountingRelatedProfitOrLoss": "accounting_related_profit_or_loss",
            "warningTooHighPercentage": "warning_too_high_percentage",
            "warningTooLowPercentage": "warning_too_low_percentage",
            "infoResidualWriteOff": "info_residual_write_off",
            "infoMessageDepreciation": "info_message_depreciation",
            "infoMessageIncomeRecognition": "info_message_income_recognition",
            "infoTransferBalance": "info_transfer_balance",
            "negate": "negate",
            "lifetime": "lifetime",
            "acquisitionDate": "acquisition_date",
            "realisationDate": "realisation_date",
            "historicalCostPrice": "historical_cost_price",
            "writtenDownValuePr01011984": "written_down_value_pr_01011984",
            "lowerLimitDepreciation": "lower_limit_depreciation",
            "commercialBuildingAcquiredBefore1984": "commercial_building_acquired_before_1984",
            "isPhysicalOperatingAssetsInBalanceSheet": "is_physical_operating_assets_in_balance_sheet",
            "maxDepreciationPercentage": "max_depreciation_percentage",
            "physicalOperatingAssetsInBalanceSheet": "physical_operating_assets_in_balance_sheet",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 19 and _sparse_keys.issuperset(d):
                    o.name = o.business_activity_title = o.object_identifier = o.object_group = o.account_number = (
                        o.account_id
                    ) = o.account_name = o.type_ = o.opening_balance = o.opening_balance_tax_value = (
                        o.closing_balance
                    ) = o.closing_balance_tax_value = o.new_acquisitions = o.acquisition_cost = o.improvements = (
                        o.public_subsidies
                    ) = o.sales_and_other_realisation = o.sales_and_other_realisation_recognition = (
                        o.subsidies_for_regional_investments
                    ) = o.reversal_of_subsidies_for_regional_investments = o.adjustment_of_input_vat = (
                        o.obvious_change_of_value
                    ) = o.unknown_transaction_type = o.depreciation = o.writeups_or_writedowns = (
                        o.depreciation_tax_value
                    ) = o.calculated_depreciation = o.accounted_depreciation_percentage = o.depreciation_percentage = (
                        o.depreciation_percentage_tax_value
                    ) = o.depreciation_difference = o.income_recognition_of_negative_balance = (
                        o.straight_line_depreciation
                    ) = o.straight_line_depreciation_tax_value = o.basis_for_depreciation_or_income_recognition = (
                        o.basis_for_depreciation_or_income_recognition_tax_value
                    ) = o.profit_transferred_to_profit_and_loss_account = (
                        o.loss_transferred_to_profit_and_loss_account
                    ) = o.accounting_value_profit_and_loss = o.accounting_related_profit_or_loss = (
                        o.warning_too_high_percentage
                    ) = o.warning_too_low_percentage = o.info_residual_write_off = o.info_message_depreciation = (
                        o.info_message_income_recognition
                    ) = o.info_transfer_balance = o.negate = o.lifetime = o.acquisition_date = o.realisation_date = (
                        o.historical_cost_price
                    ) = o.written_down_value_pr_01011984 = o.lower_limit_depreciation = (
                        o.commercial_building_acquired_before_1984
                    ) = o.is_physical_operating_assets_in_balance_sheet = o.facility_type = (
                        o.max_depreciation_percentage
                    ) = o.physical_operating_assets_in_balance_sheet = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("businessActivityTitle")
                if v is None:
                    o.business_activity_title = u
                    if "businessActivityTitle" not in d:
                        m += 1
                else:
                    o.business_activity_title = v
                v = g("objectIdentifier")
                if v is None:
                    o.object_identifier = u
                    if "objectIdentifier" not in d:
                        m += 1
                else:
                    o.object_identifier = v
                v = g("objectGroup")
                if v is None:
                    o.object_group = u
                    if "objectGroup" not in d:
                        m += 1
                else:
                    o.object_group = v
                v = g("accountNumber")
                if v is None:
                    o.account_number = u
                    if "accountNumber" not in d:
                        m += 1
                else:
                    o.account_number = v
                v = g("accountId")
                if v is None:
                    o.account_id = u
                    if "accountId" not in d:
                        m += 1
                else:
                    o.account_id = v
                v = g("accountName")
                if v is None:
                    o.account_name = u
                    if "accountName" not in d:
                        m += 1
                else:
                    o.account_name = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("openingBalanceTaxValue")
                if v is None:
                    o.opening_balance_tax_value = u
                    if "openingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.opening_balance_tax_value = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("closingBalanceTaxValue")
                if v is None:
                    o.closing_balance_tax_value = u
                    if "closingBalanceTaxValue" not in d:
                        m += 1
                else:
                    o.closing_balance_tax_value = v
                v = g("newAcquisitions")
                if v is None:
                    o.new_acquisitions = u
                    if "newAcquisitions" not in d:
                        m += 1
                else:
                    o.new_acquisitions = v
                v = g("acquisitionCost")
                if v is None:
                    o.acquisition_cost = u
                    if "acquisitionCost" not in d:
                        m += 1
                else:
                    o.acquisition_cost = v
                v = g("improvements")
                if v is None:
                    o.improvements = u
                    if "improvements" not in d:
                        m += 1
                else:
                    o.improvements = v
                v = g("publicSubsidies")
                if v is None:
                    o.public_subsidies = u
                    if "publicSubsidies" not in d:
                        m += 1
                else:
                    o.public_subsidies = v
                v = g("salesAndOtherRealisation")
                if v is None:
                    o.sales_and_other_realisation = u
                    if "salesAndOtherRealisation" not in d:
                        m += 1
                else:
                    o.sales_and_other_realisation = v
                v = g("salesAndOtherRealisationRecognition")
                if v is None:
                    o.sales_and_other_realisation_recognition = u
                    if "salesAndOtherRealisationRecognition" not in d:
                        m += 1
                else:
                    o.sales_and_other_realisation_recognition = v
                v = g("subsidiesForRegionalInvestments")
                if v is None:
                    o.subsidies_for_regional_investments = u
                    if "subsidiesForRegionalInvestments" not in d:
                        m += 1
                else:
                    o.subsidies_for_regional_investments = v
                v = g("reversalOfSubsidiesForRegionalInvestments")
                if v is None:
                    o.reversal_of_subsidies_for_regional_investments = u
                    if "reversalOfSubsidiesForRegionalInvestments" not in d:
                        m += 1
                else:
                    o.reversal_of_subsidies_for_regional_investments = v
                v = g("adjustmentOfInputVat")
                if v is None:
                    o.adjustment_of_input_vat = u
                    if "adjustmentOfInputVat" not in d:
                        m += 1
                else:
                    o.adjustment_of_input_vat = v
                v = g("obviousChangeOfValue")
                if v is None:
                    o.obvious_change_of_value = u
                    if "obviousChangeOfValue" not in d:
                        m += 1
                else:
                    o.obvious_change_of_value = v
                v = g("unknownTransactionType")
                if v is None:
                    o.unknown_transaction_type = u
                    if "unknownTransactionType" not in d:
                        m += 1
                else:
                    o.unknown_transaction_type = v
                v = g("depreciation")
                if v is None:
                    o.depreciation = u
                    if "depreciation" not in d:
                        m += 1
                else:
                    o.depreciation = v
                v = g("writeupsOrWritedowns")
                if v is None:
                    o.writeups_or_writedowns = u
                    if "writeupsOrWritedowns" not in d:
                        m += 1
                else:
                    o.writeups_or_writedowns = v
                v = g("depreciationTaxValue")
                if v is None:
                    o.depreciation_tax_value = u
                    if "depreciationTaxValue" not in d:
                        m += 1
                else:
                    o.depreciation_tax_value = v
                v = g("calculatedDepreciation")
                if v is None:
                    o.calculated_depreciation = u
                    if "calculatedDepreciation" not in d:
                        m += 1
                else:
                    o.calculated_depreciation = v
                v = g("accountedDepreciationPercentage")
                if v is None:
                    o.accounted_depreciation_percentage = u
                    if "accountedDepreciationPercentage" not in d:
                        m += 1
                else:
                    o.accounted_depreciation_percentage = v
                v = g("depreciationPercentage")
                if v is None:
                    o.depreciation_percentage = u
                    if "depreciationPercentage" not in d:
                        m += 1
                else:
                    o.depreciation_percentage = v
                v = g("depreciationPercentageTaxValue")
                if v is None:
                    o.depreciation_percentage_tax_value = u
                    if "depreciationPercentageTaxValue" not in d:
                        m += 1
                else:
                    o.depreciation_percentage_tax_value = v
                v = g("depreciationDifference")
                if v is None:
                    o.depreciation_difference = u
                    if "depreciationDifference" not in d:
                        m += 1
                else:
                    o.depreciation_difference = v
                v = g("incomeRecognitionOfNegativeBalance")
                if v is None:
                    o.income_recognition_of_negative_balance = u
                    if "incomeRecognitionOfNegativeBalance" not in d:
                        m += 1
                else:
                    o.income_recognition_of_negative_balance = v
                v = g("straightLineDepreciation")
                if v is None:
                    o.straight_line_depreciation = u
                    if "straightLineDepreciation" not in d:
                        m += 1
                else:
                    o.straight_line_depreciation = v
                v = g("straightLineDepreciationTaxValue")
                if v is None:
                    o.straight_line_depreciation_tax_value = u
                    if "straightLineDepreciationTaxValue" not in d:
                        m += 1
                else:
                    o.straight_line_depreciation_tax_value = v
                v = g("basisForDepreciationOrIncomeRecognition")
                if v is None:
                    o.basis_for_depreciation_or_income_recognition = u
                    if "basisForDepreciationOrIncomeRecognition" not in d:
                        m += 1
                else:
                    o.basis_for_depreciation_or_income_recognition = v
                v = g("basisForDepreciationOrIncomeRecognitionTaxValue")
                if v is None:
                    o.basis_for_depreciation_or_income_recognition_tax_value = u
                    if "basisForDepreciationOrIncomeRecognitionTaxValue" not in d:
                        m += 1
                else:
                    o.basis_for_depreciation_or_income_recognition_tax_value = v
                v = g("profitTransferredToProfitAndLossAccount")
                if v is None:
                    o.profit_transferred_to_profit_and_loss_account = u
                    if "profitTransferredToProfitAndLossAccount" not in d:
                        m += 1
                else:
                    o.profit_transferred_to_profit_and_loss_account = v
                v = g("lossTransferredToProfitAndLossAccount")
                if v is None:
                    o.loss_transferred_to_profit_and_loss_account = u
                    if "lossTransferredToProfitAndLossAccount" not in d:
                        m += 1
                else:
                    o.loss_transferred_to_profit_and_loss_account = v
                v = g("accountingValueProfitAndLoss")
                if v is None:
                    o.accounting_value_profit_and_loss = u
                    if "accountingValueProfitAndLoss" not in d:
                        m += 1
                else:
                    o.accounting_value_profit_and_loss = v
                v = g("accountingRelatedProfitOrLoss")
                if v is None:
                    o.accounting_related_profit_or_loss = u
                    if "accountingRelatedProfitOrLoss" not in d:
                        m += 1
                else:
                    o.accounting_related_profit_or_loss = v
                v = g("warningTooHighPercentage")
                if v is None:
                    o.warning_too_high_percentage = u
                    if "warningTooHighPercentage" not in d:
                        m += 1
                else:
                    o.warning_too_high_percentage = v
                v = g("warningTooLowPercentage")
                if v is None:
                    o.warning_too_low_percentage = u
                    if "warningTooLowPercentage" not in d:
                        m += 1
                else:
                    o.warning_too_low_percentage = v
                v = g("infoResidualWriteOff")
                if v is None:
                    o.info_residual_write_off = u
                    if "infoResidualWriteOff" not in d:
                        m += 1
                else:
                    o.info_residual_write_off = v
                v = g("infoMessageDepreciation")
                if v is None:
                    o.info_message_depreciation = u
                    if "infoMessageDepreciation" not in d:
                        m += 1
                else:
                    o.info_message_depreciation = v
                v = g("infoMessageIncomeRecognition")
                if v is None:
                    o.info_message_income_recognition = u
                    if "infoMessageIncomeRecognition" not in d:
                        m += 1
                else:
                    o.info_message_income_recognition = v
                v = g("infoTransferBalance")
                if v is None:
                    o.info_transfer_balance = u
                    if "infoTransferBalance" not in d:
                        m += 1
                else:
                    o.info_transfer_balance = v
                v = g("negate")
                if v is None:
                    o.negate = u
                    if "negate" not in d:
                        m += 1
                else:
                    o.negate = v
                v = g("lifetime")
                if v is None:
                    o.lifetime = u
                    if "lifetime" not in d:
                        m += 1
                else:
                    o.lifetime = v
                v = g("acquisitionDate")
                if v is None:
                    o.acquisition_date = u
                    if "acquisitionDate" not in d:
                        m += 1
                else:
                    o.acquisition_date = v
                v = g("realisationDate")
                if v is None:
                    o.realisation_date = u
                    if "realisationDate" not in d:
                        m += 1
                else:
                    o.realisation_date = v
                v = g("historicalCostPrice")
                if v is None:
                    o.historical_cost_price = u
                    if "historicalCostPrice" not in d:
                        m += 1
                else:
                    o.historical_cost_price = v
                v = g("writtenDownValuePr01011984")
                if v is None:
                    o.written_down_value_pr_01011984 = u
                    if "writtenDownValuePr01011984" not in d:
                        m += 1
                else:
                    o.written_down_value_pr_01011984 = v
                v = g("lowerLimitDepreciation")
                if v is None:
                    o.lower_limit_depreciation = u
                    if "lowerLimitDepreciation" not in d:
                        m += 1
                else:
                    o.lower_limit_depreciation = v
                v = g("commercialBuildingAcquiredBefore1984")
                if v is None:
                    o.commercial_building_acquired_before_1984 = u
                    if "commercialBuildingAcquiredBefore1984" not in d:
                        m += 1
                else:
                    o.commercial_building_acquired_before_1984 = v
                v = g("isPhysicalOperatingAssetsInBalanceSheet")
                if v is None:
                    o.is_physical_operating_assets_in_balance_sheet = u
                    if "isPhysicalOperatingAssetsInBalanceSheet" not in d:
                        m += 1
                else:
                    o.is_physical_operating_assets_in_balance_sheet = v
                k = "facilityType"
                v = g("facilityType")
                if v is None:
                    o.facility_type = u
                    if "facilityType" not in d:
                        m += 1
                else:
                    o.facility_type = (
                        e_
                        if (e_ := _e_facility_type.get(v)) is not None
                        else enum_value(TangibleFixedAssetFacilityType, v)
                    )
                v = g("maxDepreciationPercentage")
                if v is None:
                    o.max_depreciation_percentage = u
                    if "maxDepreciationPercentage" not in d:
                        m += 1
                else:
                    o.max_depreciation_percentage = v
                v = g("physicalOperatingAssetsInBalanceSheet")
                if v is None:
                    o.physical_operating_assets_in_balance_sheet = u
                    if "physicalOperatingAssetsInBalanceSheet" not in d:
                        m += 1
                else:
                    o.physical_operating_assets_in_balance_sheet = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 58 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("business_activity_title", "businessActivityTitle"),
            ("object_identifier", "objectIdentifier"),
            ("object_group", "objectGroup"),
            ("account_number", "accountNumber"),
            ("account_id", "accountId"),
            ("account_name", "accountName"),
            ("type_", "type"),
            ("opening_balance", "openingBalance"),
            ("opening_balance_tax_value", "openingBalanceTaxValue"),
            ("closing_balance", "closingBalance"),
            ("closing_balance_tax_value", "closingBalanceTaxValue"),
            ("new_acquisitions", "newAcquisitions"),
            ("acquisition_cost", "acquisitionCost"),
            ("improvements", "improvements"),
            ("public_subsidies", "publicSubsidies"),
            ("sales_and_other_realisation", "salesAndOtherRealisation"),
            ("sales_and_other_realisation_recognition", "salesAndOtherRealisationRecognition"),
            ("subsidies_for_regional_investments", "subsidiesForRegionalInvestments"),
            ("reversal_of_subsidies_for_regional_investments", "reversalOfSubsidiesForRegionalInvestments"),
            ("adjustment_of_input_vat", "adjustmentOfInputVat"),
            ("obvious_change_of_value", "obviousChangeOfValue"),
            ("unknown_transaction_type", "unknownTransactionType"),
            ("depreciation", "depreciation"),
            ("writeups_or_writedowns", "writeupsOrWritedowns"),
            ("depreciation_tax_value", "depreciationTaxValue"),
            ("calculated_depreciation", "calculatedDepreciation"),
            ("accounted_depreciation_percentage", "accountedDepreciationPercentage"),
            ("depreciation_percentage", "depreciationPercentage"),
            ("depreciation_percentage_tax_value", "depreciationPercentageTaxValue"),
            ("depreciation_difference", "depreciationDifference"),
            ("income_recognition_of_negative_balance", "incomeRecognitionOfNegativeBalance"),
            ("straight_line_depreciation", "straightLineDepreciation"),
            ("straight_line_depreciation_tax_value", "straightLineDepreciationTaxValue"),
            ("basis_for_depreciation_or_income_recognition", "basisForDepreciationOrIncomeRecognition"),
            (
                "basis_for_depreciation_or_income_recognition_tax_value",
                "basisForDepreciationOrIncomeRecognitionTaxValue",
            ),
            ("profit_transferred_to_profit_and_loss_account", "profitTransferredToProfitAndLossAccount"),
            ("loss_transferred_to_profit_and_loss_account", "lossTransferredToProfitAndLossAccount"),
            ("accounting_value_profit_and_loss", "accountingValueProfitAndLoss"),
            ("accounting_related_profit_or_loss", "accountingRelatedProfitOrLoss"),
            ("warning_too_high_percentage", "warningTooHighPercentage"),
            ("warning_too_low_percentage", "warningTooLowPercentage"),
            ("info_residual_write_off", "infoResidualWriteOff"),
            ("info_message_depreciation", "infoMessageDepreciation"),
            ("info_message_income_recognition", "infoMessageIncomeRecognition"),
            ("info_transfer_balance", "infoTransferBalance"),
            ("negate", "negate"),
            ("lifetime", "lifetime"),
            ("acquisition_date", "acquisitionDate"),
            ("realisation_date", "realisationDate"),
            ("historical_cost_price", "historicalCostPrice"),
            ("written_down_value_pr_01011984", "writtenDownValuePr01011984"),
            ("lower_limit_depreciation", "lowerLimitDepreciation"),
            ("commercial_building_acquired_before_1984", "commercialBuildingAcquiredBefore1984"),
            ("is_physical_operating_assets_in_balance_sheet", "isPhysicalOperatingAssetsInBalanceSheet"),
            ("facility_type", "facilityType"),
            ("max_depreciation_percentage", "maxDepreciationPercentage"),
            ("physical_operating_assets_in_balance_sheet", "physicalOperatingAssetsInBalanceSheet"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.business_activity_title
            o.business_activity_title = u if v is None else v
            v = s.object_identifier
            o.object_identifier = u if v is None else v
            v = s.object_group
            o.object_group = u if v is None else v
            v = s.account_number
            o.account_number = u if v is None else v
            v = s.account_id
            o.account_id = u if v is None else v
            v = s.account_name
            o.account_name = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.opening_balance_tax_value
            o.opening_balance_tax_value = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.closing_balance_tax_value
            o.closing_balance_tax_value = u if v is None else v
            v = s.new_acquisitions
            o.new_acquisitions = u if v is None else v
            v = s.acquisition_cost
            o.acquisition_cost = u if v is None else v
            v = s.improvements
            o.improvements = u if v is None else v
            v = s.public_subsidies
            o.public_subsidies = u if v is None else v
            v = s.sales_and_other_realisation
            o.sales_and_other_realisation = u if v is None else v
            v = s.sales_and_other_realisation_recognition
            o.sales_and_other_realisation_recognition = u if v is None else v
            v = s.subsidies_for_regional_investments
            o.subsidies_for_regional_investments = u if v is None else v
            v = s.reversal_of_subsidies_for_regional_investments
            o.reversal_of_subsidies_for_regional_investments = u if v is None else v
            v = s.adjustment_of_input_vat
            o.adjustment_of_input_vat = u if v is None else v
            v = s.obvious_change_of_value
            o.obvious_change_of_value = u if v is None else v
            v = s.unknown_transaction_type
            o.unknown_transaction_type = u if v is None else v
            v = s.depreciation
            o.depreciation = u if v is None else v
            v = s.writeups_or_writedowns
            o.writeups_or_writedowns = u if v is None else v
            v = s.depreciation_tax_value
            o.depreciation_tax_value = u if v is None else v
            v = s.calculated_depreciation
            o.calculated_depreciation = u if v is None else v
            v = s.accounted_depreciation_percentage
            o.accounted_depreciation_percentage = u if v is None else v
            v = s.depreciation_percentage
            o.depreciation_percentage = u if v is None else v
            v = s.depreciation_percentage_tax_value
            o.depreciation_percentage_tax_value = u if v is None else v
            v = s.depreciation_difference
            o.depreciation_difference = u if v is None else v
            v = s.income_recognition_of_negative_balance
            o.income_recognition_of_negative_balance = u if v is None else v
            v = s.straight_line_depreciation
            o.straight_line_depreciation = u if v is None else v
            v = s.straight_line_depreciation_tax_value
            o.straight_line_depreciation_tax_value = u if v is None else v
            v = s.basis_for_depreciation_or_income_recognition
            o.basis_for_depreciation_or_income_recognition = u if v is None else v
            v = s.basis_for_depreciation_or_income_recognition_tax_value
            o.basis_for_depreciation_or_income_recognition_tax_value = u if v is None else v
            v = s.profit_transferred_to_profit_and_loss_account
            o.profit_transferred_to_profit_and_loss_account = u if v is None else v
            v = s.loss_transferred_to_profit_and_loss_account
            o.loss_transferred_to_profit_and_loss_account = u if v is None else v
            v = s.accounting_value_profit_and_loss
            o.accounting_value_profit_and_loss = u if v is None else v
            v = s.accounting_related_profit_or_loss
            o.accounting_related_profit_or_loss = u if v is None else v
            v = s.warning_too_high_percentage
            o.warning_too_high_percentage = u if v is None else v
            v = s.warning_too_low_percentage
            o.warning_too_low_percentage = u if v is None else v
            v = s.info_residual_write_off
            o.info_residual_write_off = u if v is None else v
            v = s.info_message_depreciation
            o.info_message_depreciation = u if v is None else v
            v = s.info_message_income_recognition
            o.info_message_income_recognition = u if v is None else v
            v = s.info_transfer_balance
            o.info_transfer_balance = u if v is None else v
            v = s.negate
            o.negate = u if v is None else v
            v = s.lifetime
            o.lifetime = u if v is None else v
            v = s.acquisition_date
            o.acquisition_date = u if v is None else v
            v = s.realisation_date
            o.realisation_date = u if v is None else v
            v = s.historical_cost_price
            o.historical_cost_price = u if v is None else v
            v = s.written_down_value_pr_01011984
            o.written_down_value_pr_01011984 = u if v is None else v
            v = s.lower_limit_depreciation
            o.lower_limit_depreciation = u if v is None else v
            v = s.commercial_building_acquired_before_1984
            o.commercial_building_acquired_before_1984 = u if v is None else v
            v = s.is_physical_operating_assets_in_balance_sheet
            o.is_physical_operating_assets_in_balance_sheet = u if v is None else v
            v = s.facility_type
            o.facility_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_facility_type.get(v)) is not None
                else enum_value(TangibleFixedAssetFacilityType, v)
            )
            v = s.max_depreciation_percentage
            o.max_depreciation_percentage = u if v is None else v
            v = s.physical_operating_assets_in_balance_sheet
            o.physical_operating_assets_in_balance_sheet = u if v is None else v
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
