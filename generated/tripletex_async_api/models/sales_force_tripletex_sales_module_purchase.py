from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_force_tripletex_sales_module_purchase_tripletex_price_list import (
    SalesForceTripletexSalesModulePurchaseTripletexPriceList,
)
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
    from ..models.sales_force_opportunity import SalesForceOpportunity


T = TypeVar("T", bound="SalesForceTripletexSalesModulePurchase")


@_attrs_define
class SalesForceTripletexSalesModulePurchase(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        tripletex_company_id (int | Unset):
        tripletex_price_list (SalesForceTripletexSalesModulePurchaseTripletexPriceList | Unset):
        employee_id (int | Unset):
        purchase_date (str | Unset): Purchase date
        end_date (str | Unset): Purchase end date
        customer_id (int | Unset):
        tripletex_sales_module_name (str | Unset):
        type_ (int | Unset): Type upSale or newSales
        sales_force_opportunity_dto (SalesForceOpportunity | Unset): Company opportunity
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    tripletex_company_id: int | Unset = UNSET
    tripletex_price_list: SalesForceTripletexSalesModulePurchaseTripletexPriceList | Unset = UNSET
    employee_id: int | Unset = UNSET
    purchase_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    tripletex_sales_module_name: str | Unset = UNSET
    type_: int | Unset = UNSET
    sales_force_opportunity_dto: SalesForceOpportunity | Unset = UNSET
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
        _v = self.tripletex_company_id
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCompanyId"] = _v
        _v = self.tripletex_price_list
        if _v is not UNSET and not _in_request:
            field_dict["tripletexPriceList"] = _v._value_
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.purchase_date
        if _v is not UNSET and not _in_request:
            field_dict["purchaseDate"] = _v
        _v = self.end_date
        if _v is not UNSET and not _in_request:
            field_dict["endDate"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.tripletex_sales_module_name
        if _v is not UNSET and not _in_request:
            field_dict["tripletexSalesModuleName"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.sales_force_opportunity_dto
        if _v is not UNSET:
            field_dict["salesForceOpportunityDTO"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalesForceTripletexSalesModulePurchase from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalesForceTripletexSalesModulePurchase.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sales_force_opportunity import SalesForceOpportunity  # noqa: PLC0415

        _new = object.__new__
        _e_tripletex_price_list: dict[Any, Any] = enum_members(SalesForceTripletexSalesModulePurchaseTripletexPriceList)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "tripletexCompanyId",
                "tripletexPriceList",
                "employeeId",
                "purchaseDate",
                "endDate",
                "customerId",
                "tripletexSalesModuleName",
                "type",
                "salesForceOpportunityDTO",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "tripletexCompanyId": "tripletex_company_id",
            "employeeId": "employee_id",
            "purchaseDate": "purchase_date",
            "endDate": "end_date",
            "customerId": "customer_id",
            "tripletexSalesModuleName": "tripletex_sales_module_name",
            "type": "type_",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.tripletex_company_id = o.tripletex_price_list = (
                        o.employee_id
                    ) = o.purchase_date = o.end_date = o.customer_id = o.tripletex_sales_module_name = o.type_ = (
                        o.sales_force_opportunity_dto
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.tripletex_company_id = o.tripletex_price_list = (
                        o.employee_id
                    ) = o.purchase_date = o.end_date = o.customer_id = o.tripletex_sales_module_name = o.type_ = (
                        o.sales_force_opportunity_dto
                    ) = UNSET
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
                v = g("tripletexCompanyId")
                if v is None:
                    o.tripletex_company_id = u
                    if "tripletexCompanyId" not in d:
                        m += 1
                else:
                    o.tripletex_company_id = v
                k = "tripletexPriceList"
                v = g("tripletexPriceList")
                if v is None:
                    o.tripletex_price_list = u
                    if "tripletexPriceList" not in d:
                        m += 1
                else:
                    o.tripletex_price_list = (
                        e_
                        if (e_ := _e_tripletex_price_list.get(v)) is not None
                        else enum_value(SalesForceTripletexSalesModulePurchaseTripletexPriceList, v)
                    )
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("purchaseDate")
                if v is None:
                    o.purchase_date = u
                    if "purchaseDate" not in d:
                        m += 1
                else:
                    o.purchase_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("tripletexSalesModuleName")
                if v is None:
                    o.tripletex_sales_module_name = u
                    if "tripletexSalesModuleName" not in d:
                        m += 1
                else:
                    o.tripletex_sales_module_name = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                k = "salesForceOpportunityDTO"
                v = g("salesForceOpportunityDTO")
                if v is None:
                    o.sales_force_opportunity_dto = u
                    if "salesForceOpportunityDTO" not in d:
                        m += 1
                else:
                    o.sales_force_opportunity_dto = SalesForceOpportunity._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("tripletex_company_id", "tripletexCompanyId"),
            ("tripletex_price_list", "tripletexPriceList"),
            ("employee_id", "employeeId"),
            ("purchase_date", "purchaseDate"),
            ("end_date", "endDate"),
            ("customer_id", "customerId"),
            ("tripletex_sales_module_name", "tripletexSalesModuleName"),
            ("type_", "type"),
            ("sales_force_opportunity_dto", "salesForceOpportunityDTO"),
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
            v = s.tripletex_company_id
            o.tripletex_company_id = u if v is None else v
            v = s.tripletex_price_list
            o.tripletex_price_list = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_tripletex_price_list.get(v)) is not None
                else enum_value(SalesForceTripletexSalesModulePurchaseTripletexPriceList, v)
            )
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.purchase_date
            o.purchase_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.tripletex_sales_module_name
            o.tripletex_sales_module_name = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.sales_force_opportunity_dto
            o.sales_force_opportunity_dto = u if v is None or v is u else SalesForceOpportunity._tx_parse(v)
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
