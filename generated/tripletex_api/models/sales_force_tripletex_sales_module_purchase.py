from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_force_tripletex_sales_module_purchase_tripletex_price_list import (
    SalesForceTripletexSalesModulePurchaseTripletexPriceList,
)
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.sales_force_opportunity import SalesForceOpportunity


T = TypeVar("T", bound="SalesForceTripletexSalesModulePurchase")


@_attrs_define
class SalesForceTripletexSalesModulePurchase:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        tripletex_company_id (int | Unset): [read-only]
        tripletex_price_list (SalesForceTripletexSalesModulePurchaseTripletexPriceList | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        purchase_date (str | Unset): [read-only] Purchase date
        end_date (str | Unset): [read-only] Purchase end date
        customer_id (int | Unset): [read-only]
        tripletex_sales_module_name (str | Unset): [read-only]
        type_ (int | Unset): [read-only] Type upSale or newSales
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

        tripletex_company_id = self.tripletex_company_id

        tripletex_price_list: str | Unset = UNSET
        if not isinstance(self.tripletex_price_list, Unset):
            tripletex_price_list = self.tripletex_price_list.value

        employee_id = self.employee_id

        purchase_date = self.purchase_date

        end_date = self.end_date

        customer_id = self.customer_id

        tripletex_sales_module_name = self.tripletex_sales_module_name

        type_ = self.type_

        sales_force_opportunity_dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_force_opportunity_dto, Unset):
            sales_force_opportunity_dto = self.sales_force_opportunity_dto.to_dict()

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
        if tripletex_company_id is not UNSET and not _in_request:
            field_dict["tripletexCompanyId"] = tripletex_company_id
        if tripletex_price_list is not UNSET and not _in_request:
            field_dict["tripletexPriceList"] = tripletex_price_list
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if purchase_date is not UNSET and not _in_request:
            field_dict["purchaseDate"] = purchase_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if tripletex_sales_module_name is not UNSET and not _in_request:
            field_dict["tripletexSalesModuleName"] = tripletex_sales_module_name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if sales_force_opportunity_dto is not UNSET:
            field_dict["salesForceOpportunityDTO"] = sales_force_opportunity_dto

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sales_force_opportunity import SalesForceOpportunity  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        tripletex_company_id = d.pop("tripletexCompanyId", UNSET)

        _tripletex_price_list = d.pop("tripletexPriceList", UNSET)
        tripletex_price_list: SalesForceTripletexSalesModulePurchaseTripletexPriceList | Unset
        if isinstance(_tripletex_price_list, Unset):
            tripletex_price_list = UNSET
        else:
            tripletex_price_list = SalesForceTripletexSalesModulePurchaseTripletexPriceList(_tripletex_price_list)

        employee_id = d.pop("employeeId", UNSET)

        purchase_date = d.pop("purchaseDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        customer_id = d.pop("customerId", UNSET)

        tripletex_sales_module_name = d.pop("tripletexSalesModuleName", UNSET)

        type_ = d.pop("type", UNSET)

        _sales_force_opportunity_dto = d.pop("salesForceOpportunityDTO", UNSET)
        sales_force_opportunity_dto: SalesForceOpportunity | Unset
        if isinstance(_sales_force_opportunity_dto, Unset):
            sales_force_opportunity_dto = UNSET
        else:
            sales_force_opportunity_dto = SalesForceOpportunity.from_dict(_sales_force_opportunity_dto)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            tripletex_company_id=tripletex_company_id,
            tripletex_price_list=tripletex_price_list,
            employee_id=employee_id,
            purchase_date=purchase_date,
            end_date=end_date,
            customer_id=customer_id,
            tripletex_sales_module_name=tripletex_sales_module_name,
            type_=type_,
            sales_force_opportunity_dto=sales_force_opportunity_dto,
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
