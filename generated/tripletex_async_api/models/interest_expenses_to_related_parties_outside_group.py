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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.interest_expenses_to_related_party_outside_group import InterestExpensesToRelatedPartyOutsideGroup
    from ..models.interest_expenses_to_related_party_outside_group_other_group_guarantor import (
        InterestExpensesToRelatedPartyOutsideGroupOtherGroupGuarantor,
    )
    from ..models.interest_expenses_to_related_party_outside_group_other_with_outstanding_claim import (
        InterestExpensesToRelatedPartyOutsideGroupOtherWithOutstandingClaim,
    )
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestExpensesToRelatedPartiesOutsideGroup")


@_attrs_define
class InterestExpensesToRelatedPartiesOutsideGroup(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        interest_expenses_to_companies (list[InterestExpensesToRelatedPartyOutsideGroup] | Unset): Interest expenses to
            companies in the same group
        interest_expenses_to_others_group_guarantor (list[InterestExpensesToRelatedPartyOutsideGroupOtherGroupGuarantor]
            | Unset): Interest expenses to other group guarantor
        interest_expenses_to_others_with_outstanding_claim
            (list[InterestExpensesToRelatedPartyOutsideGroupOtherWithOutstandingClaim] | Unset): Interest expenses to other
            companies with outstanding claims
        total_interest_expenses (float | Unset): Total interest expenses
        costs_for_guarantee_commission (float | Unset): Costs for guarantee commission
        total_interest_expenses_including_guarantee_costs (float | Unset): Total interest expenses including guarantee
            costs
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    interest_expenses_to_companies: list[InterestExpensesToRelatedPartyOutsideGroup] | Unset = UNSET
    interest_expenses_to_others_group_guarantor: (
        list[InterestExpensesToRelatedPartyOutsideGroupOtherGroupGuarantor] | Unset
    ) = UNSET
    interest_expenses_to_others_with_outstanding_claim: (
        list[InterestExpensesToRelatedPartyOutsideGroupOtherWithOutstandingClaim] | Unset
    ) = UNSET
    total_interest_expenses: float | Unset = UNSET
    costs_for_guarantee_commission: float | Unset = UNSET
    total_interest_expenses_including_guarantee_costs: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
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
        _v = self.interest_expenses_to_companies
        if _v is not UNSET:
            field_dict["interestExpensesToCompanies"] = [_e.to_dict() for _e in _v]
        _v = self.interest_expenses_to_others_group_guarantor
        if _v is not UNSET:
            field_dict["interestExpensesToOthersGroupGuarantor"] = [_e.to_dict() for _e in _v]
        _v = self.interest_expenses_to_others_with_outstanding_claim
        if _v is not UNSET:
            field_dict["interestExpensesToOthersWithOutstandingClaim"] = [_e.to_dict() for _e in _v]
        _v = self.total_interest_expenses
        if _v is not UNSET and not _in_request:
            field_dict["totalInterestExpenses"] = _v
        _v = self.costs_for_guarantee_commission
        if _v is not UNSET:
            field_dict["costsForGuaranteeCommission"] = _v
        _v = self.total_interest_expenses_including_guarantee_costs
        if _v is not UNSET and not _in_request:
            field_dict["totalInterestExpensesIncludingGuaranteeCosts"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestExpensesToRelatedPartiesOutsideGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InterestExpensesToRelatedPartiesOutsideGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.interest_expenses_to_related_party_outside_group import InterestExpensesToRelatedPartyOutsideGroup  # noqa: PLC0415
        from ..models.interest_expenses_to_related_party_outside_group_other_group_guarantor import (
            InterestExpensesToRelatedPartyOutsideGroupOtherGroupGuarantor,  # noqa: PLC0415
        )
        from ..models.interest_expenses_to_related_party_outside_group_other_with_outstanding_claim import (
            InterestExpensesToRelatedPartyOutsideGroupOtherWithOutstandingClaim,  # noqa: PLC0415
        )
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "interestExpensesToCompanies",
                "interestExpensesToOthersGroupGuarantor",
                "interestExpensesToOthersWithOutstandingClaim",
                "totalInterestExpenses",
                "costsForGuaranteeCommission",
                "totalInterestExpensesIncludingGuaranteeCosts",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "totalInterestExpenses": "total_interest_expenses",
            "costsForGuaranteeCommission": "costs_for_guarantee_commission",
            "totalInterestExpensesIncludingGuaranteeCosts": "total_interest_expenses_including_guarantee_costs",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.interest_expenses_to_companies = (
                        o.interest_expenses_to_others_group_guarantor
                    ) = o.interest_expenses_to_others_with_outstanding_claim = o.total_interest_expenses = (
                        o.costs_for_guarantee_commission
                    ) = o.total_interest_expenses_including_guarantee_costs = UNSET
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
                k = "interestExpensesToCompanies"
                v = g("interestExpensesToCompanies")
                if v is None:
                    o.interest_expenses_to_companies = u
                    if "interestExpensesToCompanies" not in d:
                        m += 1
                else:
                    o.interest_expenses_to_companies = (
                        (
                            [InterestExpensesToRelatedPartyOutsideGroup._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "interestExpensesToOthersGroupGuarantor"
                v = g("interestExpensesToOthersGroupGuarantor")
                if v is None:
                    o.interest_expenses_to_others_group_guarantor = u
                    if "interestExpensesToOthersGroupGuarantor" not in d:
                        m += 1
                else:
                    o.interest_expenses_to_others_group_guarantor = (
                        (
                            [
                                InterestExpensesToRelatedPartyOutsideGroupOtherGroupGuarantor._tx_parse(e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "interestExpensesToOthersWithOutstandingClaim"
                v = g("interestExpensesToOthersWithOutstandingClaim")
                if v is None:
                    o.interest_expenses_to_others_with_outstanding_claim = u
                    if "interestExpensesToOthersWithOutstandingClaim" not in d:
                        m += 1
                else:
                    o.interest_expenses_to_others_with_outstanding_claim = (
                        (
                            [
                                InterestExpensesToRelatedPartyOutsideGroupOtherWithOutstandingClaim._tx_parse(e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalInterestExpenses")
                if v is None:
                    o.total_interest_expenses = u
                    if "totalInterestExpenses" not in d:
                        m += 1
                else:
                    o.total_interest_expenses = v
                v = g("costsForGuaranteeCommission")
                if v is None:
                    o.costs_for_guarantee_commission = u
                    if "costsForGuaranteeCommission" not in d:
                        m += 1
                else:
                    o.costs_for_guarantee_commission = v
                v = g("totalInterestExpensesIncludingGuaranteeCosts")
                if v is None:
                    o.total_interest_expenses_including_guarantee_costs = u
                    if "totalInterestExpensesIncludingGuaranteeCosts" not in d:
                        m += 1
                else:
                    o.total_interest_expenses_including_guarantee_costs = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("interest_expenses_to_companies", "interestExpensesToCompanies"),
            ("interest_expenses_to_others_group_guarantor", "interestExpensesToOthersGroupGuarantor"),
            ("interest_expenses_to_others_with_outstanding_claim", "interestExpensesToOthersWithOutstandingClaim"),
            ("total_interest_expenses", "totalInterestExpenses"),
            ("costs_for_guarantee_commission", "costsForGuaranteeCommission"),
            ("total_interest_expenses_including_guarantee_costs", "totalInterestExpensesIncludingGuaranteeCosts"),
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
            v = s.interest_expenses_to_companies
            o.interest_expenses_to_companies = (
                u
                if v is None or v is u
                else (
                    [InterestExpensesToRelatedPartyOutsideGroup._tx_parse(e) for e in v if e is not None] if v else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.interest_expenses_to_others_group_guarantor
            o.interest_expenses_to_others_group_guarantor = (
                u
                if v is None or v is u
                else (
                    [
                        InterestExpensesToRelatedPartyOutsideGroupOtherGroupGuarantor._tx_parse(e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.interest_expenses_to_others_with_outstanding_claim
            o.interest_expenses_to_others_with_outstanding_claim = (
                u
                if v is None or v is u
                else (
                    [
                        InterestExpensesToRelatedPartyOutsideGroupOtherWithOutstandingClaim._tx_parse(e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_interest_expenses
            o.total_interest_expenses = u if v is None else v
            v = s.costs_for_guarantee_commission
            o.costs_for_guarantee_commission = u if v is None else v
            v = s.total_interest_expenses_including_guarantee_costs
            o.total_interest_expenses_including_guarantee_costs = u if v is None else v
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
