from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.controlled_transactions_business_activity import ControlledTransactionsBusinessActivity
    from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding
    from ..models.controlled_transactions_summary import ControlledTransactionsSummary
    from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ControlledTransactions2024")


@_attrs_define
class ControlledTransactions2024(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.controlled_transactions_exceeding_limit
        if _v is not UNSET:
            field_dict["controlledTransactionsExceedingLimit"] = _v
        _v = self.obliged_to_document
        if _v is not UNSET:
            field_dict["obligedToDocument"] = _v
        _v = self.consolidated_margin_percentage
        if _v is not UNSET:
            field_dict["consolidatedMarginPercentage"] = _v
        _v = self.cost_of_immaterial_assets
        if _v is not UNSET:
            field_dict["costOfImmaterialAssets"] = _v
        _v = self.number_of_registered_patents
        if _v is not UNSET:
            field_dict["numberOfRegisteredPatents"] = _v
        _v = self.group_been_restructured
        if _v is not UNSET:
            field_dict["groupBeenRestructured"] = _v
        _v = self.company_serviced_other_company_in_group_for_free
        if _v is not UNSET:
            field_dict["companyServicedOtherCompanyInGroupForFree"] = _v
        _v = self.company_has_been_serviced_by_other_company_in_group_for_free
        if _v is not UNSET:
            field_dict["companyHasBeenServicedByOtherCompanyInGroupForFree"] = _v
        _v = self.company_guarantor_for_agreements_by_other_companies_in_same_group
        if _v is not UNSET:
            field_dict["companyGuarantorForAgreementsByOtherCompaniesInSameGroup"] = _v
        _v = self.result_as_percentage_of_gross_revenue
        if _v is not UNSET:
            field_dict["resultAsPercentageOfGrossRevenue"] = _v
        _v = self.summary
        if _v is not UNSET:
            field_dict["summary"] = _v.to_dict()
        _v = self.number_of_entities_with_controlled_transactions_in_norway
        if _v is not UNSET:
            field_dict["numberOfEntitiesWithControlledTransactionsInNorway"] = _v
        _v = self.number_of_entities_with_controlled_transactions_outside_norway
        if _v is not UNSET:
            field_dict["numberOfEntitiesWithControlledTransactionsOutsideNorway"] = _v
        _v = self.business_activities
        if _v is not UNSET:
            field_dict["businessActivities"] = [_e.to_dict() for _e in _v]
        _v = self.transactions
        if _v is not UNSET:
            field_dict["transactions"] = [_e.to_dict() for _e in _v]
        _v = self.outstanding_balances
        if _v is not UNSET:
            field_dict["outstandingBalances"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ControlledTransactions2024 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ControlledTransactions2024.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.controlled_transactions_business_activity import ControlledTransactionsBusinessActivity  # noqa: PLC0415
        from ..models.controlled_transactions_outstanding import ControlledTransactionsOutstanding  # noqa: PLC0415
        from ..models.controlled_transactions_summary import ControlledTransactionsSummary  # noqa: PLC0415
        from ..models.controlled_transactions_transaction import ControlledTransactionsTransaction  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "controlledTransactionsExceedingLimit": "controlled_transactions_exceeding_limit",
            "obligedToDocument": "obliged_to_document",
            "consolidatedMarginPercentage": "consolidated_margin_percentage",
            "costOfImmaterialAssets": "cost_of_immaterial_assets",
            "numberOfRegisteredPatents": "number_of_registered_patents",
            "groupBeenRestructured": "group_been_restructured",
            "companyServicedOtherCompanyInGroupForFree": "company_serviced_other_company_in_group_for_free",
            "companyHasBeenServicedByOtherCompanyInGroupForFree": "company_has_been_serviced_by_other_company_in_group_for_free",
            "companyGuarantorForAgreementsByOtherCompaniesInSameGroup": "company_guarantor_for_agreements_by_other_companies_in_same_group",
            "resultAsPercentageOfGrossRevenue": "result_as_percentage_of_gross_revenue",
            "numberOfEntitiesWithControlledTransactionsInNorway": "number_of_entities_with_controlled_transactions_in_norway",
            "numberOfEntitiesWithControlledTransactionsOutsideNorway": "number_of_entities_with_controlled_transactions_outside_norway",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = (
                        o.controlled_transactions_exceeding_limit
                    ) = o.obliged_to_document = o.consolidated_margin_percentage = o.cost_of_immaterial_assets = (
                        o.number_of_registered_patents
                    ) = o.group_been_restructured = o.company_serviced_other_company_in_group_for_free = (
                        o.company_has_been_serviced_by_other_company_in_group_for_free
                    ) = o.company_guarantor_for_agreements_by_other_companies_in_same_group = (
                        o.result_as_percentage_of_gross_revenue
                    ) = o.summary = o.number_of_entities_with_controlled_transactions_in_norway = (
                        o.number_of_entities_with_controlled_transactions_outside_norway
                    ) = o.business_activities = o.transactions = o.outstanding_balances = UNSET
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
                v = g("subGroupId")
                if v is None:
                    o.sub_group_id = u
                    if "subGroupId" not in d:
                        m += 1
                else:
                    o.sub_group_id = v
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
                v = g("controlledTransactionsExceedingLimit")
                if v is None:
                    o.controlled_transactions_exceeding_limit = u
                    if "controlledTransactionsExceedingLimit" not in d:
                        m += 1
                else:
                    o.controlled_transactions_exceeding_limit = v
                v = g("obligedToDocument")
                if v is None:
                    o.obliged_to_document = u
                    if "obligedToDocument" not in d:
                        m += 1
                else:
                    o.obliged_to_document = v
                v = g("consolidatedMarginPercentage")
                if v is None:
                    o.consolidated_margin_percentage = u
                    if "consolidatedMarginPercentage" not in d:
                        m += 1
                else:
                    o.consolidated_margin_percentage = v
                v = g("costOfImmaterialAssets")
                if v is None:
                    o.cost_of_immaterial_assets = u
                    if "costOfImmaterialAssets" not in d:
                        m += 1
                else:
                    o.cost_of_immaterial_assets = v
                v = g("numberOfRegisteredPatents")
                if v is None:
                    o.number_of_registered_patents = u
                    if "numberOfRegisteredPatents" not in d:
                        m += 1
                else:
                    o.number_of_registered_patents = v
                v = g("groupBeenRestructured")
                if v is None:
                    o.group_been_restructured = u
                    if "groupBeenRestructured" not in d:
                        m += 1
                else:
                    o.group_been_restructured = v
                v = g("companyServicedOtherCompanyInGroupForFree")
                if v is None:
                    o.company_serviced_other_company_in_group_for_free = u
                    if "companyServicedOtherCompanyInGroupForFree" not in d:
                        m += 1
                else:
                    o.company_serviced_other_company_in_group_for_free = v
                v = g("companyHasBeenServicedByOtherCompanyInGroupForFree")
                if v is None:
                    o.company_has_been_serviced_by_other_company_in_group_for_free = u
                    if "companyHasBeenServicedByOtherCompanyInGroupForFree" not in d:
                        m += 1
                else:
                    o.company_has_been_serviced_by_other_company_in_group_for_free = v
                v = g("companyGuarantorForAgreementsByOtherCompaniesInSameGroup")
                if v is None:
                    o.company_guarantor_for_agreements_by_other_companies_in_same_group = u
                    if "companyGuarantorForAgreementsByOtherCompaniesInSameGroup" not in d:
                        m += 1
                else:
                    o.company_guarantor_for_agreements_by_other_companies_in_same_group = v
                v = g("resultAsPercentageOfGrossRevenue")
                if v is None:
                    o.result_as_percentage_of_gross_revenue = u
                    if "resultAsPercentageOfGrossRevenue" not in d:
                        m += 1
                else:
                    o.result_as_percentage_of_gross_revenue = v
                k = "summary"
                v = g("summary")
                if v is None:
                    o.summary = u
                    if "summary" not in d:
                        m += 1
                else:
                    o.summary = ControlledTransactionsSummary._tx_parse(v)
                v = g("numberOfEntitiesWithControlledTransactionsInNorway")
                if v is None:
                    o.number_of_entities_with_controlled_transactions_in_norway = u
                    if "numberOfEntitiesWithControlledTransactionsInNorway" not in d:
                        m += 1
                else:
                    o.number_of_entities_with_controlled_transactions_in_norway = v
                v = g("numberOfEntitiesWithControlledTransactionsOutsideNorway")
                if v is None:
                    o.number_of_entities_with_controlled_transactions_outside_norway = u
                    if "numberOfEntitiesWithControlledTransactionsOutsideNorway" not in d:
                        m += 1
                else:
                    o.number_of_entities_with_controlled_transactions_outside_norway = v
                k = "businessActivities"
                v = g("businessActivities")
                if v is None:
                    o.business_activities = u
                    if "businessActivities" not in d:
                        m += 1
                else:
                    o.business_activities = (
                        ([ControlledTransactionsBusinessActivity._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "transactions"
                v = g("transactions")
                if v is None:
                    o.transactions = u
                    if "transactions" not in d:
                        m += 1
                else:
                    o.transactions = (
                        ([ControlledTransactionsTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "outstandingBalances"
                v = g("outstandingBalances")
                if v is None:
                    o.outstanding_balances = u
                    if "outstandingBalances" not in d:
                        m += 1
                else:
                    o.outstanding_balances = (
                        ([ControlledTransactionsOutstanding._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("controlled_transactions_exceeding_limit", "controlledTransactionsExceedingLimit"),
            ("obliged_to_document", "obligedToDocument"),
            ("consolidated_margin_percentage", "consolidatedMarginPercentage"),
            ("cost_of_immaterial_assets", "costOfImmaterialAssets"),
            ("number_of_registered_patents", "numberOfRegisteredPatents"),
            ("group_been_restructured", "groupBeenRestructured"),
            ("company_serviced_other_company_in_group_for_free", "companyServicedOtherCompanyInGroupForFree"),
            (
                "company_has_been_serviced_by_other_company_in_group_for_free",
                "companyHasBeenServicedByOtherCompanyInGroupForFree",
            ),
            (
                "company_guarantor_for_agreements_by_other_companies_in_same_group",
                "companyGuarantorForAgreementsByOtherCompaniesInSameGroup",
            ),
            ("result_as_percentage_of_gross_revenue", "resultAsPercentageOfGrossRevenue"),
            ("summary", "summary"),
            (
                "number_of_entities_with_controlled_transactions_in_norway",
                "numberOfEntitiesWithControlledTransactionsInNorway",
            ),
            (
                "number_of_entities_with_controlled_transactions_outside_norway",
                "numberOfEntitiesWithControlledTransactionsOutsideNorway",
            ),
            ("business_activities", "businessActivities"),
            ("transactions", "transactions"),
            ("outstanding_balances", "outstandingBalances"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.controlled_transactions_exceeding_limit
            o.controlled_transactions_exceeding_limit = u if v is None else v
            v = s.obliged_to_document
            o.obliged_to_document = u if v is None else v
            v = s.consolidated_margin_percentage
            o.consolidated_margin_percentage = u if v is None else v
            v = s.cost_of_immaterial_assets
            o.cost_of_immaterial_assets = u if v is None else v
            v = s.number_of_registered_patents
            o.number_of_registered_patents = u if v is None else v
            v = s.group_been_restructured
            o.group_been_restructured = u if v is None else v
            v = s.company_serviced_other_company_in_group_for_free
            o.company_serviced_other_company_in_group_for_free = u if v is None else v
            v = s.company_has_been_serviced_by_other_company_in_group_for_free
            o.company_has_been_serviced_by_other_company_in_group_for_free = u if v is None else v
            v = s.company_guarantor_for_agreements_by_other_companies_in_same_group
            o.company_guarantor_for_agreements_by_other_companies_in_same_group = u if v is None else v
            v = s.result_as_percentage_of_gross_revenue
            o.result_as_percentage_of_gross_revenue = u if v is None else v
            v = s.summary
            o.summary = u if v is None or v is u else ControlledTransactionsSummary._tx_parse(v)
            v = s.number_of_entities_with_controlled_transactions_in_norway
            o.number_of_entities_with_controlled_transactions_in_norway = u if v is None else v
            v = s.number_of_entities_with_controlled_transactions_outside_norway
            o.number_of_entities_with_controlled_transactions_outside_norway = u if v is None else v
            v = s.business_activities
            o.business_activities = (
                u
                if v is None or v is u
                else ([ControlledTransactionsBusinessActivity._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.transactions
            o.transactions = (
                u
                if v is None or v is u
                else ([ControlledTransactionsTransaction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.outstanding_balances
            o.outstanding_balances = (
                u
                if v is None or v is u
                else ([ControlledTransactionsOutstanding._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
