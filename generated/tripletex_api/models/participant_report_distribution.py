from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ParticipantReportDistribution")


@_attrs_define
class ParticipantReportDistribution:
    """Distribution

    Attributes:
        cash_disbursement_from_company (float | Unset): [read-only] Cash disbursement from company
        value_of_assets_or_services_withdrawn (float | Unset): [read-only] Value of assets or services withdrawn
        capital_reimbursement (float | Unset): [read-only] Capital reimbursement
        distribution_before_tax_and_shielding (float | Unset): [read-only] Distribution before tax and shielding
        tax_on_profit_share (float | Unset): [read-only] Tax on profit share
        net_amount (float | Unset): [read-only] Net amount
        tax_benefit_from_loss (float | Unset): [read-only] Tax benefit from loss
    """

    cash_disbursement_from_company: float | Unset = UNSET
    value_of_assets_or_services_withdrawn: float | Unset = UNSET
    capital_reimbursement: float | Unset = UNSET
    distribution_before_tax_and_shielding: float | Unset = UNSET
    tax_on_profit_share: float | Unset = UNSET
    net_amount: float | Unset = UNSET
    tax_benefit_from_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        cash_disbursement_from_company = self.cash_disbursement_from_company

        value_of_assets_or_services_withdrawn = self.value_of_assets_or_services_withdrawn

        capital_reimbursement = self.capital_reimbursement

        distribution_before_tax_and_shielding = self.distribution_before_tax_and_shielding

        tax_on_profit_share = self.tax_on_profit_share

        net_amount = self.net_amount

        tax_benefit_from_loss = self.tax_benefit_from_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_disbursement_from_company is not UNSET and not _in_request:
            field_dict["cashDisbursementFromCompany"] = cash_disbursement_from_company
        if value_of_assets_or_services_withdrawn is not UNSET and not _in_request:
            field_dict["valueOfAssetsOrServicesWithdrawn"] = value_of_assets_or_services_withdrawn
        if capital_reimbursement is not UNSET and not _in_request:
            field_dict["capitalReimbursement"] = capital_reimbursement
        if distribution_before_tax_and_shielding is not UNSET and not _in_request:
            field_dict["distributionBeforeTaxAndShielding"] = distribution_before_tax_and_shielding
        if tax_on_profit_share is not UNSET and not _in_request:
            field_dict["taxOnProfitShare"] = tax_on_profit_share
        if net_amount is not UNSET and not _in_request:
            field_dict["netAmount"] = net_amount
        if tax_benefit_from_loss is not UNSET and not _in_request:
            field_dict["taxBenefitFromLoss"] = tax_benefit_from_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        cash_disbursement_from_company = d.pop("cashDisbursementFromCompany", UNSET)

        value_of_assets_or_services_withdrawn = d.pop("valueOfAssetsOrServicesWithdrawn", UNSET)

        capital_reimbursement = d.pop("capitalReimbursement", UNSET)

        distribution_before_tax_and_shielding = d.pop("distributionBeforeTaxAndShielding", UNSET)

        tax_on_profit_share = d.pop("taxOnProfitShare", UNSET)

        net_amount = d.pop("netAmount", UNSET)

        tax_benefit_from_loss = d.pop("taxBenefitFromLoss", UNSET)

        _obj = cls(
            cash_disbursement_from_company=cash_disbursement_from_company,
            value_of_assets_or_services_withdrawn=value_of_assets_or_services_withdrawn,
            capital_reimbursement=capital_reimbursement,
            distribution_before_tax_and_shielding=distribution_before_tax_and_shielding,
            tax_on_profit_share=tax_on_profit_share,
            net_amount=net_amount,
            tax_benefit_from_loss=tax_benefit_from_loss,
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
