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

T = TypeVar("T", bound="YearEndReportPost")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class YearEndReportPost(LazyModel):
    """
    Attributes:
        group_number (str | Unset): [read-only]
        grouping (str | Unset): [read-only]
        grouping_previous_year (str | Unset): [read-only]
        post (str | Unset): [read-only]
        sub_post (str | Unset): [read-only]
        name (str | Unset): [read-only]
        technical_name (str | Unset): [read-only]
        info (str | Unset): [read-only]
        sum_amount (float | Unset): [read-only]
        sum_amount_previous_year (float | Unset): [read-only]
        balance_in (float | Unset): [read-only]
        is_exclude_from_tax_return (bool | Unset):
        capital_debt_share_spouse (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        group_number = self.group_number

        grouping = self.grouping

        grouping_previous_year = self.grouping_previous_year

        post = self.post

        sub_post = self.sub_post

        name = self.name

        technical_name = self.technical_name

        info = self.info

        sum_amount = self.sum_amount

        sum_amount_previous_year = self.sum_amount_previous_year

        balance_in = self.balance_in

        is_exclude_from_tax_return = self.is_exclude_from_tax_return

        capital_debt_share_spouse = self.capital_debt_share_spouse

        capital_debt_share_spouse_id = self.capital_debt_share_spouse_id

        capital_debt_share_spouse_group_id = self.capital_debt_share_spouse_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_number is not UNSET and not _in_request:
            field_dict["groupNumber"] = group_number
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if grouping_previous_year is not UNSET and not _in_request:
            field_dict["groupingPreviousYear"] = grouping_previous_year
        if post is not UNSET and not _in_request:
            field_dict["post"] = post
        if sub_post is not UNSET and not _in_request:
            field_dict["subPost"] = sub_post
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if technical_name is not UNSET and not _in_request:
            field_dict["technicalName"] = technical_name
        if info is not UNSET and not _in_request:
            field_dict["info"] = info
        if sum_amount is not UNSET and not _in_request:
            field_dict["sumAmount"] = sum_amount
        if sum_amount_previous_year is not UNSET and not _in_request:
            field_dict["sumAmountPreviousYear"] = sum_amount_previous_year
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if is_exclude_from_tax_return is not UNSET:
            field_dict["isExcludeFromTaxReturn"] = is_exclude_from_tax_return
        if capital_debt_share_spouse is not UNSET and not _in_request:
            field_dict["capitalDebtShareSpouse"] = capital_debt_share_spouse
        if capital_debt_share_spouse_id is not UNSET:
            field_dict["capitalDebtShareSpouseId"] = capital_debt_share_spouse_id
        if capital_debt_share_spouse_group_id is not UNSET:
            field_dict["capitalDebtShareSpouseGroupId"] = capital_debt_share_spouse_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReportPost from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "group_number": ("groupNumber", None),
            "grouping": ("grouping", None),
            "grouping_previous_year": ("groupingPreviousYear", None),
            "post": ("post", None),
            "sub_post": ("subPost", None),
            "name": ("name", None),
            "technical_name": ("technicalName", None),
            "info": ("info", None),
            "sum_amount": ("sumAmount", None),
            "sum_amount_previous_year": ("sumAmountPreviousYear", None),
            "balance_in": ("balanceIn", None),
            "is_exclude_from_tax_return": ("isExcludeFromTaxReturn", None),
            "capital_debt_share_spouse": ("capitalDebtShareSpouse", None),
            "capital_debt_share_spouse_id": ("capitalDebtShareSpouseId", None),
            "capital_debt_share_spouse_group_id": ("capitalDebtShareSpouseGroupId", None),
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
