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
    from ..models.controlled_transactions_function_and_risk import ControlledTransactionsFunctionAndRisk
    from ..models.controlled_transactions_related_companies import ControlledTransactionsRelatedCompanies
    from ..models.controlled_transactions_summary import ControlledTransactionsSummary
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ControlledTransactions")


@_attrs_define
class ControlledTransactions(Model):
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
        _v = self.exempt_from_transaction_sharing
        if _v is not UNSET:
            field_dict["exemptFromTransactionSharing"] = _v
        _v = self.exempt_from_price_sharing
        if _v is not UNSET:
            field_dict["exemptFromPriceSharing"] = _v
        _v = self.consolidated_margin_year
        if _v is not UNSET:
            field_dict["consolidatedMarginYear"] = _v
        _v = self.consolidated_margin_percentage
        if _v is not UNSET:
            field_dict["consolidatedMarginPercentage"] = _v
        _v = self.reports_only_provision_income
        if _v is not UNSET:
            field_dict["reportsOnlyProvisionIncome"] = _v
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
        _v = self.company_guarantor_for_agreements_by_other_companies_in_same_group
        if _v is not UNSET:
            field_dict["companyGuarantorForAgreementsByOtherCompaniesInSameGroup"] = _v
        _v = self.related_companies_using_immaterial_assets
        if _v is not UNSET:
            field_dict["relatedCompaniesUsingImmaterialAssets"] = [_e.to_dict() for _e in _v]
        _v = self.function_and_risk
        if _v is not UNSET:
            field_dict["functionAndRisk"] = [_e.to_dict() for _e in _v]
        _v = self.summary
        if _v is not UNSET:
            field_dict["summary"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ControlledTransactions from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ControlledTransactions.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.controlled_transactions_function_and_risk import ControlledTransactionsFunctionAndRisk  # noqa: PLC0415
        from ..models.controlled_transactions_related_companies import ControlledTransactionsRelatedCompanies  # noqa: PLC0415
        from ..models.controlled_transactions_summary import ControlledTransactionsSummary  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "exemptFromTransactionSharing": "exempt_from_transaction_sharing",
            "exemptFromPriceSharing": "exempt_from_price_sharing",
            "consolidatedMarginYear": "consolidated_margin_year",
            "consolidatedMarginPercentage": "consolidated_margin_percentage",
            "reportsOnlyProvisionIncome": "reports_only_provision_income",
            "costOfImmaterialAssets": "cost_of_immaterial_assets",
            "numberOfRegisteredPatents": "number_of_registered_patents",
            "groupBeenRestructured": "group_been_restructured",
            "companyServicedOtherCompanyInGroupForFree": "company_serviced_other_company_in_group_for_free",
            "companyGuarantorForAgreementsByOtherCompaniesInSameGroup": "company_guarantor_for_agreements_by_other_companies_in_same_group",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.exempt_from_transaction_sharing = (
                        o.exempt_from_price_sharing
                    ) = o.consolidated_margin_year = o.consolidated_margin_percentage = (
                        o.reports_only_provision_income
                    ) = o.cost_of_immaterial_assets = o.number_of_registered_patents = o.group_been_restructured = (
                        o.company_serviced_other_company_in_group_for_free
                    ) = o.company_guarantor_for_agreements_by_other_companies_in_same_group = (
                        o.related_companies_using_immaterial_assets
                    ) = o.function_and_risk = o.summary = UNSET
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
                v = g("exemptFromTransactionSharing")
                if v is None:
                    o.exempt_from_transaction_sharing = u
                    if "exemptFromTransactionSharing" not in d:
                        m += 1
                else:
                    o.exempt_from_transaction_sharing = v
                v = g("exemptFromPriceSharing")
                if v is None:
                    o.exempt_from_price_sharing = u
                    if "exemptFromPriceSharing" not in d:
                        m += 1
                else:
                    o.exempt_from_price_sharing = v
                v = g("consolidatedMarginYear")
                if v is None:
                    o.consolidated_margin_year = u
                    if "consolidatedMarginYear" not in d:
                        m += 1
                else:
                    o.consolidated_margin_year = v
                v = g("consolidatedMarginPercentage")
                if v is None:
                    o.consolidated_margin_percentage = u
                    if "consolidatedMarginPercentage" not in d:
                        m += 1
                else:
                    o.consolidated_margin_percentage = v
                v = g("reportsOnlyProvisionIncome")
                if v is None:
                    o.reports_only_provision_income = u
                    if "reportsOnlyProvisionIncome" not in d:
                        m += 1
                else:
                    o.reports_only_provision_income = v
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
                v = g("companyGuarantorForAgreementsByOtherCompaniesInSameGroup")
                if v is None:
                    o.company_guarantor_for_agreements_by_other_companies_in_same_group = u
                    if "companyGuarantorForAgreementsByOtherCompaniesInSameGroup" not in d:
                        m += 1
                else:
                    o.company_guarantor_for_agreements_by_other_companies_in_same_group = v
                k = "relatedCompaniesUsingImmaterialAssets"
                v = g("relatedCompaniesUsingImmaterialAssets")
                if v is None:
                    o.related_companies_using_immaterial_assets = u
                    if "relatedCompaniesUsingImmaterialAssets" not in d:
                        m += 1
                else:
                    o.related_companies_using_immaterial_assets = (
                        ([ControlledTransactionsRelatedCompanies._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "functionAndRisk"
                v = g("functionAndRisk")
                if v is None:
                    o.function_and_risk = u
                    if "functionAndRisk" not in d:
                        m += 1
                else:
                    o.function_and_risk = (
                        ([ControlledTransactionsFunctionAndRisk._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "summary"
                v = g("summary")
                if v is None:
                    o.summary = u
                    if "summary" not in d:
                        m += 1
                else:
                    o.summary = ControlledTransactionsSummary._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("exempt_from_transaction_sharing", "exemptFromTransactionSharing"),
            ("exempt_from_price_sharing", "exemptFromPriceSharing"),
            ("consolidated_margin_year", "consolidatedMarginYear"),
            ("consolidated_margin_percentage", "consolidatedMarginPercentage"),
            ("reports_only_provision_income", "reportsOnlyProvisionIncome"),
            ("cost_of_immaterial_assets", "costOfImmaterialAssets"),
            ("number_of_registered_patents", "numberOfRegisteredPatents"),
            ("group_been_restructured", "groupBeenRestructured"),
            ("company_serviced_other_company_in_group_for_free", "companyServicedOtherCompanyInGroupForFree"),
            (
                "company_guarantor_for_agreements_by_other_companies_in_same_group",
                "companyGuarantorForAgreementsByOtherCompaniesInSameGroup",
            ),
            ("related_companies_using_immaterial_assets", "relatedCompaniesUsingImmaterialAssets"),
            ("function_and_risk", "functionAndRisk"),
            ("summary", "summary"),
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
            v = s.exempt_from_transaction_sharing
            o.exempt_from_transaction_sharing = u if v is None else v
            v = s.exempt_from_price_sharing
            o.exempt_from_price_sharing = u if v is None else v
            v = s.consolidated_margin_year
            o.consolidated_margin_year = u if v is None else v
            v = s.consolidated_margin_percentage
            o.consolidated_margin_percentage = u if v is None else v
            v = s.reports_only_provision_income
            o.reports_only_provision_income = u if v is None else v
            v = s.cost_of_immaterial_assets
            o.cost_of_immaterial_assets = u if v is None else v
            v = s.number_of_registered_patents
            o.number_of_registered_patents = u if v is None else v
            v = s.group_been_restructured
            o.group_been_restructured = u if v is None else v
            v = s.company_serviced_other_company_in_group_for_free
            o.company_serviced_other_company_in_group_for_free = u if v is None else v
            v = s.company_guarantor_for_agreements_by_other_companies_in_same_group
            o.company_guarantor_for_agreements_by_other_companies_in_same_group = u if v is None else v
            v = s.related_companies_using_immaterial_assets
            o.related_companies_using_immaterial_assets = (
                u
                if v is None or v is u
                else ([ControlledTransactionsRelatedCompanies._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.function_and_risk
            o.function_and_risk = (
                u
                if v is None or v is u
                else ([ControlledTransactionsFunctionAndRisk._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.summary
            o.summary = u if v is None or v is u else ControlledTransactionsSummary._tx_parse(v)
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
