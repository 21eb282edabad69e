from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.copilot_report_order_by import CopilotReportOrderBy


T = TypeVar("T", bound="CopilotReportAxesFilter")


@_attrs_define
class CopilotReportAxesFilter:
    """CopilotReportAxesFilter defines a generalFilter for limiting and a orderBy for sorting to inject into arbitrary
    column or row blueprint definition

        Attributes:
            limit (int | Unset): Optional limit to set on axis, 0 to disable limit, empty/null to not change existing limit
            order_bys (list[CopilotReportOrderBy] | Unset): Order by to apply to the axis
    """

    limit: int | Unset = UNSET
    order_bys: list[CopilotReportOrderBy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        limit = self.limit

        order_bys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_bys, Unset):
            order_bys = []
            for order_bys_item_data in self.order_bys:
                order_bys_item = order_bys_item_data.to_dict()
                order_bys.append(order_bys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_bys is not UNSET:
            field_dict["orderBys"] = order_bys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.copilot_report_order_by import CopilotReportOrderBy  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        limit = d.pop("limit", UNSET)

        _order_bys = d.pop("orderBys", UNSET)
        order_bys: list[CopilotReportOrderBy] | Unset = UNSET
        if _order_bys is not UNSET:
            order_bys = []
            for order_bys_item_data in _order_bys:
                if order_bys_item_data is None:
                    continue
                order_bys_item = CopilotReportOrderBy.from_dict(order_bys_item_data)

                order_bys.append(order_bys_item)

        _obj = cls(
            limit=limit,
            order_bys=order_bys,
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
