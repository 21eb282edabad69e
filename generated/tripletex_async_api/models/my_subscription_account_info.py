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

T = TypeVar("T", bound="MySubscriptionAccountInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class MySubscriptionAccountInfo(LazyModel):
    """
    Attributes:
        read_only_package_price (float | Unset): [read-only]
        voucher_module (str | Unset): [read-only]
        suspended (bool | Unset): [read-only]
        can_reopen (bool | Unset): [read-only]
        reopen_limit_date (str | Unset): [read-only]
        reopen_number_of_days (int | Unset): [read-only]
        read_only_user (bool | Unset): [read-only]
        discounts_not_reinstated (bool | Unset): [read-only]
        mikro_voucher_module (str | Unset): [read-only]
        calculated_end_date (str | Unset): [read-only]
        is_temporarily_active (bool | Unset): [read-only]
        subscription_end_date (str | Unset): [read-only]
        is_tripletex_suspended (bool | Unset): [read-only]
    """

    read_only_package_price: float | Unset = UNSET
    voucher_module: str | Unset = UNSET
    suspended: bool | Unset = UNSET
    can_reopen: bool | Unset = UNSET
    reopen_limit_date: str | Unset = UNSET
    reopen_number_of_days: int | Unset = UNSET
    read_only_user: bool | Unset = UNSET
    discounts_not_reinstated: bool | Unset = UNSET
    mikro_voucher_module: str | Unset = UNSET
    calculated_end_date: str | Unset = UNSET
    is_temporarily_active: bool | Unset = UNSET
    subscription_end_date: str | Unset = UNSET
    is_tripletex_suspended: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        read_only_package_price = self.read_only_package_price

        voucher_module = self.voucher_module

        suspended = self.suspended

        can_reopen = self.can_reopen

        reopen_limit_date = self.reopen_limit_date

        reopen_number_of_days = self.reopen_number_of_days

        read_only_user = self.read_only_user

        discounts_not_reinstated = self.discounts_not_reinstated

        mikro_voucher_module = self.mikro_voucher_module

        calculated_end_date = self.calculated_end_date

        is_temporarily_active = self.is_temporarily_active

        subscription_end_date = self.subscription_end_date

        is_tripletex_suspended = self.is_tripletex_suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_only_package_price is not UNSET and not _in_request:
            field_dict["readOnlyPackagePrice"] = read_only_package_price
        if voucher_module is not UNSET and not _in_request:
            field_dict["voucherModule"] = voucher_module
        if suspended is not UNSET and not _in_request:
            field_dict["suspended"] = suspended
        if can_reopen is not UNSET and not _in_request:
            field_dict["canReopen"] = can_reopen
        if reopen_limit_date is not UNSET and not _in_request:
            field_dict["reopenLimitDate"] = reopen_limit_date
        if reopen_number_of_days is not UNSET and not _in_request:
            field_dict["reopenNumberOfDays"] = reopen_number_of_days
        if read_only_user is not UNSET and not _in_request:
            field_dict["readOnlyUser"] = read_only_user
        if discounts_not_reinstated is not UNSET and not _in_request:
            field_dict["discountsNotReinstated"] = discounts_not_reinstated
        if mikro_voucher_module is not UNSET and not _in_request:
            field_dict["mikroVoucherModule"] = mikro_voucher_module
        if calculated_end_date is not UNSET and not _in_request:
            field_dict["calculatedEndDate"] = calculated_end_date
        if is_temporarily_active is not UNSET and not _in_request:
            field_dict["isTemporarilyActive"] = is_temporarily_active
        if subscription_end_date is not UNSET and not _in_request:
            field_dict["subscriptionEndDate"] = subscription_end_date
        if is_tripletex_suspended is not UNSET and not _in_request:
            field_dict["isTripletexSuspended"] = is_tripletex_suspended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MySubscriptionAccountInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "readOnlyPackagePrice",
                "voucherModule",
                "suspended",
                "canReopen",
                "reopenLimitDate",
                "reopenNumberOfDays",
                "readOnlyUser",
                "discountsNotReinstated",
                "mikroVoucherModule",
                "calculatedEndDate",
                "isTemporarilyActive",
                "subscriptionEndDate",
                "isTripletexSuspended",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "read_only_package_price": ("readOnlyPackagePrice", None),
            "voucher_module": ("voucherModule", None),
            "suspended": ("suspended", None),
            "can_reopen": ("canReopen", None),
            "reopen_limit_date": ("reopenLimitDate", None),
            "reopen_number_of_days": ("reopenNumberOfDays", None),
            "read_only_user": ("readOnlyUser", None),
            "discounts_not_reinstated": ("discountsNotReinstated", None),
            "mikro_voucher_module": ("mikroVoucherModule", None),
            "calculated_end_date": ("calculatedEndDate", None),
            "is_temporarily_active": ("isTemporarilyActive", None),
            "subscription_end_date": ("subscriptionEndDate", None),
            "is_tripletex_suspended": ("isTripletexSuspended", None),
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
