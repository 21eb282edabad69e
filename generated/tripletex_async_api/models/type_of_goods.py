from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.type_of_goods_generic_data_type import TypeOfGoodsGenericDataType
from ..models.type_of_goods_type_of_goods import TypeOfGoodsTypeOfGoods
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TypeOfGoods")


@_attrs_define
class TypeOfGoods(Model):
    """
    Attributes:
        group_id (float | Unset):
        generic_data_type (TypeOfGoodsGenericDataType | Unset):
        generic_data_sub_type_group_id (float | Unset):
        type_of_goods (TypeOfGoodsTypeOfGoods | Unset):
        product_name (str | Unset):
        opening_stock (float | Unset):
        closing_stock (float | Unset):
        purchase_of_goods (float | Unset):
        cost_of_goods_sold (float | Unset):
        sales_revenue_and_withdrawals (float | Unset):
        sales_revenue_in_cash (float | Unset):
    """

    group_id: float | Unset = UNSET
    generic_data_type: TypeOfGoodsGenericDataType | Unset = UNSET
    generic_data_sub_type_group_id: float | Unset = UNSET
    type_of_goods: TypeOfGoodsTypeOfGoods | Unset = UNSET
    product_name: str | Unset = UNSET
    opening_stock: float | Unset = UNSET
    closing_stock: float | Unset = UNSET
    purchase_of_goods: float | Unset = UNSET
    cost_of_goods_sold: float | Unset = UNSET
    sales_revenue_and_withdrawals: float | Unset = UNSET
    sales_revenue_in_cash: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.generic_data_type
        if _v is not UNSET and not _in_request:
            field_dict["genericDataType"] = _v._value_
        _v = self.generic_data_sub_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = _v
        _v = self.type_of_goods
        if _v is not UNSET and not _in_request:
            field_dict["typeOfGoods"] = _v._value_
        _v = self.product_name
        if _v is not UNSET and not _in_request:
            field_dict["productName"] = _v
        _v = self.opening_stock
        if _v is not UNSET and not _in_request:
            field_dict["openingStock"] = _v
        _v = self.closing_stock
        if _v is not UNSET and not _in_request:
            field_dict["closingStock"] = _v
        _v = self.purchase_of_goods
        if _v is not UNSET and not _in_request:
            field_dict["purchaseOfGoods"] = _v
        _v = self.cost_of_goods_sold
        if _v is not UNSET and not _in_request:
            field_dict["costOfGoodsSold"] = _v
        _v = self.sales_revenue_and_withdrawals
        if _v is not UNSET and not _in_request:
            field_dict["salesRevenueAndWithdrawals"] = _v
        _v = self.sales_revenue_in_cash
        if _v is not UNSET and not _in_request:
            field_dict["salesRevenueInCash"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TypeOfGoods from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TypeOfGoods.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(TypeOfGoodsGenericDataType)
        _e_type_of_goods: dict[Any, Any] = enum_members(TypeOfGoodsTypeOfGoods)
        _known: frozenset[str] = frozenset(
            (
                "groupId",
                "genericDataType",
                "genericDataSubTypeGroupId",
                "typeOfGoods",
                "productName",
                "openingStock",
                "closingStock",
                "purchaseOfGoods",
                "costOfGoodsSold",
                "salesRevenueAndWithdrawals",
                "salesRevenueInCash",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "genericDataSubTypeGroupId": "generic_data_sub_type_group_id",
            "productName": "product_name",
            "openingStock": "opening_stock",
            "closingStock": "closing_stock",
            "purchaseOfGoods": "purchase_of_goods",
            "costOfGoodsSold": "cost_of_goods_sold",
            "salesRevenueAndWithdrawals": "sales_revenue_and_withdrawals",
            "salesRevenueInCash": "sales_revenue_in_cash",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.group_id = o.generic_data_type = o.generic_data_sub_type_group_id = o.type_of_goods = (
                        o.product_name
                    ) = o.opening_stock = o.closing_stock = o.purchase_of_goods = o.cost_of_goods_sold = (
                        o.sales_revenue_and_withdrawals
                    ) = o.sales_revenue_in_cash = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                        else enum_value(TypeOfGoodsGenericDataType, v)
                    )
                v = g("genericDataSubTypeGroupId")
                if v is None:
                    o.generic_data_sub_type_group_id = u
                    if "genericDataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type_group_id = v
                k = "typeOfGoods"
                v = g("typeOfGoods")
                if v is None:
                    o.type_of_goods = u
                    if "typeOfGoods" not in d:
                        m += 1
                else:
                    o.type_of_goods = (
                        e_ if (e_ := _e_type_of_goods.get(v)) is not None else enum_value(TypeOfGoodsTypeOfGoods, v)
                    )
                v = g("productName")
                if v is None:
                    o.product_name = u
                    if "productName" not in d:
                        m += 1
                else:
                    o.product_name = v
                v = g("openingStock")
                if v is None:
                    o.opening_stock = u
                    if "openingStock" not in d:
                        m += 1
                else:
                    o.opening_stock = v
                v = g("closingStock")
                if v is None:
                    o.closing_stock = u
                    if "closingStock" not in d:
                        m += 1
                else:
                    o.closing_stock = v
                v = g("purchaseOfGoods")
                if v is None:
                    o.purchase_of_goods = u
                    if "purchaseOfGoods" not in d:
                        m += 1
                else:
                    o.purchase_of_goods = v
                v = g("costOfGoodsSold")
                if v is None:
                    o.cost_of_goods_sold = u
                    if "costOfGoodsSold" not in d:
                        m += 1
                else:
                    o.cost_of_goods_sold = v
                v = g("salesRevenueAndWithdrawals")
                if v is None:
                    o.sales_revenue_and_withdrawals = u
                    if "salesRevenueAndWithdrawals" not in d:
                        m += 1
                else:
                    o.sales_revenue_and_withdrawals = v
                v = g("salesRevenueInCash")
                if v is None:
                    o.sales_revenue_in_cash = u
                    if "salesRevenueInCash" not in d:
                        m += 1
                else:
                    o.sales_revenue_in_cash = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_sub_type_group_id", "genericDataSubTypeGroupId"),
            ("type_of_goods", "typeOfGoods"),
            ("product_name", "productName"),
            ("opening_stock", "openingStock"),
            ("closing_stock", "closingStock"),
            ("purchase_of_goods", "purchaseOfGoods"),
            ("cost_of_goods_sold", "costOfGoodsSold"),
            ("sales_revenue_and_withdrawals", "salesRevenueAndWithdrawals"),
            ("sales_revenue_in_cash", "salesRevenueInCash"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.generic_data_type
            o.generic_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_type.get(v)) is not None
                else enum_value(TypeOfGoodsGenericDataType, v)
            )
            v = s.generic_data_sub_type_group_id
            o.generic_data_sub_type_group_id = u if v is None else v
            v = s.type_of_goods
            o.type_of_goods = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_of_goods.get(v)) is not None
                else enum_value(TypeOfGoodsTypeOfGoods, v)
            )
            v = s.product_name
            o.product_name = u if v is None else v
            v = s.opening_stock
            o.opening_stock = u if v is None else v
            v = s.closing_stock
            o.closing_stock = u if v is None else v
            v = s.purchase_of_goods
            o.purchase_of_goods = u if v is None else v
            v = s.cost_of_goods_sold
            o.cost_of_goods_sold = u if v is None else v
            v = s.sales_revenue_and_withdrawals
            o.sales_revenue_and_withdrawals = u if v is None else v
            v = s.sales_revenue_in_cash
            o.sales_revenue_in_cash = u if v is None else v
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
