from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_settings_filters_order_item import ReportSettingsFiltersOrderItem
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_settings_options import ReportSettingsOptions


T = TypeVar("T", bound="ReportSettingsFilters")


@_attrs_define
class ReportSettingsFilters:
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
        from ..models.report_settings_options import ReportSettingsOptions  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _order = d.pop("order", UNSET)
        order: list[ReportSettingsFiltersOrderItem] | Unset = UNSET
        if _order is not UNSET:
            order = []
            for order_item_data in _order:
                if order_item_data is None:
                    continue
                order_item = ReportSettingsFiltersOrderItem(order_item_data)

                order.append(order_item)

        _options = d.pop("options", UNSET)
        options: ReportSettingsOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ReportSettingsOptions.from_dict(_options)

        version = d.pop("version", UNSET)

        _obj = cls(
            order=order,
            options=options,
            version=version,
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
