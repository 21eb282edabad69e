from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status_cost_cost_type import ProjectStatusCostCostType
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

T = TypeVar("T", bound="ProjectStatusCost")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("costType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectStatusCost(LazyModel):
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
        self._tx_load()
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
        """A ProjectStatusCost from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_cost_type(_tx_v: Any) -> ProjectStatusCostCostType | Unset:
            _cost_type = _tx_v
            cost_type: ProjectStatusCostCostType | Unset
            if isinstance(_cost_type, Unset):
                cost_type = UNSET
            else:
                cost_type = ProjectStatusCostCostType(_cost_type)

            return cost_type

        _tx_known: frozenset[str] = frozenset(
            (
                "currencyCode",
                "date",
                "description",
                "cost",
                "costType",
                "income",
                "invoiceNumber",
                "invoiceId",
                "vendorId",
                "vendorName",
                "orderOutId",
                "orderLineNumber",
                "orderId",
                "travelReportId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "currency_code": ("currencyCode", None),
            "date": ("date", None),
            "description": ("description", None),
            "cost": ("cost", None),
            "cost_type": ("costType", _p_cost_type),
            "income": ("income", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_id": ("invoiceId", None),
            "vendor_id": ("vendorId", None),
            "vendor_name": ("vendorName", None),
            "order_out_id": ("orderOutId", None),
            "order_line_number": ("orderLineNumber", None),
            "order_id": ("orderId", None),
            "travel_report_id": ("travelReportId", None),
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
