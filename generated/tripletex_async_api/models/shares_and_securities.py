from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shares_and_securities_generic_data_sub_type import SharesAndSecuritiesGenericDataSubType
from ..models.shares_and_securities_generic_data_type import SharesAndSecuritiesGenericDataType
from ..models.shares_and_securities_post_type import SharesAndSecuritiesPostType
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
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="SharesAndSecurities")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("yearEndReport", dict, False),
    ("genericDataType", str, False),
    ("genericDataSubType", str, False),
    ("postType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SharesAndSecurities(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        generic_data_type (SharesAndSecuritiesGenericDataType | Unset):
        generic_data_sub_type (SharesAndSecuritiesGenericDataSubType | Unset):
        generic_data_sub_type_group_id (int | Unset):
        post_type (SharesAndSecuritiesPostType | Unset):
        post_value (str | Unset):
        name (str | Unset):
        vat_number (str | Unset):
        isin (str | Unset):
        stock_type (str | Unset):
        share_class (str | Unset):
        financial_product (str | Unset):
        value (float | Unset):
        dividend (float | Unset):
        profit_realisation (float | Unset):
        loss_realisation (float | Unset):
        country_code (str | Unset):
        shares_by_the_start_of_the_year (float | Unset):
        shares_by_the_end_of_the_year (float | Unset):
        total_value (float | Unset):
        interest_income (float | Unset):
        profit_interest (float | Unset):
        loss_interest (float | Unset):
        exemption_method (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    generic_data_type: SharesAndSecuritiesGenericDataType | Unset = UNSET
    generic_data_sub_type: SharesAndSecuritiesGenericDataSubType | Unset = UNSET
    generic_data_sub_type_group_id: int | Unset = UNSET
    post_type: SharesAndSecuritiesPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    name: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    isin: str | Unset = UNSET
    stock_type: str | Unset = UNSET
    share_class: str | Unset = UNSET
    financial_product: str | Unset = UNSET
    value: float | Unset = UNSET
    dividend: float | Unset = UNSET
    profit_realisation: float | Unset = UNSET
    loss_realisation: float | Unset = UNSET
    country_code: str | Unset = UNSET
    shares_by_the_start_of_the_year: float | Unset = UNSET
    shares_by_the_end_of_the_year: float | Unset = UNSET
    total_value: float | Unset = UNSET
    interest_income: float | Unset = UNSET
    profit_interest: float | Unset = UNSET
    loss_interest: float | Unset = UNSET
    exemption_method: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_sub_type: str | Unset = UNSET
        if not isinstance(self.generic_data_sub_type, Unset):
            generic_data_sub_type = self.generic_data_sub_type.value

        generic_data_sub_type_group_id = self.generic_data_sub_type_group_id

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        name = self.name

        vat_number = self.vat_number

        isin = self.isin

        stock_type = self.stock_type

        share_class = self.share_class

        financial_product = self.financial_product

        value = self.value

        dividend = self.dividend

        profit_realisation = self.profit_realisation

        loss_realisation = self.loss_realisation

        country_code = self.country_code

        shares_by_the_start_of_the_year = self.shares_by_the_start_of_the_year

        shares_by_the_end_of_the_year = self.shares_by_the_end_of_the_year

        total_value = self.total_value

        interest_income = self.interest_income

        profit_interest = self.profit_interest

        loss_interest = self.loss_interest

        exemption_method = self.exemption_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_sub_type is not UNSET:
            field_dict["genericDataSubType"] = generic_data_sub_type
        if generic_data_sub_type_group_id is not UNSET:
            field_dict["genericDataSubTypeGroupId"] = generic_data_sub_type_group_id
        if post_type is not UNSET:
            field_dict["postType"] = post_type
        if post_value is not UNSET:
            field_dict["postValue"] = post_value
        if name is not UNSET:
            field_dict["name"] = name
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if isin is not UNSET:
            field_dict["isin"] = isin
        if stock_type is not UNSET:
            field_dict["stockType"] = stock_type
        if share_class is not UNSET:
            field_dict["shareClass"] = share_class
        if financial_product is not UNSET:
            field_dict["financialProduct"] = financial_product
        if value is not UNSET:
            field_dict["value"] = value
        if dividend is not UNSET:
            field_dict["dividend"] = dividend
        if profit_realisation is not UNSET:
            field_dict["profitRealisation"] = profit_realisation
        if loss_realisation is not UNSET:
            field_dict["lossRealisation"] = loss_realisation
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if shares_by_the_start_of_the_year is not UNSET:
            field_dict["sharesByTheStartOfTheYear"] = shares_by_the_start_of_the_year
        if shares_by_the_end_of_the_year is not UNSET:
            field_dict["sharesByTheEndOfTheYear"] = shares_by_the_end_of_the_year
        if total_value is not UNSET:
            field_dict["totalValue"] = total_value
        if interest_income is not UNSET:
            field_dict["interestIncome"] = interest_income
        if profit_interest is not UNSET:
            field_dict["profitInterest"] = profit_interest
        if loss_interest is not UNSET:
            field_dict["lossInterest"] = loss_interest
        if exemption_method is not UNSET:
            field_dict["exemptionMethod"] = exemption_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SharesAndSecurities from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_generic_data_type(_tx_v: Any) -> SharesAndSecuritiesGenericDataType | Unset:
            _generic_data_type = _tx_v
            generic_data_type: SharesAndSecuritiesGenericDataType | Unset
            if isinstance(_generic_data_type, Unset):
                generic_data_type = UNSET
            else:
                generic_data_type = SharesAndSecuritiesGenericDataType(_generic_data_type)

            return generic_data_type

        def _p_generic_data_sub_type(_tx_v: Any) -> SharesAndSecuritiesGenericDataSubType | Unset:
            _generic_data_sub_type = _tx_v
            generic_data_sub_type: SharesAndSecuritiesGenericDataSubType | Unset
            if isinstance(_generic_data_sub_type, Unset):
                generic_data_sub_type = UNSET
            else:
                generic_data_sub_type = SharesAndSecuritiesGenericDataSubType(_generic_data_sub_type)

            return generic_data_sub_type

        def _p_post_type(_tx_v: Any) -> SharesAndSecuritiesPostType | Unset:
            _post_type = _tx_v
            post_type: SharesAndSecuritiesPostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = SharesAndSecuritiesPostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "yearEndReport",
                "groupId",
                "genericDataType",
                "genericDataSubType",
                "genericDataSubTypeGroupId",
                "postType",
                "postValue",
                "name",
                "vatNumber",
                "isin",
                "stockType",
                "shareClass",
                "financialProduct",
                "value",
                "dividend",
                "profitRealisation",
                "lossRealisation",
                "countryCode",
                "sharesByTheStartOfTheYear",
                "sharesByTheEndOfTheYear",
                "totalValue",
                "interestIncome",
                "profitInterest",
                "lossInterest",
                "exemptionMethod",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "generic_data_type": ("genericDataType", _p_generic_data_type),
            "generic_data_sub_type": ("genericDataSubType", _p_generic_data_sub_type),
            "generic_data_sub_type_group_id": ("genericDataSubTypeGroupId", None),
            "post_type": ("postType", _p_post_type),
            "post_value": ("postValue", None),
            "name": ("name", None),
            "vat_number": ("vatNumber", None),
            "isin": ("isin", None),
            "stock_type": ("stockType", None),
            "share_class": ("shareClass", None),
            "financial_product": ("financialProduct", None),
            "value": ("value", None),
            "dividend": ("dividend", None),
            "profit_realisation": ("profitRealisation", None),
            "loss_realisation": ("lossRealisation", None),
            "country_code": ("countryCode", None),
            "shares_by_the_start_of_the_year": ("sharesByTheStartOfTheYear", None),
            "shares_by_the_end_of_the_year": ("sharesByTheEndOfTheYear", None),
            "total_value": ("totalValue", None),
            "interest_income": ("interestIncome", None),
            "profit_interest": ("profitInterest", None),
            "loss_interest": ("lossInterest", None),
            "exemption_method": ("exemptionMethod", None),
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
