from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.type_of_goods_generic_data_type import TypeOfGoodsGenericDataType
from ..models.type_of_goods_type_of_goods import TypeOfGoodsTypeOfGoods
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TypeOfGoods")


@_attrs_define
class TypeOfGoods:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        group_id = d.pop("groupId", UNSET)

        _generic_data_type = d.pop("genericDataType", UNSET)
        generic_data_type: TypeOfGoodsGenericDataType | Unset
        if isinstance(_generic_data_type, Unset):
            generic_data_type = UNSET
        else:
            generic_data_type = TypeOfGoodsGenericDataType(_generic_data_type)

        generic_data_sub_type_group_id = d.pop("genericDataSubTypeGroupId", UNSET)

        _type_of_goods = d.pop("typeOfGoods", UNSET)
        type_of_goods: TypeOfGoodsTypeOfGoods | Unset
        if isinstance(_type_of_goods, Unset):
            type_of_goods = UNSET
        else:
            type_of_goods = TypeOfGoodsTypeOfGoods(_type_of_goods)

        product_name = d.pop("productName", UNSET)

        opening_stock = d.pop("openingStock", UNSET)

        closing_stock = d.pop("closingStock", UNSET)

        purchase_of_goods = d.pop("purchaseOfGoods", UNSET)

        cost_of_goods_sold = d.pop("costOfGoodsSold", UNSET)

        sales_revenue_and_withdrawals = d.pop("salesRevenueAndWithdrawals", UNSET)

        sales_revenue_in_cash = d.pop("salesRevenueInCash", UNSET)

        _obj = cls(
            group_id=group_id,
            generic_data_type=generic_data_type,
            generic_data_sub_type_group_id=generic_data_sub_type_group_id,
            type_of_goods=type_of_goods,
            product_name=product_name,
            opening_stock=opening_stock,
            closing_stock=closing_stock,
            purchase_of_goods=purchase_of_goods,
            cost_of_goods_sold=cost_of_goods_sold,
            sales_revenue_and_withdrawals=sales_revenue_and_withdrawals,
            sales_revenue_in_cash=sales_revenue_in_cash,
        )

        _obj.additional_properties = d
        return _obj

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
