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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CooperativeEnterpriseOverview")


@_attrs_define
class CooperativeEnterpriseOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        total_sales (float | Unset):
        share_of_sales (float | Unset):
        total_retroactive_payment (float | Unset):
        taxable_business_income (float | Unset):
        total_purchases (float | Unset):
        share_of_purchases (float | Unset):
        total_carry_forward_deduction_limit (float | Unset):
        posts (list[GenericData] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    total_sales: float | Unset = UNSET
    share_of_sales: float | Unset = UNSET
    total_retroactive_payment: float | Unset = UNSET
    taxable_business_income: float | Unset = UNSET
    total_purchases: float | Unset = UNSET
    share_of_purchases: float | Unset = UNSET
    total_carry_forward_deduction_limit: float | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.total_sales
        if _v is not UNSET and not _in_request:
            field_dict["totalSales"] = _v
        _v = self.share_of_sales
        if _v is not UNSET and not _in_request:
            field_dict["shareOfSales"] = _v
        _v = self.total_retroactive_payment
        if _v is not UNSET and not _in_request:
            field_dict["totalRetroactivePayment"] = _v
        _v = self.taxable_business_income
        if _v is not UNSET and not _in_request:
            field_dict["taxableBusinessIncome"] = _v
        _v = self.total_purchases
        if _v is not UNSET and not _in_request:
            field_dict["totalPurchases"] = _v
        _v = self.share_of_purchases
        if _v is not UNSET and not _in_request:
            field_dict["shareOfPurchases"] = _v
        _v = self.total_carry_forward_deduction_limit
        if _v is not UNSET and not _in_request:
            field_dict["totalCarryForwardDeductionLimit"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CooperativeEnterpriseOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CooperativeEnterpriseOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "totalSales",
                "shareOfSales",
                "totalRetroactivePayment",
                "taxableBusinessIncome",
                "totalPurchases",
                "shareOfPurchases",
                "totalCarryForwardDeductionLimit",
                "posts",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "totalSales": "total_sales",
            "shareOfSales": "share_of_sales",
            "totalRetroactivePayment": "total_retroactive_payment",
            "taxableBusinessIncome": "taxable_business_income",
            "totalPurchases": "total_purchases",
            "shareOfPurchases": "share_of_purchases",
            "totalCarryForwardDeductionLimit": "total_carry_forward_deduction_limit",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.total_sales = o.share_of_sales = o.total_retroactive_payment = (
                        o.taxable_business_income
                    ) = o.total_purchases = o.share_of_purchases = o.total_carry_forward_deduction_limit = o.posts = (
                        UNSET
                    )
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
                v = g("totalSales")
                if v is None:
                    o.total_sales = u
                    if "totalSales" not in d:
                        m += 1
                else:
                    o.total_sales = v
                v = g("shareOfSales")
                if v is None:
                    o.share_of_sales = u
                    if "shareOfSales" not in d:
                        m += 1
                else:
                    o.share_of_sales = v
                v = g("totalRetroactivePayment")
                if v is None:
                    o.total_retroactive_payment = u
                    if "totalRetroactivePayment" not in d:
                        m += 1
                else:
                    o.total_retroactive_payment = v
                v = g("taxableBusinessIncome")
                if v is None:
                    o.taxable_business_income = u
                    if "taxableBusinessIncome" not in d:
                        m += 1
                else:
                    o.taxable_business_income = v
                v = g("totalPurchases")
                if v is None:
                    o.total_purchases = u
                    if "totalPurchases" not in d:
                        m += 1
                else:
                    o.total_purchases = v
                v = g("shareOfPurchases")
                if v is None:
                    o.share_of_purchases = u
                    if "shareOfPurchases" not in d:
                        m += 1
                else:
                    o.share_of_purchases = v
                v = g("totalCarryForwardDeductionLimit")
                if v is None:
                    o.total_carry_forward_deduction_limit = u
                    if "totalCarryForwardDeductionLimit" not in d:
                        m += 1
                else:
                    o.total_carry_forward_deduction_limit = v
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("total_sales", "totalSales"),
            ("share_of_sales", "shareOfSales"),
            ("total_retroactive_payment", "totalRetroactivePayment"),
            ("taxable_business_income", "taxableBusinessIncome"),
            ("total_purchases", "totalPurchases"),
            ("share_of_purchases", "shareOfPurchases"),
            ("total_carry_forward_deduction_limit", "totalCarryForwardDeductionLimit"),
            ("posts", "posts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.total_sales
            o.total_sales = u if v is None else v
            v = s.share_of_sales
            o.share_of_sales = u if v is None else v
            v = s.total_retroactive_payment
            o.total_retroactive_payment = u if v is None else v
            v = s.taxable_business_income
            o.taxable_business_income = u if v is None else v
            v = s.total_purchases
            o.total_purchases = u if v is None else v
            v = s.share_of_purchases
            o.share_of_purchases = u if v is None else v
            v = s.total_carry_forward_deduction_limit
            o.total_carry_forward_deduction_limit = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
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
