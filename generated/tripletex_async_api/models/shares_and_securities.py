from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shares_and_securities_generic_data_sub_type import SharesAndSecuritiesGenericDataSubType
from ..models.shares_and_securities_generic_data_type import SharesAndSecuritiesGenericDataType
from ..models.shares_and_securities_post_type import SharesAndSecuritiesPostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="SharesAndSecurities")


@_attrs_define
class SharesAndSecurities(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.generic_data_type
        if _v is not UNSET:
            field_dict["genericDataType"] = _v._value_
        _v = self.generic_data_sub_type
        if _v is not UNSET:
            field_dict["genericDataSubType"] = _v._value_
        _v = self.generic_data_sub_type_group_id
        if _v is not UNSET:
            field_dict["genericDataSubTypeGroupId"] = _v
        _v = self.post_type
        if _v is not UNSET:
            field_dict["postType"] = _v._value_
        _v = self.post_value
        if _v is not UNSET:
            field_dict["postValue"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.vat_number
        if _v is not UNSET:
            field_dict["vatNumber"] = _v
        _v = self.isin
        if _v is not UNSET:
            field_dict["isin"] = _v
        _v = self.stock_type
        if _v is not UNSET:
            field_dict["stockType"] = _v
        _v = self.share_class
        if _v is not UNSET:
            field_dict["shareClass"] = _v
        _v = self.financial_product
        if _v is not UNSET:
            field_dict["financialProduct"] = _v
        _v = self.value
        if _v is not UNSET:
            field_dict["value"] = _v
        _v = self.dividend
        if _v is not UNSET:
            field_dict["dividend"] = _v
        _v = self.profit_realisation
        if _v is not UNSET:
            field_dict["profitRealisation"] = _v
        _v = self.loss_realisation
        if _v is not UNSET:
            field_dict["lossRealisation"] = _v
        _v = self.country_code
        if _v is not UNSET:
            field_dict["countryCode"] = _v
        _v = self.shares_by_the_start_of_the_year
        if _v is not UNSET:
            field_dict["sharesByTheStartOfTheYear"] = _v
        _v = self.shares_by_the_end_of_the_year
        if _v is not UNSET:
            field_dict["sharesByTheEndOfTheYear"] = _v
        _v = self.total_value
        if _v is not UNSET:
            field_dict["totalValue"] = _v
        _v = self.interest_income
        if _v is not UNSET:
            field_dict["interestIncome"] = _v
        _v = self.profit_interest
        if _v is not UNSET:
            field_dict["profitInterest"] = _v
        _v = self.loss_interest
        if _v is not UNSET:
            field_dict["lossInterest"] = _v
        _v = self.exemption_method
        if _v is not UNSET:
            field_dict["exemptionMethod"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SharesAndSecurities from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SharesAndSecurities.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(SharesAndSecuritiesGenericDataType)
        _e_generic_data_sub_type: dict[Any, Any] = enum_members(SharesAndSecuritiesGenericDataSubType)
        _e_post_type: dict[Any, Any] = enum_members(SharesAndSecuritiesPostType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "groupId": "group_id",
            "genericDataSubTypeGroupId": "generic_data_sub_type_group_id",
            "postValue": "post_value",
            "name": "name",
            "vatNumber": "vat_number",
            "isin": "isin",
            "stockType": "stock_type",
            "shareClass": "share_class",
            "financialProduct": "financial_product",
            "value": "value",
            "dividend": "dividend",
            "profitRealisation": "profit_realisation",
            "lossRealisation": "loss_realisation",
            "countryCode": "country_code",
            "sharesByTheStartOfTheYear": "shares_by_the_start_of_the_year",
            "sharesByTheEndOfTheYear": "shares_by_the_end_of_the_year",
            "totalValue": "total_value",
            "interestIncome": "interest_income",
            "profitInterest": "profit_interest",
            "lossInterest": "loss_interest",
            "exemptionMethod": "exemption_method",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.year_end_report = o.group_id = o.generic_data_type = (
                        o.generic_data_sub_type
                    ) = o.generic_data_sub_type_group_id = o.post_type = o.post_value = o.name = o.vat_number = (
                        o.isin
                    ) = o.stock_type = o.share_class = o.financial_product = o.value = o.dividend = (
                        o.profit_realisation
                    ) = o.loss_realisation = o.country_code = o.shares_by_the_start_of_the_year = (
                        o.shares_by_the_end_of_the_year
                    ) = o.total_value = o.interest_income = o.profit_interest = o.loss_interest = o.exemption_method = (
                        UNSET
                    )
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.year_end_report = o.group_id = o.generic_data_type = (
                        o.generic_data_sub_type
                    ) = o.generic_data_sub_type_group_id = o.post_type = o.post_value = o.name = o.vat_number = (
                        o.isin
                    ) = o.stock_type = o.share_class = o.financial_product = o.value = o.dividend = (
                        o.profit_realisation
                    ) = o.loss_realisation = o.country_code = o.shares_by_the_start_of_the_year = (
                        o.shares_by_the_end_of_the_year
                    ) = o.total_value = o.interest_income = o.profit_interest = o.loss_interest = o.exemption_method = (
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
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
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
                k = "genericDataType"
                v = g("genericDataType")
                if v is None:
                    o.generic_data_type = u
                    if "genericDataType" not in d:
                        m += 1
                else:
                    o.generic_data_type = (
                        e_
                        if (e_ := _e_generic_data_type.get(v)) is not None
                        else enum_value(SharesAndSecuritiesGenericDataType, v)
                    )
                k = "genericDataSubType"
                v = g("genericDataSubType")
                if v is None:
                    o.generic_data_sub_type = u
                    if "genericDataSubType" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type = (
                        e_
                        if (e_ := _e_generic_data_sub_type.get(v)) is not None
                        else enum_value(SharesAndSecuritiesGenericDataSubType, v)
                    )
                v = g("genericDataSubTypeGroupId")
                if v is None:
                    o.generic_data_sub_type_group_id = u
                    if "genericDataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type_group_id = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = (
                        e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(SharesAndSecuritiesPostType, v)
                    )
                v = g("postValue")
                if v is None:
                    o.post_value = u
                    if "postValue" not in d:
                        m += 1
                else:
                    o.post_value = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("vatNumber")
                if v is None:
                    o.vat_number = u
                    if "vatNumber" not in d:
                        m += 1
                else:
                    o.vat_number = v
                v = g("isin")
                if v is None:
                    o.isin = u
                    if "isin" not in d:
                        m += 1
                else:
                    o.isin = v
                v = g("stockType")
                if v is None:
                    o.stock_type = u
                    if "stockType" not in d:
                        m += 1
                else:
                    o.stock_type = v
                v = g("shareClass")
                if v is None:
                    o.share_class = u
                    if "shareClass" not in d:
                        m += 1
                else:
                    o.share_class = v
                v = g("financialProduct")
                if v is None:
                    o.financial_product = u
                    if "financialProduct" not in d:
                        m += 1
                else:
                    o.financial_product = v
                v = g("value")
                if v is None:
                    o.value = u
                    if "value" not in d:
                        m += 1
                else:
                    o.value = v
                v = g("dividend")
                if v is None:
                    o.dividend = u
                    if "dividend" not in d:
                        m += 1
                else:
                    o.dividend = v
                v = g("profitRealisation")
                if v is None:
                    o.profit_realisation = u
                    if "profitRealisation" not in d:
                        m += 1
                else:
                    o.profit_realisation = v
                v = g("lossRealisation")
                if v is None:
                    o.loss_realisation = u
                    if "lossRealisation" not in d:
                        m += 1
                else:
                    o.loss_realisation = v
                v = g("countryCode")
                if v is None:
                    o.country_code = u
                    if "countryCode" not in d:
                        m += 1
                else:
                    o.country_code = v
                v = g("sharesByTheStartOfTheYear")
                if v is None:
                    o.shares_by_the_start_of_the_year = u
                    if "sharesByTheStartOfTheYear" not in d:
                        m += 1
                else:
                    o.shares_by_the_start_of_the_year = v
                v = g("sharesByTheEndOfTheYear")
                if v is None:
                    o.shares_by_the_end_of_the_year = u
                    if "sharesByTheEndOfTheYear" not in d:
                        m += 1
                else:
                    o.shares_by_the_end_of_the_year = v
                v = g("totalValue")
                if v is None:
                    o.total_value = u
                    if "totalValue" not in d:
                        m += 1
                else:
                    o.total_value = v
                v = g("interestIncome")
                if v is None:
                    o.interest_income = u
                    if "interestIncome" not in d:
                        m += 1
                else:
                    o.interest_income = v
                v = g("profitInterest")
                if v is None:
                    o.profit_interest = u
                    if "profitInterest" not in d:
                        m += 1
                else:
                    o.profit_interest = v
                v = g("lossInterest")
                if v is None:
                    o.loss_interest = u
                    if "lossInterest" not in d:
                        m += 1
                else:
                    o.loss_interest = v
                v = g("exemptionMethod")
                if v is None:
                    o.exemption_method = u
                    if "exemptionMethod" not in d:
                        m += 1
                else:
                    o.exemption_method = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 29 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_sub_type", "genericDataSubType"),
            ("generic_data_sub_type_group_id", "genericDataSubTypeGroupId"),
            ("post_type", "postType"),
            ("post_value", "postValue"),
            ("name", "name"),
            ("vat_number", "vatNumber"),
            ("isin", "isin"),
            ("stock_type", "stockType"),
            ("share_class", "shareClass"),
            ("financial_product", "financialProduct"),
            ("value", "value"),
            ("dividend", "dividend"),
            ("profit_realisation", "profitRealisation"),
            ("loss_realisation", "lossRealisation"),
            ("country_code", "countryCode"),
            ("shares_by_the_start_of_the_year", "sharesByTheStartOfTheYear"),
            ("shares_by_the_end_of_the_year", "sharesByTheEndOfTheYear"),
            ("total_value", "totalValue"),
            ("interest_income", "interestIncome"),
            ("profit_interest", "profitInterest"),
            ("loss_interest", "lossInterest"),
            ("exemption_method", "exemptionMethod"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.generic_data_type
            o.generic_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_type.get(v)) is not None
                else enum_value(SharesAndSecuritiesGenericDataType, v)
            )
            v = s.generic_data_sub_type
            o.generic_data_sub_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_sub_type.get(v)) is not None
                else enum_value(SharesAndSecuritiesGenericDataSubType, v)
            )
            v = s.generic_data_sub_type_group_id
            o.generic_data_sub_type_group_id = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(SharesAndSecuritiesPostType, v)
            )
            v = s.post_value
            o.post_value = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.vat_number
            o.vat_number = u if v is None else v
            v = s.isin
            o.isin = u if v is None else v
            v = s.stock_type
            o.stock_type = u if v is None else v
            v = s.share_class
            o.share_class = u if v is None else v
            v = s.financial_product
            o.financial_product = u if v is None else v
            v = s.value
            o.value = u if v is None else v
            v = s.dividend
            o.dividend = u if v is None else v
            v = s.profit_realisation
            o.profit_realisation = u if v is None else v
            v = s.loss_realisation
            o.loss_realisation = u if v is None else v
            v = s.country_code
            o.country_code = u if v is None else v
            v = s.shares_by_the_start_of_the_year
            o.shares_by_the_start_of_the_year = u if v is None else v
            v = s.shares_by_the_end_of_the_year
            o.shares_by_the_end_of_the_year = u if v is None else v
            v = s.total_value
            o.total_value = u if v is None else v
            v = s.interest_income
            o.interest_income = u if v is None else v
            v = s.profit_interest
            o.profit_interest = u if v is None else v
            v = s.loss_interest
            o.loss_interest = u if v is None else v
            v = s.exemption_method
            o.exemption_method = u if v is None else v
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
