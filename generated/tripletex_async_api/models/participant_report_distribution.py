from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ParticipantReportDistribution")


@_attrs_define
class ParticipantReportDistribution(Model):
    """Distribution

    Attributes:
        cash_disbursement_from_company (float | Unset): Cash disbursement from company
        value_of_assets_or_services_withdrawn (float | Unset): Value of assets or services withdrawn
        capital_reimbursement (float | Unset): Capital reimbursement
        distribution_before_tax_and_shielding (float | Unset): Distribution before tax and shielding
        tax_on_profit_share (float | Unset): Tax on profit share
        net_amount (float | Unset): Net amount
        tax_benefit_from_loss (float | Unset): Tax benefit from loss
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.cash_disbursement_from_company
        if _v is not UNSET and not _in_request:
            field_dict["cashDisbursementFromCompany"] = _v
        _v = self.value_of_assets_or_services_withdrawn
        if _v is not UNSET and not _in_request:
            field_dict["valueOfAssetsOrServicesWithdrawn"] = _v
        _v = self.capital_reimbursement
        if _v is not UNSET and not _in_request:
            field_dict["capitalReimbursement"] = _v
        _v = self.distribution_before_tax_and_shielding
        if _v is not UNSET and not _in_request:
            field_dict["distributionBeforeTaxAndShielding"] = _v
        _v = self.tax_on_profit_share
        if _v is not UNSET and not _in_request:
            field_dict["taxOnProfitShare"] = _v
        _v = self.net_amount
        if _v is not UNSET and not _in_request:
            field_dict["netAmount"] = _v
        _v = self.tax_benefit_from_loss
        if _v is not UNSET and not _in_request:
            field_dict["taxBenefitFromLoss"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportDistribution from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportDistribution.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("cashDisbursementFromCompany")
                if v is None:
                    o.cash_disbursement_from_company = u
                    if "cashDisbursementFromCompany" not in d:
                        m += 1
                else:
                    o.cash_disbursement_from_company = v
                v = g("valueOfAssetsOrServicesWithdrawn")
                if v is None:
                    o.value_of_assets_or_services_withdrawn = u
                    if "valueOfAssetsOrServicesWithdrawn" not in d:
                        m += 1
                else:
                    o.value_of_assets_or_services_withdrawn = v
                v = g("capitalReimbursement")
                if v is None:
                    o.capital_reimbursement = u
                    if "capitalReimbursement" not in d:
                        m += 1
                else:
                    o.capital_reimbursement = v
                v = g("distributionBeforeTaxAndShielding")
                if v is None:
                    o.distribution_before_tax_and_shielding = u
                    if "distributionBeforeTaxAndShielding" not in d:
                        m += 1
                else:
                    o.distribution_before_tax_and_shielding = v
                v = g("taxOnProfitShare")
                if v is None:
                    o.tax_on_profit_share = u
                    if "taxOnProfitShare" not in d:
                        m += 1
                else:
                    o.tax_on_profit_share = v
                v = g("netAmount")
                if v is None:
                    o.net_amount = u
                    if "netAmount" not in d:
                        m += 1
                else:
                    o.net_amount = v
                v = g("taxBenefitFromLoss")
                if v is None:
                    o.tax_benefit_from_loss = u
                    if "taxBenefitFromLoss" not in d:
                        m += 1
                else:
                    o.tax_benefit_from_loss = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("cash_disbursement_from_company", "cashDisbursementFromCompany"),
            ("value_of_assets_or_services_withdrawn", "valueOfAssetsOrServicesWithdrawn"),
            ("capital_reimbursement", "capitalReimbursement"),
            ("distribution_before_tax_and_shielding", "distributionBeforeTaxAndShielding"),
            ("tax_on_profit_share", "taxOnProfitShare"),
            ("net_amount", "netAmount"),
            ("tax_benefit_from_loss", "taxBenefitFromLoss"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.cash_disbursement_from_company
            o.cash_disbursement_from_company = u if v is None else v
            v = s.value_of_assets_or_services_withdrawn
            o.value_of_assets_or_services_withdrawn = u if v is None else v
            v = s.capital_reimbursement
            o.capital_reimbursement = u if v is None else v
            v = s.distribution_before_tax_and_shielding
            o.distribution_before_tax_and_shielding = u if v is None else v
            v = s.tax_on_profit_share
            o.tax_on_profit_share = u if v is None else v
            v = s.net_amount
            o.net_amount = u if v is None else v
            v = s.tax_benefit_from_loss
            o.tax_benefit_from_loss = u if v is None else v
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
