from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

if TYPE_CHECKING:
    from ..models.copilot_report_order_by import CopilotReportOrderBy


T = TypeVar("T", bound="CopilotReportAxesFilter")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("orderBys", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class CopilotReportAxesFilter(LazyModel):
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
        self._tx_load()
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
        """A CopilotReportAxesFilter from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.copilot_report_order_by import CopilotReportOrderBy  # noqa: PLC0415

        def _p_order_bys(_tx_v: Any) -> list[CopilotReportOrderBy] | Unset:
            _order_bys = _tx_v
            order_bys: list[CopilotReportOrderBy] | Unset = UNSET
            if _order_bys is not UNSET:
                order_bys = []
                for order_bys_item_data in _order_bys:
                    if order_bys_item_data is None:
                        continue
                    order_bys_item = CopilotReportOrderBy._tx_from_json(order_bys_item_data)

                    order_bys.append(order_bys_item)

            return order_bys

        _tx_known: frozenset[str] = frozenset(
            (
                "limit",
                "orderBys",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "limit": ("limit", None),
            "order_bys": ("orderBys", _p_order_bys),
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
