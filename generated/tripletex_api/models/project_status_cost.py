from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status_cost_cost_type import ProjectStatusCostCostType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectStatusCost")


@_attrs_define
class ProjectStatusCost:
    """All costs associated with the project

    Attributes:
        currency_code (str | Unset): [read-only] Currency code representing the cost's currency
        date (str | Unset): [read-only] The date of the cost
        description (str | Unset): [read-only] Description of the cost
        cost (float | Unset): [read-only] The cost amount
        cost_type (ProjectStatusCostCostType | Unset): [read-only] The type of costs
        income (float | Unset): [read-only] The income amount
        invoice_number (str | Unset): [read-only] The invoice number associated with this cost
        invoice_id (int | Unset): [read-only] The invoice ID associated with this cost
        vendor_id (int | Unset): [read-only] The vendor ID for the purchase
        vendor_name (str | Unset): [read-only] The vendor name for the purchase
        order_out_id (int | Unset): [read-only] The out order ID of the purchase
        order_line_number (str | Unset): [read-only] The order number for the suborders
        order_id (int | Unset): [read-only] The order ID for the suborders
        travel_report_id (int | Unset): [read-only] The ID of the travel report
    """

    currency_code: str | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    cost: float | Unset = UNSET
    cost_type: ProjectStatusCostCostType | Unset = UNSET
    income: float | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_id: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    vendor_name: str | Unset = UNSET
    order_out_id: int | Unset = UNSET
    order_line_number: str | Unset = UNSET
    order_id: int | Unset = UNSET
    travel_report_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        currency_code = self.currency_code

        date = self.date

        description = self.description

        cost = self.cost

        cost_type: str | Unset = UNSET
        if not isinstance(self.cost_type, Unset):
            cost_type = self.cost_type.value

        income = self.income

        invoice_number = self.invoice_number

        invoice_id = self.invoice_id

        vendor_id = self.vendor_id

        vendor_name = self.vendor_name

        order_out_id = self.order_out_id

        order_line_number = self.order_line_number

        order_id = self.order_id

        travel_report_id = self.travel_report_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if cost is not UNSET and not _in_request:
            field_dict["cost"] = cost
        if cost_type is not UNSET and not _in_request:
            field_dict["costType"] = cost_type
        if income is not UNSET and not _in_request:
            field_dict["income"] = income
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if vendor_id is not UNSET and not _in_request:
            field_dict["vendorId"] = vendor_id
        if vendor_name is not UNSET and not _in_request:
            field_dict["vendorName"] = vendor_name
        if order_out_id is not UNSET and not _in_request:
            field_dict["orderOutId"] = order_out_id
        if order_line_number is not UNSET and not _in_request:
            field_dict["orderLineNumber"] = order_line_number
        if order_id is not UNSET and not _in_request:
            field_dict["orderId"] = order_id
        if travel_report_id is not UNSET and not _in_request:
            field_dict["travelReportId"] = travel_report_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        currency_code = d.pop("currencyCode", UNSET)

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        cost = d.pop("cost", UNSET)

        _cost_type = d.pop("costType", UNSET)
        cost_type: ProjectStatusCostCostType | Unset
        if isinstance(_cost_type, Unset):
            cost_type = UNSET
        else:
            cost_type = ProjectStatusCostCostType(_cost_type)

        income = d.pop("income", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        vendor_id = d.pop("vendorId", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        order_out_id = d.pop("orderOutId", UNSET)

        order_line_number = d.pop("orderLineNumber", UNSET)

        order_id = d.pop("orderId", UNSET)

        travel_report_id = d.pop("travelReportId", UNSET)

        _obj = cls(
            currency_code=currency_code,
            date=date,
            description=description,
            cost=cost,
            cost_type=cost_type,
            income=income,
            invoice_number=invoice_number,
            invoice_id=invoice_id,
            vendor_id=vendor_id,
            vendor_name=vendor_name,
            order_out_id=order_out_id,
            order_line_number=order_line_number,
            order_id=order_id,
            travel_report_id=travel_report_id,
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
