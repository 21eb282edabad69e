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
    from ..models.change import Change


T = TypeVar("T", bound="LogisticsSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("changes", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class LogisticsSettings(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        has_warehouse_location (bool | Unset):
        show_onboarding_wizard (bool | Unset):
        module_suggested_product_number (bool | Unset):
        suggested_product_number (str | Unset):
        purchase_order_default_comment (str | Unset):
        rackbeat_agreement_number (str | Unset): [read-only] Agreement number provided to customers using Rackbeat
            integration
        module_bring (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    has_warehouse_location: bool | Unset = UNSET
    show_onboarding_wizard: bool | Unset = UNSET
    module_suggested_product_number: bool | Unset = UNSET
    suggested_product_number: str | Unset = UNSET
    purchase_order_default_comment: str | Unset = UNSET
    rackbeat_agreement_number: str | Unset = UNSET
    module_bring: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        has_warehouse_location = self.has_warehouse_location

        show_onboarding_wizard = self.show_onboarding_wizard

        module_suggested_product_number = self.module_suggested_product_number

        suggested_product_number = self.suggested_product_number

        purchase_order_default_comment = self.purchase_order_default_comment

        rackbeat_agreement_number = self.rackbeat_agreement_number

        module_bring = self.module_bring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if has_warehouse_location is not UNSET:
            field_dict["hasWarehouseLocation"] = has_warehouse_location
        if show_onboarding_wizard is not UNSET:
            field_dict["showOnboardingWizard"] = show_onboarding_wizard
        if module_suggested_product_number is not UNSET:
            field_dict["moduleSuggestedProductNumber"] = module_suggested_product_number
        if suggested_product_number is not UNSET:
            field_dict["suggestedProductNumber"] = suggested_product_number
        if purchase_order_default_comment is not UNSET:
            field_dict["purchaseOrderDefaultComment"] = purchase_order_default_comment
        if rackbeat_agreement_number is not UNSET and not _in_request:
            field_dict["rackbeatAgreementNumber"] = rackbeat_agreement_number
        if module_bring is not UNSET:
            field_dict["moduleBring"] = module_bring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LogisticsSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "hasWarehouseLocation",
                "showOnboardingWizard",
                "moduleSuggestedProductNumber",
                "suggestedProductNumber",
                "purchaseOrderDefaultComment",
                "rackbeatAgreementNumber",
                "moduleBring",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "has_warehouse_location": ("hasWarehouseLocation", None),
            "show_onboarding_wizard": ("showOnboardingWizard", None),
            "module_suggested_product_number": ("moduleSuggestedProductNumber", None),
            "suggested_product_number": ("suggestedProductNumber", None),
            "purchase_order_default_comment": ("purchaseOrderDefaultComment", None),
            "rackbeat_agreement_number": ("rackbeatAgreementNumber", None),
            "module_bring": ("moduleBring", None),
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
