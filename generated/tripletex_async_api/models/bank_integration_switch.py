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

T = TypeVar("T", bound="BankIntegrationSwitch")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class BankIntegrationSwitch(LazyModel):
    """
    Attributes:
        is_deactivate_module_disabled (bool | Unset): [read-only]
        is_ongoing (bool | Unset): [read-only]
        has_auto_pay_transactions (bool | Unset): [read-only]
        show_paid_auto_pay_transactions (bool | Unset): [read-only]
        show_fx_upsale_banner (bool | Unset): [read-only]
        page (str | Unset):
    """

    is_deactivate_module_disabled: bool | Unset = UNSET
    is_ongoing: bool | Unset = UNSET
    has_auto_pay_transactions: bool | Unset = UNSET
    show_paid_auto_pay_transactions: bool | Unset = UNSET
    show_fx_upsale_banner: bool | Unset = UNSET
    page: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        is_deactivate_module_disabled = self.is_deactivate_module_disabled

        is_ongoing = self.is_ongoing

        has_auto_pay_transactions = self.has_auto_pay_transactions

        show_paid_auto_pay_transactions = self.show_paid_auto_pay_transactions

        show_fx_upsale_banner = self.show_fx_upsale_banner

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_deactivate_module_disabled is not UNSET and not _in_request:
            field_dict["isDeactivateModuleDisabled"] = is_deactivate_module_disabled
        if is_ongoing is not UNSET and not _in_request:
            field_dict["isOngoing"] = is_ongoing
        if has_auto_pay_transactions is not UNSET and not _in_request:
            field_dict["hasAutoPayTransactions"] = has_auto_pay_transactions
        if show_paid_auto_pay_transactions is not UNSET and not _in_request:
            field_dict["showPaidAutoPayTransactions"] = show_paid_auto_pay_transactions
        if show_fx_upsale_banner is not UNSET and not _in_request:
            field_dict["showFxUpsaleBanner"] = show_fx_upsale_banner
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankIntegrationSwitch from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "isDeactivateModuleDisabled",
                "isOngoing",
                "hasAutoPayTransactions",
                "showPaidAutoPayTransactions",
                "showFxUpsaleBanner",
                "page",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "is_deactivate_module_disabled": ("isDeactivateModuleDisabled", None),
            "is_ongoing": ("isOngoing", None),
            "has_auto_pay_transactions": ("hasAutoPayTransactions", None),
            "show_paid_auto_pay_transactions": ("showPaidAutoPayTransactions", None),
            "show_fx_upsale_banner": ("showFxUpsaleBanner", None),
            "page": ("page", None),
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
