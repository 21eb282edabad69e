from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_group_auto_group_default_order import ReportGroupAutoGroupDefaultOrder
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
    from ..models.report_group_order_by import ReportGroupOrderBy


T = TypeVar("T", bound="ReportGroupAutoGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("defaultOrder", str, False),
    ("orderBy", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportGroupAutoGroup(LazyModel):
    """
    Attributes:
        type_ (int | Unset):
        default_order (ReportGroupAutoGroupDefaultOrder | Unset):
        order_by (list[ReportGroupOrderBy] | Unset):
        version (int | Unset):
    """

    type_: int | Unset = UNSET
    default_order: ReportGroupAutoGroupDefaultOrder | Unset = UNSET
    order_by: list[ReportGroupOrderBy] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_ = self.type_

        default_order: str | Unset = UNSET
        if not isinstance(self.default_order, Unset):
            default_order = self.default_order.value

        order_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = []
            for order_by_item_data in self.order_by:
                order_by_item = order_by_item_data.to_dict()
                order_by.append(order_by_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_order is not UNSET:
            field_dict["defaultOrder"] = default_order
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportGroupAutoGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_group_order_by import ReportGroupOrderBy  # noqa: PLC0415

        def _p_default_order(_tx_v: Any) -> ReportGroupAutoGroupDefaultOrder | Unset:
            _default_order = _tx_v
            default_order: ReportGroupAutoGroupDefaultOrder | Unset
            if isinstance(_default_order, Unset):
                default_order = UNSET
            else:
                default_order = ReportGroupAutoGroupDefaultOrder(_default_order)

            return default_order

        def _p_order_by(_tx_v: Any) -> list[ReportGroupOrderBy] | Unset:
            _order_by = _tx_v
            order_by: list[ReportGroupOrderBy] | Unset = UNSET
            if _order_by is not UNSET:
                order_by = []
                for order_by_item_data in _order_by:
                    if order_by_item_data is None:
                        continue
                    order_by_item = ReportGroupOrderBy._tx_from_json(order_by_item_data)

                    order_by.append(order_by_item)

            return order_by

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "defaultOrder",
                "orderBy",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", None),
            "default_order": ("defaultOrder", _p_default_order),
            "order_by": ("orderBy", _p_order_by),
            "version": ("version", None),
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
