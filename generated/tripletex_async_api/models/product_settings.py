from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ProductSettings")


@_attrs_define
class ProductSettings(Model):
    """
    Attributes:
        module_warehouse (bool | Unset):
        has_warehouse_location (bool | Unset):
        new_customer_after_logistics_release (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.module_warehouse
        if _v is not UNSET:
            field_dict["moduleWarehouse"] = _v
        _v = self.has_warehouse_location
        if _v is not UNSET:
            field_dict["hasWarehouseLocation"] = _v
        _v = self.new_customer_after_logistics_release
        if _v is not UNSET and not _in_request:
            field_dict["newCustomerAfterLogisticsRelease"] = _v
        _v = self.product_set_cost_from_order_line
        if _v is not UNSET:
            field_dict["productSetCostFromOrderLine"] = _v
        _v = self.purchase_order_default_comment
        if _v is not UNSET:
            field_dict["purchaseOrderDefaultComment"] = _v
        _v = self.module_purchase_order_number_series
        if _v is not UNSET:
            field_dict["modulePurchaseOrderNumberSeries"] = _v
        _v = self.purchase_order_number_series
        if _v is not UNSET:
            field_dict["purchaseOrderNumberSeries"] = _v
        _v = self.show_onboarding_wizard
        if _v is not UNSET:
            field_dict["showOnboardingWizard"] = _v
        _v = self.module_suggested_product_number
        if _v is not UNSET:
            field_dict["moduleSuggestedProductNumber"] = _v
        _v = self.suggested_product_number
        if _v is not UNSET:
            field_dict["suggestedProductNumber"] = _v
        _v = self.purchase_order_module
        if _v is not UNSET:
            field_dict["purchaseOrderModule"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "moduleWarehouse": "module_warehouse",
            "hasWarehouseLocation": "has_warehouse_location",
            "newCustomerAfterLogisticsRelease": "new_customer_after_logistics_release",
            "productSetCostFromOrderLine": "product_set_cost_from_order_line",
            "purchaseOrderDefaultComment": "purchase_order_default_comment",
            "modulePurchaseOrderNumberSeries": "module_purchase_order_number_series",
            "purchaseOrderNumberSeries": "purchase_order_number_series",
            "showOnboardingWizard": "show_onboarding_wizard",
            "moduleSuggestedProductNumber": "module_suggested_product_number",
            "suggestedProductNumber": "suggested_product_number",
            "purchaseOrderModule": "purchase_order_module",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.module_warehouse = o.has_warehouse_location = o.new_customer_after_logistics_release = (
                        o.product_set_cost_from_order_line
                    ) = o.purchase_order_default_comment = o.module_purchase_order_number_series = (
                        o.purchase_order_number_series
                    ) = o.show_onboarding_wizard = o.module_suggested_product_number = o.suggested_product_number = (
                        o.purchase_order_module
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("moduleWarehouse")
                if v is None:
                    o.module_warehouse = u
                    if "moduleWarehouse" not in d:
                        m += 1
                else:
                    o.module_warehouse = v
                v = g("hasWarehouseLocation")
                if v is None:
                    o.has_warehouse_location = u
                    if "hasWarehouseLocation" not in d:
                        m += 1
                else:
                    o.has_warehouse_location = v
                v = g("newCustomerAfterLogisticsRelease")
                if v is None:
                    o.new_customer_after_logistics_release = u
                    if "newCustomerAfterLogisticsRelease" not in d:
                        m += 1
                else:
                    o.new_customer_after_logistics_release = v
                v = g("productSetCostFromOrderLine")
                if v is None:
                    o.product_set_cost_from_order_line = u
                    if "productSetCostFromOrderLine" not in d:
                        m += 1
                else:
                    o.product_set_cost_from_order_line = v
                v = g("purchaseOrderDefaultComment")
                if v is None:
                    o.purchase_order_default_comment = u
                    if "purchaseOrderDefaultComment" not in d:
                        m += 1
                else:
                    o.purchase_order_default_comment = v
                v = g("modulePurchaseOrderNumberSeries")
                if v is None:
                    o.module_purchase_order_number_series = u
                    if "modulePurchaseOrderNumberSeries" not in d:
                        m += 1
                else:
                    o.module_purchase_order_number_series = v
                v = g("purchaseOrderNumberSeries")
                if v is None:
                    o.purchase_order_number_series = u
                    if "purchaseOrderNumberSeries" not in d:
                        m += 1
                else:
                    o.purchase_order_number_series = v
                v = g("showOnboardingWizard")
                if v is None:
                    o.show_onboarding_wizard = u
                    if "showOnboardingWizard" not in d:
                        m += 1
                else:
                    o.show_onboarding_wizard = v
                v = g("moduleSuggestedProductNumber")
                if v is None:
                    o.module_suggested_product_number = u
                    if "moduleSuggestedProductNumber" not in d:
                        m += 1
                else:
                    o.module_suggested_product_number = v
                v = g("suggestedProductNumber")
                if v is None:
                    o.suggested_product_number = u
                    if "suggestedProductNumber" not in d:
                        m += 1
                else:
                    o.suggested_product_number = v
                v = g("purchaseOrderModule")
                if v is None:
                    o.purchase_order_module = u
                    if "purchaseOrderModule" not in d:
                        m += 1
                else:
                    o.purchase_order_module = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("module_warehouse", "moduleWarehouse"),
            ("has_warehouse_location", "hasWarehouseLocation"),
            ("new_customer_after_logistics_release", "newCustomerAfterLogisticsRelease"),
            ("product_set_cost_from_order_line", "productSetCostFromOrderLine"),
            ("purchase_order_default_comment", "purchaseOrderDefaultComment"),
            ("module_purchase_order_number_series", "modulePurchaseOrderNumberSeries"),
            ("purchase_order_number_series", "purchaseOrderNumberSeries"),
            ("show_onboarding_wizard", "showOnboardingWizard"),
            ("module_suggested_product_number", "moduleSuggestedProductNumber"),
            ("suggested_product_number", "suggestedProductNumber"),
            ("purchase_order_module", "purchaseOrderModule"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.module_warehouse
            o.module_warehouse = u if v is None else v
            v = s.has_warehouse_location
            o.has_warehouse_location = u if v is None else v
            v = s.new_customer_after_logistics_release
            o.new_customer_after_logistics_release = u if v is None else v
            v = s.product_set_cost_from_order_line
            o.product_set_cost_from_order_line = u if v is None else v
            v = s.purchase_order_default_comment
            o.purchase_order_default_comment = u if v is None else v
            v = s.module_purchase_order_number_series
            o.module_purchase_order_number_series = u if v is None else v
            v = s.purchase_order_number_series
            o.purchase_order_number_series = u if v is None else v
            v = s.show_onboarding_wizard
            o.show_onboarding_wizard = u if v is None else v
            v = s.module_suggested_product_number
            o.module_suggested_product_number = u if v is None else v
            v = s.suggested_product_number
            o.suggested_product_number = u if v is None else v
            v = s.purchase_order_module
            o.purchase_order_module = u if v is None else v
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
