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
    from ..models.controlled_transactions_function_and_risk import ControlledTransactionsFunctionAndRisk
    from ..models.controlled_transactions_related_companies import ControlledTransactionsRelatedCompanies
    from ..models.controlled_transactions_summary import ControlledTransactionsSummary
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ControlledTransactions")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("relatedCompaniesUsingImmaterialAssets", list, False),
    ("functionAndRisk", list, False),
    ("summary", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ControlledTransactions(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        exempt_from_transaction_sharing (bool | Unset): Is exempt from sharing transactions
        exempt_from_price_sharing (bool | Unset): Is exempt from sharing prices
        consolidated_margin_year (int | Unset): Year of consolidated margin
        consolidated_margin_percentage (float | Unset): Percentage of consolidated margin
        reports_only_provision_income (str | Unset): Whether or not the company only reports provision income
        cost_of_immaterial_assets (float | Unset): The total cost related to development of the company's immaterial
            assets
        number_of_registered_patents (int | Unset): The number of patents registered by the company
        group_been_restructured (bool | Unset): Whether or not the group related to the company has undergone
            restructuring
        company_serviced_other_company_in_group_for_free (bool | Unset): Whether or not the company has serviced another
            company in the same group for free
        company_guarantor_for_agreements_by_other_companies_in_same_group (bool | Unset): Whether or not the company
            acts as a guarantor for an agreement by another company in the same group
        related_companies_using_immaterial_assets (list[ControlledTransactionsRelatedCompanies] | Unset): Related
            companies that's using the company's immaterial assets
        function_and_risk (list[ControlledTransactionsFunctionAndRisk] | Unset): List of functions and risks
        summary (ControlledTransactionsSummary | Unset): Summary of something
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    exempt_from_transaction_sharing: bool | Unset = UNSET
    exempt_from_price_sharing: bool | Unset = UNSET
    consolidated_margin_year: int | Unset = UNSET
    consolidated_margin_percentage: float | Unset = UNSET
    reports_only_provision_income: str | Unset = UNSET
    cost_of_immaterial_assets: float | Unset = UNSET
    number_of_registered_patents: int | Unset = UNSET
    group_been_restructured: bool | Unset = UNSET
    company_serviced_other_company_in_group_for_free: bool | Unset = UNSET
    company_guarantor_for_agreements_by_other_companies_in_same_group: bool | Unset = UNSET
    related_companies_using_immaterial_assets: list[ControlledTransactionsRelatedCompanies] | Unset = UNSET
    function_and_risk: list[ControlledTransactionsFunctionAndRisk] | Unset = UNSET
    summary: ControlledTransactionsSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        sub_group_id = self.sub_group_id

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        exempt_from_transaction_sharing = self.exempt_from_transaction_sharing

        exempt_from_price_sharing = self.exempt_from_price_sharing

        consolidated_margin_year = self.consolidated_margin_year

        consolidated_margin_percentage = self.consolidated_margin_percentage

        reports_only_provision_income = self.reports_only_provision_income

        cost_of_immaterial_assets = self.cost_of_immaterial_assets

        number_of_registered_patents = self.number_of_registered_patents

        group_been_restructured = self.group_been_restructured

        company_serviced_other_company_in_group_for_free = self.company_serviced_other_company_in_group_for_free

        company_guarantor_for_agreements_by_other_companies_in_same_group = (
            self.company_guarantor_for_agreements_by_other_companies_in_same_group
        )

        related_companies_using_immaterial_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_companies_using_immaterial_assets, Unset):
            related_companies_using_immaterial_assets = []
            for related_companies_using_immaterial_assets_item_data in self.related_companies_using_immaterial_assets:
                related_companies_using_immaterial_assets_item = (
                    related_companies_using_immaterial_assets_item_data.to_dict()
                )
                related_companies_using_immaterial_assets.append(related_companies_using_immaterial_assets_item)

        function_and_risk: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.function_and_risk, Unset):
            function_and_risk = []
            for function_and_risk_item_data in self.function_and_risk:
                function_and_risk_item = function_and_risk_item_data.to_dict()
                function_and_risk.append(function_and_risk_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if sub_group_id is not UNSET:
            field_dict["subGroupId"] = sub_group_id
        if posts is not UNSET:
            field_dict["posts"] = posts
        if exempt_from_transaction_sharing is not UNSET:
            field_dict["exemptFromTransactionSharing"] = exempt_from_transaction_sharing
        if exempt_from_price_sharing is not UNSET:
            field_dict["exemptFromPriceSharing"] = exempt_from_price_sharing
        if consolidated_margin_year is not UNSET:
            field_dict["consolidatedMarginYear"] = consolidated_margin_year
        if consolidated_margin_percentage is not UNSET:
            field_dict["consolidatedMarginPercentage"] = consolidated_margin_percentage
        if reports_only_provision_income is not UNSET:
            field_dict["reportsOnlyProvisionIncome"] = reports_only_provision_income
        if cost_of_immaterial_assets is not UNSET:
            field_dict["costOfImmaterialAssets"] = cost_of_immaterial_assets
        if number_of_registered_patents is not UNSET:
            field_dict["numberOfRegisteredPatents"] = number_of_registered_patents
        if group_been_restructured is not UNSET:
            field_dict["groupBeenRestructured"] = group_been_restructured
        if company_serviced_other_company_in_group_for_free is not UNSET:
            field_dict["companyServicedOtherCompanyInGroupForFree"] = company_serviced_other_company_in_group_for_free
        if company_guarantor_for_agreements_by_other_companies_in_same_group is not UNSET:
            field_dict["companyGuarantorForAgreementsByOtherCompaniesInSameGroup"] = (
                company_guarantor_for_agreements_by_other_companies_in_same_group
            )
        if related_companies_using_immaterial_assets is not UNSET:
            field_dict["relatedCompaniesUsingImmaterialAssets"] = related_companies_using_immaterial_assets
        if function_and_risk is not UNSET:
            field_dict["functionAndRisk"] = function_and_risk
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ControlledTransactions from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.controlled_transactions_function_and_risk import ControlledTransactionsFunctionAndRisk  # noqa: PLC0415
        from ..models.controlled_transactions_related_companies import ControlledTransactionsRelatedCompanies  # noqa: PLC0415
        from ..models.controlled_transactions_summary import ControlledTransactionsSummary  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

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

        def _p_related_companies_using_immaterial_assets(
            _tx_v: Any,
        ) -> list[ControlledTransactionsRelatedCompanies] | Unset:
            _related_companies_using_immaterial_assets = _tx_v
            related_companies_using_immaterial_assets: list[ControlledTransactionsRelatedCompanies] | Unset = UNSET
            if _related_companies_using_immaterial_assets is not UNSET:
                related_companies_using_immaterial_assets = []
                for related_companies_using_immaterial_assets_item_data in _related_companies_using_immaterial_assets:
                    if related_companies_using_immaterial_assets_item_data is None:
                        continue
                    related_companies_using_immaterial_assets_item = (
                        ControlledTransactionsRelatedCompanies._tx_from_json(
                            related_companies_using_immaterial_assets_item_data
                        )
                    )

                    related_companies_using_immaterial_assets.append(related_companies_using_immaterial_assets_item)

            return related_companies_using_immaterial_assets

        def _p_function_and_risk(_tx_v: Any) -> list[ControlledTransactionsFunctionAndRisk] | Unset:
            _function_and_risk = _tx_v
            function_and_risk: list[ControlledTransactionsFunctionAndRisk] | Unset = UNSET
            if _function_and_risk is not UNSET:
                function_and_risk = []
                for function_and_risk_item_data in _function_and_risk:
                    if function_and_risk_item_data is None:
                        continue
                    function_and_risk_item = ControlledTransactionsFunctionAndRisk._tx_from_json(
                        function_and_risk_item_data
                    )

                    function_and_risk.append(function_and_risk_item)

            return function_and_risk

        def _p_summary(_tx_v: Any) -> ControlledTransactionsSummary | Unset:
            _summary = _tx_v
            summary: ControlledTransactionsSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = ControlledTransactionsSummary._tx_from_json(_summary)

            return summary

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "exemptFromTransactionSharing",
                "exemptFromPriceSharing",
                "consolidatedMarginYear",
                "consolidatedMarginPercentage",
                "reportsOnlyProvisionIncome",
                "costOfImmaterialAssets",
                "numberOfRegisteredPatents",
                "groupBeenRestructured",
                "companyServicedOtherCompanyInGroupForFree",
                "companyGuarantorForAgreementsByOtherCompaniesInSameGroup",
                "relatedCompaniesUsingImmaterialAssets",
                "functionAndRisk",
                "summary",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "exempt_from_transaction_sharing": ("exemptFromTransactionSharing", None),
            "exempt_from_price_sharing": ("exemptFromPriceSharing", None),
            "consolidated_margin_year": ("consolidatedMarginYear", None),
            "consolidated_margin_percentage": ("consolidatedMarginPercentage", None),
            "reports_only_provision_income": ("reportsOnlyProvisionIncome", None),
            "cost_of_immaterial_assets": ("costOfImmaterialAssets", None),
            "number_of_registered_patents": ("numberOfRegisteredPatents", None),
            "group_been_restructured": ("groupBeenRestructured", None),
            "company_serviced_other_company_in_group_for_free": ("companyServicedOtherCompanyInGroupForFree", None),
            "company_guarantor_for_agreements_by_other_companies_in_same_group": (
                "companyGuarantorForAgreementsByOtherCompaniesInSameGroup",
                None,
            ),
            "related_companies_using_immaterial_assets": (
                "relatedCompaniesUsingImmaterialAssets",
                _p_related_companies_using_immaterial_assets,
            ),
            "function_and_risk": ("functionAndRisk", _p_function_and_risk),
            "summary": ("summary", _p_summary),
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
