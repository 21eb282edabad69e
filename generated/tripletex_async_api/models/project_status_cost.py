from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status_cost_cost_type import ProjectStatusCostCostType
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

T = TypeVar("T", bound="ProjectStatusCost")


@_attrs_define
class ProjectStatusCost(Model):
    """All costs associated with the project

    Attributes:
        currency_code (str | Unset): Currency code representing the cost's currency
        date (str | Unset): The date of the cost
        description (str | Unset): Description of the cost
        cost (float | Unset): The cost amount
        cost_type (ProjectStatusCostCostType | Unset): The type of costs
        income (float | Unset): The income amount
        invoice_number (str | Unset): The invoice number associated with this cost
        invoice_id (int | Unset): The invoice ID associated with this cost
        vendor_id (int | Unset): The vendor ID for the purchase
        vendor_name (str | Unset): The vendor name for the purchase
        order_out_id (int | Unset): The out order ID of the purchase
        order_line_number (str | Unset): The order number for the suborders
        order_id (int | Unset): The order ID for the suborders
        travel_report_id (int | Unset): The ID of the travel report
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.cost
        if _v is not UNSET and not _in_request:
            field_dict["cost"] = _v
        _v = self.cost_type
        if _v is not UNSET and not _in_request:
            field_dict["costType"] = _v._value_
        _v = self.income
        if _v is not UNSET and not _in_request:
            field_dict["income"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_id
        if _v is not UNSET and not _in_request:
            field_dict["invoiceId"] = _v
        _v = self.vendor_id
        if _v is not UNSET and not _in_request:
            field_dict["vendorId"] = _v
        _v = self.vendor_name
        if _v is not UNSET and not _in_request:
            field_dict["vendorName"] = _v
        _v = self.order_out_id
        if _v is not UNSET and not _in_request:
            field_dict["orderOutId"] = _v
        _v = self.order_line_number
        if _v is not UNSET and not _in_request:
            field_dict["orderLineNumber"] = _v
        _v = self.order_id
        if _v is not UNSET and not _in_request:
            field_dict["orderId"] = _v
        _v = self.travel_report_id
        if _v is not UNSET and not _in_request:
            field_dict["travelReportId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusCost from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectStatusCost.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_cost_type: dict[Any, Any] = enum_members(ProjectStatusCostCostType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "currencyCode": "currency_code",
            "date": "date",
            "description": "description",
            "cost": "cost",
            "income": "income",
            "invoiceNumber": "invoice_number",
            "invoiceId": "invoice_id",
            "vendorId": "vendor_id",
            "vendorName": "vendor_name",
            "orderOutId": "order_out_id",
            "orderLineNumber": "order_line_number",
            "orderId": "order_id",
            "travelReportId": "travel_report_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.currency_code = o.date = o.description = o.cost = o.cost_type = o.income = o.invoice_number = (
                        o.invoice_id
                    ) = o.vendor_id = o.vendor_name = o.order_out_id = o.order_line_number = o.order_id = (
                        o.travel_report_id
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("cost")
                if v is None:
                    o.cost = u
                    if "cost" not in d:
                        m += 1
                else:
                    o.cost = v
                k = "costType"
                v = g("costType")
                if v is None:
                    o.cost_type = u
                    if "costType" not in d:
                        m += 1
                else:
                    o.cost_type = (
                        e_ if (e_ := _e_cost_type.get(v)) is not None else enum_value(ProjectStatusCostCostType, v)
                    )
                v = g("income")
                if v is None:
                    o.income = u
                    if "income" not in d:
                        m += 1
                else:
                    o.income = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("vendorName")
                if v is None:
                    o.vendor_name = u
                    if "vendorName" not in d:
                        m += 1
                else:
                    o.vendor_name = v
                v = g("orderOutId")
                if v is None:
                    o.order_out_id = u
                    if "orderOutId" not in d:
                        m += 1
                else:
                    o.order_out_id = v
                v = g("orderLineNumber")
                if v is None:
                    o.order_line_number = u
                    if "orderLineNumber" not in d:
                        m += 1
                else:
                    o.order_line_number = v
                v = g("orderId")
                if v is None:
                    o.order_id = u
                    if "orderId" not in d:
                        m += 1
                else:
                    o.order_id = v
                v = g("travelReportId")
                if v is None:
                    o.travel_report_id = u
                    if "travelReportId" not in d:
                        m += 1
                else:
                    o.travel_report_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("currency_code", "currencyCode"),
            ("date", "date"),
            ("description", "description"),
            ("cost", "cost"),
            ("cost_type", "costType"),
            ("income", "income"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_id", "invoiceId"),
            ("vendor_id", "vendorId"),
            ("vendor_name", "vendorName"),
            ("order_out_id", "orderOutId"),
            ("order_line_number", "orderLineNumber"),
            ("order_id", "orderId"),
            ("travel_report_id", "travelReportId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.cost
            o.cost = u if v is None else v
            v = s.cost_type
            o.cost_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_cost_type.get(v)) is not None
                else enum_value(ProjectStatusCostCostType, v)
            )
            v = s.income
            o.income = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.vendor_name
            o.vendor_name = u if v is None else v
            v = s.order_out_id
            o.order_out_id = u if v is None else v
            v = s.order_line_number
            o.order_line_number = u if v is None else v
            v = s.order_id
            o.order_id = u if v is None else v
            v = s.travel_report_id
            o.travel_report_id = u if v is None else v
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
