from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.controlled_transactions_business_activity import ControlledTransactionsBusinessActivity
    from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding
    from ..models.controlled_transactions_summary import ControlledTransactionsSummary
    from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ControlledTransactions2024")


@_attrs_define
class ControlledTransactions2024:
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
        from ..models.controlled_transactions_business_activity import ControlledTransactionsBusinessActivity  # noqa: PLC0415
        from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding  # noqa: PLC0415
        from ..models.controlled_transactions_summary import ControlledTransactionsSummary  # noqa: PLC0415
        from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        sub_group_id = d.pop("subGroupId", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[GenericData] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = GenericData.from_dict(posts_item_data)

                posts.append(posts_item)

        controlled_transactions_exceeding_limit = d.pop("controlledTransactionsExceedingLimit", UNSET)

        obliged_to_document = d.pop("obligedToDocument", UNSET)

        consolidated_margin_percentage = d.pop("consolidatedMarginPercentage", UNSET)

        cost_of_immaterial_assets = d.pop("costOfImmaterialAssets", UNSET)

        number_of_registered_patents = d.pop("numberOfRegisteredPatents", UNSET)

        group_been_restructured = d.pop("groupBeenRestructured", UNSET)

        company_serviced_other_company_in_group_for_free = d.pop("companyServicedOtherCompanyInGroupForFree", UNSET)

        company_has_been_serviced_by_other_company_in_group_for_free = d.pop(
            "companyHasBeenServicedByOtherCompanyInGroupForFree", UNSET
        )

        company_guarantor_for_agreements_by_other_companies_in_same_group = d.pop(
            "companyGuarantorForAgreementsByOtherCompaniesInSameGroup", UNSET
        )

        result_as_percentage_of_gross_revenue = d.pop("resultAsPercentageOfGrossRevenue", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: ControlledTransactionsSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ControlledTransactionsSummary.from_dict(_summary)

        number_of_entities_with_controlled_transactions_in_norway = d.pop(
            "numberOfEntitiesWithControlledTransactionsInNorway", UNSET
        )

        number_of_entities_with_controlled_transactions_outside_norway = d.pop(
            "numberOfEntitiesWithControlledTransactionsOutsideNorway", UNSET
        )

        _business_activities = d.pop("businessActivities", UNSET)
        business_activities: list[ControlledTransactionsBusinessActivity] | Unset = UNSET
        if _business_activities is not UNSET:
            business_activities = []
            for business_activities_item_data in _business_activities:
                if business_activities_item_data is None:
                    continue
                business_activities_item = ControlledTransactionsBusinessActivity.from_dict(
                    business_activities_item_data
                )

                business_activities.append(business_activities_item)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[ControlledTransactionsTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                if transactions_item_data is None:
                    continue
                transactions_item = ControlledTransactionsTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        _outstanding_balances = d.pop("outstandingBalances", UNSET)
        outstanding_balances: list[ControlledTransactionsOutstanding] | Unset = UNSET
        if _outstanding_balances is not UNSET:
            outstanding_balances = []
            for outstanding_balances_item_data in _outstanding_balances:
                if outstanding_balances_item_data is None:
                    continue
                outstanding_balances_item = ControlledTransactionsOutstanding.from_dict(outstanding_balances_item_data)

                outstanding_balances.append(outstanding_balances_item)

        _obj = cls(
            year_end_report=year_end_report,
            group_id=group_id,
            sub_group_id=sub_group_id,
            posts=posts,
            controlled_transactions_exceeding_limit=controlled_transactions_exceeding_limit,
            obliged_to_document=obliged_to_document,
            consolidated_margin_percentage=consolidated_margin_percentage,
            cost_of_immaterial_assets=cost_of_immaterial_assets,
            number_of_registered_patents=number_of_registered_patents,
            group_been_restructured=group_been_restructured,
            company_serviced_other_company_in_group_for_free=company_serviced_other_company_in_group_for_free,
            company_has_been_serviced_by_other_company_in_group_for_free=company_has_been_serviced_by_other_company_in_group_for_free,
            company_guarantor_for_agreements_by_other_companies_in_same_group=company_guarantor_for_agreements_by_other_companies_in_same_group,
            result_as_percentage_of_gross_revenue=result_as_percentage_of_gross_revenue,
            summary=summary,
            number_of_entities_with_controlled_transactions_in_norway=number_of_entities_with_controlled_transactions_in_norway,
            number_of_entities_with_controlled_transactions_outside_norway=number_of_entities_with_controlled_transactions_outside_norway,
            business_activities=business_activities,
            transactions=transactions,
            outstanding_balances=outstanding_balances,
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
