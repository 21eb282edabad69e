from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProductSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProductSettings(LazyModel):
    """
    Attributes:
        module_warehouse (bool | Unset):
        has_warehouse_location (bool | Unset):
        new_customer_after_logistics_release (bool | Unset): [read-only]
        product_set_cost_from_order_line (bool | Unset):
        purchase_order_default_comment (str | Unset):
        module_purchase_order_number_series (bool | Unset):
        purchase_order_number_series (str | Unset):
        show_onboarding_wizard (bool | Unset):
        module_suggested_product_number (bool | Unset):
        suggested_product_number (str | Unset):
        purchase_order_module (bool | Unset):
    """

    module_warehouse: bool | Unset = UNSET
    has_warehouse_location: bool | Unset = UNSET
    new_customer_after_logistics_release: bool | Unset = UNSET
    product_set_cost_from_order_line: bool | Unset = UNSET
    purchase_order_default_comment: str | Unset = UNSET
    module_purchase_order_number_series: bool | Unset = UNSET
    purchase_order_number_series: str | Unset = UNSET
    show_onboarding_wizard: bool | Unset = UNSET
    module_suggested_product_number: bool | Unset = UNSET
    suggested_product_number: str | Unset = UNSET
    purchase_order_module: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        module_warehouse = self.module_warehouse

        has_warehouse_location = self.has_warehouse_location

        new_customer_after_logistics_release = self.new_customer_after_logistics_release

        product_set_cost_from_order_line = self.product_set_cost_from_order_line

        purchase_order_default_comment = self.purchase_order_default_comment

        module_purchase_order_number_series = self.module_purchase_order_number_series

        purchase_order_number_series = self.purchase_order_number_series

        show_onboarding_wizard = self.show_onboarding_wizard

        module_suggested_product_number = self.module_suggested_product_number

        suggested_product_number = self.suggested_product_number

        purchase_order_module = self.purchase_order_module

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module_warehouse is not UNSET:
            field_dict["moduleWarehouse"] = module_warehouse
        if has_warehouse_location is not UNSET:
            field_dict["hasWarehouseLocation"] = has_warehouse_location
        if new_customer_after_logistics_release is not UNSET and not _in_request:
            field_dict["newCustomerAfterLogisticsRelease"] = new_customer_after_logistics_release
        if product_set_cost_from_order_line is not UNSET:
            field_dict["productSetCostFromOrderLine"] = product_set_cost_from_order_line
        if purchase_order_default_comment is not UNSET:
            field_dict["purchaseOrderDefaultComment"] = purchase_order_default_comment
        if module_purchase_order_number_series is not UNSET:
            field_dict["modulePurchaseOrderNumberSeries"] = module_purchase_order_number_series
        if purchase_order_number_series is not UNSET:
            field_dict["purchaseOrderNumberSeries"] = purchase_order_number_series
        if show_onboarding_wizard is not UNSET:
            field_dict["showOnboardingWizard"] = show_onboarding_wizard
        if module_suggested_product_number is not UNSET:
            field_dict["moduleSuggestedProductNumber"] = module_suggested_product_number
        if suggested_product_number is not UNSET:
            field_dict["suggestedProductNumber"] = suggested_product_number
        if purchase_order_module is not UNSET:
            field_dict["purchaseOrderModule"] = purchase_order_module

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "moduleWarehouse",
                "hasWarehouseLocation",
                "newCustomerAfterLogisticsRelease",
                "productSetCostFromOrderLine",
                "purchaseOrderDefaultComment",
                "modulePurchaseOrderNumberSeries",
                "purchaseOrderNumberSeries",
                "showOnboardingWizard",
                "moduleSuggestedProductNumber",
                "suggestedProductNumber",
                "purchaseOrderModule",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "module_warehouse": ("moduleWarehouse", None),
            "has_warehouse_location": ("hasWarehouseLocation", None),
            "new_customer_after_logistics_release": ("newCustomerAfterLogisticsRelease", None),
            "product_set_cost_from_order_line": ("productSetCostFromOrderLine", None),
            "purchase_order_default_comment": ("purchaseOrderDefaultComment", None),
            "module_purchase_order_number_series": ("modulePurchaseOrderNumberSeries", None),
            "purchase_order_number_series": ("purchaseOrderNumberSeries", None),
            "show_onboarding_wizard": ("showOnboardingWizard", None),
            "module_suggested_product_number": ("moduleSuggestedProductNumber", None),
            "suggested_product_number": ("suggestedProductNumber", None),
            "purchase_order_module": ("purchaseOrderModule", None),
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
