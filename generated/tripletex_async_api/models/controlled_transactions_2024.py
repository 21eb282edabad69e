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
    from ..models.controlled_transactions_business_activity import ControlledTransactionsBusinessActivity
    from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding
    from ..models.controlled_transactions_summary import ControlledTransactionsSummary
    from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ControlledTransactions2024")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("summary", dict, False),
    ("businessActivities", list, False),
    ("transactions", list, False),
    ("outstandingBalances", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ControlledTransactions2024(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        controlled_transactions_exceeding_limit (bool | Unset): Has controlled transaction exceeding the set limit
        obliged_to_document (bool | Unset): The company is obliged to document controlled transactions
        consolidated_margin_percentage (float | Unset): Percentage of consolidated margin
        cost_of_immaterial_assets (float | Unset): The total cost related to development of the company's immaterial
            assets
        number_of_registered_patents (int | Unset): The number of patents registered by the company
        group_been_restructured (bool | Unset): Whether or not the group related to the company has undergone
            restructuring
        company_serviced_other_company_in_group_for_free (bool | Unset): Whether or not the company has serviced another
            company in the same group for free
        company_has_been_serviced_by_other_company_in_group_for_free (bool | Unset): Whether or not the company has been
            serviced by another company in the same group for free
        company_guarantor_for_agreements_by_other_companies_in_same_group (bool | Unset): Whether or not the company
            acts as a guarantor for an agreement by another company in the same group
        result_as_percentage_of_gross_revenue (float | Unset): Yearly result as the percentage of total gross revenue
        summary (ControlledTransactionsSummary | Unset): Summary of something
        number_of_entities_with_controlled_transactions_in_norway (int | Unset): Number of entities with controlled
            transactions in norway
        number_of_entities_with_controlled_transactions_outside_norway (int | Unset): Number of entities with controlled
            transactions outside of norway
        business_activities (list[ControlledTransactionsBusinessActivity] | Unset): List of business activities
        transactions (list[ControlledTransactionsTransaction] | Unset): List of transactions
        outstanding_balances (list[ControlledTransactionsOutstanding] | Unset): List of outstanding balances
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    controlled_transactions_exceeding_limit: bool | Unset = UNSET
    obliged_to_document: bool | Unset = UNSET
    consolidated_margin_percentage: float | Unset = UNSET
    cost_of_immaterial_assets: float | Unset = UNSET
    number_of_registered_patents: int | Unset = UNSET
    group_been_restructured: bool | Unset = UNSET
    company_serviced_other_company_in_group_for_free: bool | Unset = UNSET
    company_has_been_serviced_by_other_company_in_group_for_free: bool | Unset = UNSET
    company_guarantor_for_agreements_by_other_companies_in_same_group: bool | Unset = UNSET
    result_as_percentage_of_gross_revenue: float | Unset = UNSET
    summary: ControlledTransactionsSummary | Unset = UNSET
    number_of_entities_with_controlled_transactions_in_norway: int | Unset = UNSET
    number_of_entities_with_controlled_transactions_outside_norway: int | Unset = UNSET
    business_activities: list[ControlledTransactionsBusinessActivity] | Unset = UNSET
    transactions: list[ControlledTransactionsTransaction] | Unset = UNSET
    outstanding_balances: list[ControlledTransactionsOutstanding] | Unset = UNSET
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

        controlled_transactions_exceeding_limit = self.controlled_transactions_exceeding_limit

        obliged_to_document = self.obliged_to_document

        consolidated_margin_percentage = self.consolidated_margin_percentage

        cost_of_immaterial_assets = self.cost_of_immaterial_assets

        number_of_registered_patents = self.number_of_registered_patents

        group_been_restructured = self.group_been_restructured

        company_serviced_other_company_in_group_for_free = self.company_serviced_other_company_in_group_for_free

        company_has_been_serviced_by_other_company_in_group_for_free = (
            self.company_has_been_serviced_by_other_company_in_group_for_free
        )

        company_guarantor_for_agreements_by_other_companies_in_same_group = (
            self.company_guarantor_for_agreements_by_other_companies_in_same_group
        )

        result_as_percentage_of_gross_revenue = self.result_as_percentage_of_gross_revenue

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        number_of_entities_with_controlled_transactions_in_norway = (
            self.number_of_entities_with_controlled_transactions_in_norway
        )

        number_of_entities_with_controlled_transactions_outside_norway = (
            self.number_of_entities_with_controlled_transactions_outside_norway
        )

        business_activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_activities, Unset):
            business_activities = []
            for business_activities_item_data in self.business_activities:
                business_activities_item = business_activities_item_data.to_dict()
                business_activities.append(business_activities_item)

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        outstanding_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outstanding_balances, Unset):
            outstanding_balances = []
            for outstanding_balances_item_data in self.outstanding_balances:
                outstanding_balances_item = outstanding_balances_item_data.to_dict()
                outstanding_balances.append(outstanding_balances_item)

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
        if controlled_transactions_exceeding_limit is not UNSET:
            field_dict["controlledTransactionsExceedingLimit"] = controlled_transactions_exceeding_limit
        if obliged_to_document is not UNSET:
            field_dict["obligedToDocument"] = obliged_to_document
        if consolidated_margin_percentage is not UNSET:
            field_dict["consolidatedMarginPercentage"] = consolidated_margin_percentage
        if cost_of_immaterial_assets is not UNSET:
            field_dict["costOfImmaterialAssets"] = cost_of_immaterial_assets
        if number_of_registered_patents is not UNSET:
            field_dict["numberOfRegisteredPatents"] = number_of_registered_patents
        if group_been_restructured is not UNSET:
            field_dict["groupBeenRestructured"] = group_been_restructured
        if company_serviced_other_company_in_group_for_free is not UNSET:
            field_dict["companyServicedOtherCompanyInGroupForFree"] = company_serviced_other_company_in_group_for_free
        if company_has_been_serviced_by_other_company_in_group_for_free is not UNSET:
            field_dict["companyHasBeenServicedByOtherCompanyInGroupForFree"] = (
                company_has_been_serviced_by_other_company_in_group_for_free
            )
        if company_guarantor_for_agreements_by_other_companies_in_same_group is not UNSET:
            field_dict["companyGuarantorForAgreementsByOtherCompaniesInSameGroup"] = (
                company_guarantor_for_agreements_by_other_companies_in_same_group
            )
        if result_as_percentage_of_gross_revenue is not UNSET:
            field_dict["resultAsPercentageOfGrossRevenue"] = result_as_percentage_of_gross_revenue
        if summary is not UNSET:
            field_dict["summary"] = summary
        if number_of_entities_with_controlled_transactions_in_norway is not UNSET:
            field_dict["numberOfEntitiesWithControlledTransactionsInNorway"] = (
                number_of_entities_with_controlled_transactions_in_norway
            )
        if number_of_entities_with_controlled_transactions_outside_norway is not UNSET:
            field_dict["numberOfEntitiesWithControlledTransactionsOutsideNorway"] = (
                number_of_entities_with_controlled_transactions_outside_norway
            )
        if business_activities is not UNSET:
            field_dict["businessActivities"] = business_activities
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if outstanding_balances is not UNSET:
            field_dict["outstandingBalances"] = outstanding_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ControlledTransactions2024 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.controlled_transactions_business_activity import ControlledTransactionsBusinessActivity  # noqa: PLC0415
        from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding  # noqa: PLC0415
        from ..models.controlled_transactions_summary import ControlledTransactionsSummary  # noqa: PLC0415
        from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction  # noqa: PLC0415
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

        def _p_summary(_tx_v: Any) -> ControlledTransactionsSummary | Unset:
            _summary = _tx_v
            summary: ControlledTransactionsSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = ControlledTransactionsSummary._tx_from_json(_summary)

            return summary

        def _p_business_activities(_tx_v: Any) -> list[ControlledTransactionsBusinessActivity] | Unset:
            _business_activities = _tx_v
            business_activities: list[ControlledTransactionsBusinessActivity] | Unset = UNSET
            if _business_activities is not UNSET:
                business_activities = []
                for business_activities_item_data in _business_activities:
                    if business_activities_item_data is None:
                        continue
                    business_activities_item = ControlledTransactionsBusinessActivity._tx_from_json(
                        business_activities_item_data
                    )

                    business_activities.append(business_activities_item)

            return business_activities

        def _p_transactions(_tx_v: Any) -> list[ControlledTransactionsTransaction] | Unset:
            _transactions = _tx_v
            transactions: list[ControlledTransactionsTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = ControlledTransactionsTransaction._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

        def _p_outstanding_balances(_tx_v: Any) -> list[ControlledTransactionsOutstanding] | Unset:
            _outstanding_balances = _tx_v
            outstanding_balances: list[ControlledTransactionsOutstanding] | Unset = UNSET
            if _outstanding_balances is not UNSET:
                outstanding_balances = []
                for outstanding_balances_item_data in _outstanding_balances:
                    if outstanding_balances_item_data is None:
                        continue
                    outstanding_balances_item = ControlledTransactionsOutstanding._tx_from_json(
                        outstanding_balances_item_data
                    )

                    outstanding_balances.append(outstanding_balances_item)

            return outstanding_balances

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "controlledTransactionsExceedingLimit",
                "obligedToDocument",
                "consolidatedMarginPercentage",
                "costOfImmaterialAssets",
                "numberOfRegisteredPatents",
                "groupBeenRestructured",
                "companyServicedOtherCompanyInGroupForFree",
                "companyHasBeenServicedByOtherCompanyInGroupForFree",
                "companyGuarantorForAgreementsByOtherCompaniesInSameGroup",
                "resultAsPercentageOfGrossRevenue",
                "summary",
                "numberOfEntitiesWithControlledTransactionsInNorway",
                "numberOfEntitiesWithControlledTransactionsOutsideNorway",
                "businessActivities",
                "transactions",
                "outstandingBalances",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "controlled_transactions_exceeding_limit": ("controlledTransactionsExceedingLimit", None),
            "obliged_to_document": ("obligedToDocument", None),
            "consolidated_margin_percentage": ("consolidatedMarginPercentage", None),
            "cost_of_immaterial_assets": ("costOfImmaterialAssets", None),
            "number_of_registered_patents": ("numberOfRegisteredPatents", None),
            "group_been_restructured": ("groupBeenRestructured", None),
            "company_serviced_other_company_in_group_for_free": ("companyServicedOtherCompanyInGroupForFree", None),
            "company_has_been_serviced_by_other_company_in_group_for_free": (
                "companyHasBeenServicedByOtherCompanyInGroupForFree",
                None,
            ),
            "company_guarantor_for_agreements_by_other_companies_in_same_group": (
                "companyGuarantorForAgreementsByOtherCompaniesInSameGroup",
                None,
            ),
            "result_as_percentage_of_gross_revenue": ("resultAsPercentageOfGrossRevenue", None),
            "summary": ("summary", _p_summary),
            "number_of_entities_with_controlled_transactions_in_norway": (
                "numberOfEntitiesWithControlledTransactionsInNorway",
                None,
            ),
            "number_of_entities_with_controlled_transactions_outside_norway": (
                "numberOfEntitiesWithControlledTransactionsOutsideNorway",
                None,
            ),
            "business_activities": ("businessActivities", _p_business_activities),
            "transactions": ("transactions", _p_transactions),
            "outstanding_balances": ("outstandingBalances", _p_outstanding_balances),
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
