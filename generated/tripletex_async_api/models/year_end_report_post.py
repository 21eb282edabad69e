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

T = TypeVar("T", bound="YearEndReportPost")


@_attrs_define
class YearEndReportPost(Model):
    """
    Attributes:
        group_number (str | Unset):
        grouping (str | Unset):
        grouping_previous_year (str | Unset):
        post (str | Unset):
        sub_post (str | Unset):
        name (str | Unset):
        technical_name (str | Unset):
        info (str | Unset):
        sum_amount (float | Unset):
        sum_amount_previous_year (float | Unset):
        balance_in (float | Unset):
        is_exclude_from_tax_return (bool | Unset):
        capital_debt_share_spouse (float | Unset):
        capital_debt_share_spouse_id (int | Unset):
        capital_debt_share_spouse_group_id (int | Unset):
    """

    group_number: str | Unset = UNSET
    grouping: str | Unset = UNSET
    grouping_previous_year: str | Unset = UNSET
    post: str | Unset = UNSET
    sub_post: str | Unset = UNSET
    name: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    info: str | Unset = UNSET
    sum_amount: float | Unset = UNSET
    sum_amount_previous_year: float | Unset = UNSET
    balance_in: float | Unset = UNSET
    is_exclude_from_tax_return: bool | Unset = UNSET
    capital_debt_share_spouse: float | Unset = UNSET
    capital_debt_share_spouse_id: int | Unset = UNSET
    capital_debt_share_spouse_group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.group_number
        if _v is not UNSET and not _in_request:
            field_dict["groupNumber"] = _v
        _v = self.grouping
        if _v is not UNSET and not _in_request:
            field_dict["grouping"] = _v
        _v = self.grouping_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["groupingPreviousYear"] = _v
        _v = self.post
        if _v is not UNSET and not _in_request:
            field_dict["post"] = _v
        _v = self.sub_post
        if _v is not UNSET and not _in_request:
            field_dict["subPost"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.technical_name
        if _v is not UNSET and not _in_request:
            field_dict["technicalName"] = _v
        _v = self.info
        if _v is not UNSET and not _in_request:
            field_dict["info"] = _v
        _v = self.sum_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumAmount"] = _v
        _v = self.sum_amount_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountPreviousYear"] = _v
        _v = self.balance_in
        if _v is not UNSET and not _in_request:
            field_dict["balanceIn"] = _v
        _v = self.is_exclude_from_tax_return
        if _v is not UNSET:
            field_dict["isExcludeFromTaxReturn"] = _v
        _v = self.capital_debt_share_spouse
        if _v is not UNSET and not _in_request:
            field_dict["capitalDebtShareSpouse"] = _v
        _v = self.capital_debt_share_spouse_id
        if _v is not UNSET:
            field_dict["capitalDebtShareSpouseId"] = _v
        _v = self.capital_debt_share_spouse_group_id
        if _v is not UNSET:
            field_dict["capitalDebtShareSpouseGroupId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReportPost from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``YearEndReportPost.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "groupNumber",
                "grouping",
                "groupingPreviousYear",
                "post",
                "subPost",
                "name",
                "technicalName",
                "info",
                "sumAmount",
                "sumAmountPreviousYear",
                "balanceIn",
                "isExcludeFromTaxReturn",
                "capitalDebtShareSpouse",
                "capitalDebtShareSpouseId",
                "capitalDebtShareSpouseGroupId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupNumber": "group_number",
            "grouping": "grouping",
            "groupingPreviousYear": "grouping_previous_year",
            "post": "post",
            "subPost": "sub_post",
            "name": "name",
            "technicalName": "technical_name",
            "info": "info",
            "sumAmount": "sum_amount",
            "sumAmountPreviousYear": "sum_amount_previous_year",
            "balanceIn": "balance_in",
            "isExcludeFromTaxReturn": "is_exclude_from_tax_return",
            "capitalDebtShareSpouse": "capital_debt_share_spouse",
            "capitalDebtShareSpouseId": "capital_debt_share_spouse_id",
            "capitalDebtShareSpouseGroupId": "capital_debt_share_spouse_group_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.group_number = o.grouping = o.grouping_previous_year = o.post = o.sub_post = o.name = (
                        o.technical_name
                    ) = o.info = o.sum_amount = o.sum_amount_previous_year = o.balance_in = (
                        o.is_exclude_from_tax_return
                    ) = o.capital_debt_share_spouse = o.capital_debt_share_spouse_id = (
                        o.capital_debt_share_spouse_group_id
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("groupNumber")
                if v is None:
                    o.group_number = u
                    if "groupNumber" not in d:
                        m += 1
                else:
                    o.group_number = v
                v = g("grouping")
                if v is None:
                    o.grouping = u
                    if "grouping" not in d:
                        m += 1
                else:
                    o.grouping = v
                v = g("groupingPreviousYear")
                if v is None:
                    o.grouping_previous_year = u
                    if "groupingPreviousYear" not in d:
                        m += 1
                else:
                    o.grouping_previous_year = v
                v = g("post")
                if v is None:
                    o.post = u
                    if "post" not in d:
                        m += 1
                else:
                    o.post = v
                v = g("subPost")
                if v is None:
                    o.sub_post = u
                    if "subPost" not in d:
                        m += 1
                else:
                    o.sub_post = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("technicalName")
                if v is None:
                    o.technical_name = u
                    if "technicalName" not in d:
                        m += 1
                else:
                    o.technical_name = v
                v = g("info")
                if v is None:
                    o.info = u
                    if "info" not in d:
                        m += 1
                else:
                    o.info = v
                v = g("sumAmount")
                if v is None:
                    o.sum_amount = u
                    if "sumAmount" not in d:
                        m += 1
                else:
                    o.sum_amount = v
                v = g("sumAmountPreviousYear")
                if v is None:
                    o.sum_amount_previous_year = u
                    if "sumAmountPreviousYear" not in d:
                        m += 1
                else:
                    o.sum_amount_previous_year = v
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("isExcludeFromTaxReturn")
                if v is None:
                    o.is_exclude_from_tax_return = u
                    if "isExcludeFromTaxReturn" not in d:
                        m += 1
                else:
                    o.is_exclude_from_tax_return = v
                v = g("capitalDebtShareSpouse")
                if v is None:
                    o.capital_debt_share_spouse = u
                    if "capitalDebtShareSpouse" not in d:
                        m += 1
                else:
                    o.capital_debt_share_spouse = v
                v = g("capitalDebtShareSpouseId")
                if v is None:
                    o.capital_debt_share_spouse_id = u
                    if "capitalDebtShareSpouseId" not in d:
                        m += 1
                else:
                    o.capital_debt_share_spouse_id = v
                v = g("capitalDebtShareSpouseGroupId")
                if v is None:
                    o.capital_debt_share_spouse_group_id = u
                    if "capitalDebtShareSpouseGroupId" not in d:
                        m += 1
                else:
                    o.capital_debt_share_spouse_group_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("group_number", "groupNumber"),
            ("grouping", "grouping"),
            ("grouping_previous_year", "groupingPreviousYear"),
            ("post", "post"),
            ("sub_post", "subPost"),
            ("name", "name"),
            ("technical_name", "technicalName"),
            ("info", "info"),
            ("sum_amount", "sumAmount"),
            ("sum_amount_previous_year", "sumAmountPreviousYear"),
            ("balance_in", "balanceIn"),
            ("is_exclude_from_tax_return", "isExcludeFromTaxReturn"),
            ("capital_debt_share_spouse", "capitalDebtShareSpouse"),
            ("capital_debt_share_spouse_id", "capitalDebtShareSpouseId"),
            ("capital_debt_share_spouse_group_id", "capitalDebtShareSpouseGroupId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.group_number
            o.group_number = u if v is None else v
            v = s.grouping
            o.grouping = u if v is None else v
            v = s.grouping_previous_year
            o.grouping_previous_year = u if v is None else v
            v = s.post
            o.post = u if v is None else v
            v = s.sub_post
            o.sub_post = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.technical_name
            o.technical_name = u if v is None else v
            v = s.info
            o.info = u if v is None else v
            v = s.sum_amount
            o.sum_amount = u if v is None else v
            v = s.sum_amount_previous_year
            o.sum_amount_previous_year = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.is_exclude_from_tax_return
            o.is_exclude_from_tax_return = u if v is None else v
            v = s.capital_debt_share_spouse
            o.capital_debt_share_spouse = u if v is None else v
            v = s.capital_debt_share_spouse_id
            o.capital_debt_share_spouse_id = u if v is None else v
            v = s.capital_debt_share_spouse_group_id
            o.capital_debt_share_spouse_group_id = u if v is None else v
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
