from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ParticipantReportDistribution")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportDistribution(LazyModel):
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
        self._tx_load()
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
        """A ParticipantReportDistribution from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "cashDisbursementFromCompany",
                "valueOfAssetsOrServicesWithdrawn",
                "capitalReimbursement",
                "distributionBeforeTaxAndShielding",
                "taxOnProfitShare",
                "netAmount",
                "taxBenefitFromLoss",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "cash_disbursement_from_company": ("cashDisbursementFromCompany", None),
            "value_of_assets_or_services_withdrawn": ("valueOfAssetsOrServicesWithdrawn", None),
            "capital_reimbursement": ("capitalReimbursement", None),
            "distribution_before_tax_and_shielding": ("distributionBeforeTaxAndShielding", None),
            "tax_on_profit_share": ("taxOnProfitShare", None),
            "net_amount": ("netAmount", None),
            "tax_benefit_from_loss": ("taxBenefitFromLoss", None),
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
