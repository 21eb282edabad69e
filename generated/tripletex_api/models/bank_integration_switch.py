from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankIntegrationSwitch")


@_attrs_define
class BankIntegrationSwitch:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_deactivate_module_disabled = d.pop("isDeactivateModuleDisabled", UNSET)

        is_ongoing = d.pop("isOngoing", UNSET)

        has_auto_pay_transactions = d.pop("hasAutoPayTransactions", UNSET)

        show_paid_auto_pay_transactions = d.pop("showPaidAutoPayTransactions", UNSET)

        show_fx_upsale_banner = d.pop("showFxUpsaleBanner", UNSET)

        page = d.pop("page", UNSET)

        _obj = cls(
            is_deactivate_module_disabled=is_deactivate_module_disabled,
            is_ongoing=is_ongoing,
            has_auto_pay_transactions=has_auto_pay_transactions,
            show_paid_auto_pay_transactions=show_paid_auto_pay_transactions,
            show_fx_upsale_banner=show_fx_upsale_banner,
            page=page,
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
