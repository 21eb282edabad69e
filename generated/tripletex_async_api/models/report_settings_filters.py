from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_settings_filters_order_item import ReportSettingsFiltersOrderItem
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
    from ..models.report_settings_options import ReportSettingsOptions


T = TypeVar("T", bound="ReportSettingsFilters")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("order", list, False),
    ("options", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportSettingsFilters(LazyModel):
    """
    Attributes:
        order (list[ReportSettingsFiltersOrderItem] | Unset):
        options (ReportSettingsOptions | Unset):
        version (int | Unset):
    """

    order: list[ReportSettingsFiltersOrderItem] | Unset = UNSET
    options: ReportSettingsOptions | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = []
            for order_item_data in self.order:
                order_item = order_item_data.value
                order.append(order_item)

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if options is not UNSET:
            field_dict["options"] = options
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettingsFilters from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_settings_options import ReportSettingsOptions  # noqa: PLC0415

        def _p_order(_tx_v: Any) -> list[ReportSettingsFiltersOrderItem] | Unset:
            _order = _tx_v
            order: list[ReportSettingsFiltersOrderItem] | Unset = UNSET
            if _order is not UNSET:
                order = []
                for order_item_data in _order:
                    if order_item_data is None:
                        continue
                    order_item = ReportSettingsFiltersOrderItem(order_item_data)

                    order.append(order_item)

            return order

        def _p_options(_tx_v: Any) -> ReportSettingsOptions | Unset:
            _options = _tx_v
            options: ReportSettingsOptions | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = ReportSettingsOptions._tx_from_json(_options)

            return options

        _tx_known: frozenset[str] = frozenset(
            (
                "order",
                "options",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "order": ("order", _p_order),
            "options": ("options", _p_options),
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
