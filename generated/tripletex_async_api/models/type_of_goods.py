from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.type_of_goods_generic_data_type import TypeOfGoodsGenericDataType
from ..models.type_of_goods_type_of_goods import TypeOfGoodsTypeOfGoods
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

T = TypeVar("T", bound="TypeOfGoods")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("genericDataType", str, False),
    ("typeOfGoods", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TypeOfGoods(LazyModel):
    """
    Attributes:
        group_id (float | Unset): [read-only]
        generic_data_type (TypeOfGoodsGenericDataType | Unset): [read-only]
        generic_data_sub_type_group_id (float | Unset): [read-only]
        type_of_goods (TypeOfGoodsTypeOfGoods | Unset): [read-only]
        product_name (str | Unset): [read-only]
        opening_stock (float | Unset): [read-only]
        closing_stock (float | Unset): [read-only]
        purchase_of_goods (float | Unset): [read-only]
        cost_of_goods_sold (float | Unset): [read-only]
        sales_revenue_and_withdrawals (float | Unset): [read-only]
        sales_revenue_in_cash (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_sub_type_group_id = self.generic_data_sub_type_group_id

        type_of_goods: str | Unset = UNSET
        if not isinstance(self.type_of_goods, Unset):
            type_of_goods = self.type_of_goods.value

        product_name = self.product_name

        opening_stock = self.opening_stock

        closing_stock = self.closing_stock

        purchase_of_goods = self.purchase_of_goods

        cost_of_goods_sold = self.cost_of_goods_sold

        sales_revenue_and_withdrawals = self.sales_revenue_and_withdrawals

        sales_revenue_in_cash = self.sales_revenue_in_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET and not _in_request:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_sub_type_group_id is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = generic_data_sub_type_group_id
        if type_of_goods is not UNSET and not _in_request:
            field_dict["typeOfGoods"] = type_of_goods
        if product_name is not UNSET and not _in_request:
            field_dict["productName"] = product_name
        if opening_stock is not UNSET and not _in_request:
            field_dict["openingStock"] = opening_stock
        if closing_stock is not UNSET and not _in_request:
            field_dict["closingStock"] = closing_stock
        if purchase_of_goods is not UNSET and not _in_request:
            field_dict["purchaseOfGoods"] = purchase_of_goods
        if cost_of_goods_sold is not UNSET and not _in_request:
            field_dict["costOfGoodsSold"] = cost_of_goods_sold
        if sales_revenue_and_withdrawals is not UNSET and not _in_request:
            field_dict["salesRevenueAndWithdrawals"] = sales_revenue_and_withdrawals
        if sales_revenue_in_cash is not UNSET and not _in_request:
            field_dict["salesRevenueInCash"] = sales_revenue_in_cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TypeOfGoods from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_generic_data_type(_tx_v: Any) -> TypeOfGoodsGenericDataType | Unset:
            _generic_data_type = _tx_v
            generic_data_type: TypeOfGoodsGenericDataType | Unset
            if isinstance(_generic_data_type, Unset):
                generic_data_type = UNSET
            else:
                generic_data_type = TypeOfGoodsGenericDataType(_generic_data_type)

            return generic_data_type

        def _p_type_of_goods(_tx_v: Any) -> TypeOfGoodsTypeOfGoods | Unset:
            _type_of_goods = _tx_v
            type_of_goods: TypeOfGoodsTypeOfGoods | Unset
            if isinstance(_type_of_goods, Unset):
                type_of_goods = UNSET
            else:
                type_of_goods = TypeOfGoodsTypeOfGoods(_type_of_goods)

            return type_of_goods

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "group_id": ("groupId", None),
            "generic_data_type": ("genericDataType", _p_generic_data_type),
            "generic_data_sub_type_group_id": ("genericDataSubTypeGroupId", None),
            "type_of_goods": ("typeOfGoods", _p_type_of_goods),
            "product_name": ("productName", None),
            "opening_stock": ("openingStock", None),
            "closing_stock": ("closingStock", None),
            "purchase_of_goods": ("purchaseOfGoods", None),
            "cost_of_goods_sold": ("costOfGoodsSold", None),
            "sales_revenue_and_withdrawals": ("salesRevenueAndWithdrawals", None),
            "sales_revenue_in_cash": ("salesRevenueInCash", None),
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
