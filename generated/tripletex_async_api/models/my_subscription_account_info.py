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

T = TypeVar("T", bound="MySubscriptionAccountInfo")


@_attrs_define
class MySubscriptionAccountInfo(Model):
    """
    Attributes:
        read_only_package_price (float | Unset):
        voucher_module (str | Unset):
        suspended (bool | Unset):
        can_reopen (bool | Unset):
        reopen_limit_date (str | Unset):
        reopen_number_of_days (int | Unset):
        read_only_user (bool | Unset):
        discounts_not_reinstated (bool | Unset):
        mikro_voucher_module (str | Unset):
        calculated_end_date (str | Unset):
        is_temporarily_active (bool | Unset):
        subscription_end_date (str | Unset):
        is_tripletex_suspended (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.read_only_package_price
        if _v is not UNSET and not _in_request:
            field_dict["readOnlyPackagePrice"] = _v
        _v = self.voucher_module
        if _v is not UNSET and not _in_request:
            field_dict["voucherModule"] = _v
        _v = self.suspended
        if _v is not UNSET and not _in_request:
            field_dict["suspended"] = _v
        _v = self.can_reopen
        if _v is not UNSET and not _in_request:
            field_dict["canReopen"] = _v
        _v = self.reopen_limit_date
        if _v is not UNSET and not _in_request:
            field_dict["reopenLimitDate"] = _v
        _v = self.reopen_number_of_days
        if _v is not UNSET and not _in_request:
            field_dict["reopenNumberOfDays"] = _v
        _v = self.read_only_user
        if _v is not UNSET and not _in_request:
            field_dict["readOnlyUser"] = _v
        _v = self.discounts_not_reinstated
        if _v is not UNSET and not _in_request:
            field_dict["discountsNotReinstated"] = _v
        _v = self.mikro_voucher_module
        if _v is not UNSET and not _in_request:
            field_dict["mikroVoucherModule"] = _v
        _v = self.calculated_end_date
        if _v is not UNSET and not _in_request:
            field_dict["calculatedEndDate"] = _v
        _v = self.is_temporarily_active
        if _v is not UNSET and not _in_request:
            field_dict["isTemporarilyActive"] = _v
        _v = self.subscription_end_date
        if _v is not UNSET and not _in_request:
            field_dict["subscriptionEndDate"] = _v
        _v = self.is_tripletex_suspended
        if _v is not UNSET and not _in_request:
            field_dict["isTripletexSuspended"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MySubscriptionAccountInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MySubscriptionAccountInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "readOnlyPackagePrice": "read_only_package_price",
            "voucherModule": "voucher_module",
            "suspended": "suspended",
            "canReopen": "can_reopen",
            "reopenLimitDate": "reopen_limit_date",
            "reopenNumberOfDays": "reopen_number_of_days",
            "readOnlyUser": "read_only_user",
            "discountsNotReinstated": "discounts_not_reinstated",
            "mikroVoucherModule": "mikro_voucher_module",
            "calculatedEndDate": "calculated_end_date",
            "isTemporarilyActive": "is_temporarily_active",
            "subscriptionEndDate": "subscription_end_date",
            "isTripletexSuspended": "is_tripletex_suspended",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.read_only_package_price = o.voucher_module = o.suspended = o.can_reopen = o.reopen_limit_date = (
                        o.reopen_number_of_days
                    ) = o.read_only_user = o.discounts_not_reinstated = o.mikro_voucher_module = (
                        o.calculated_end_date
                    ) = o.is_temporarily_active = o.subscription_end_date = o.is_tripletex_suspended = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("readOnlyPackagePrice")
                if v is None:
                    o.read_only_package_price = u
                    if "readOnlyPackagePrice" not in d:
                        m += 1
                else:
                    o.read_only_package_price = v
                v = g("voucherModule")
                if v is None:
                    o.voucher_module = u
                    if "voucherModule" not in d:
                        m += 1
                else:
                    o.voucher_module = v
                v = g("suspended")
                if v is None:
                    o.suspended = u
                    if "suspended" not in d:
                        m += 1
                else:
                    o.suspended = v
                v = g("canReopen")
                if v is None:
                    o.can_reopen = u
                    if "canReopen" not in d:
                        m += 1
                else:
                    o.can_reopen = v
                v = g("reopenLimitDate")
                if v is None:
                    o.reopen_limit_date = u
                    if "reopenLimitDate" not in d:
                        m += 1
                else:
                    o.reopen_limit_date = v
                v = g("reopenNumberOfDays")
                if v is None:
                    o.reopen_number_of_days = u
                    if "reopenNumberOfDays" not in d:
                        m += 1
                else:
                    o.reopen_number_of_days = v
                v = g("readOnlyUser")
                if v is None:
                    o.read_only_user = u
                    if "readOnlyUser" not in d:
                        m += 1
                else:
                    o.read_only_user = v
                v = g("discountsNotReinstated")
                if v is None:
                    o.discounts_not_reinstated = u
                    if "discountsNotReinstated" not in d:
                        m += 1
                else:
                    o.discounts_not_reinstated = v
                v = g("mikroVoucherModule")
                if v is None:
                    o.mikro_voucher_module = u
                    if "mikroVoucherModule" not in d:
                        m += 1
                else:
                    o.mikro_voucher_module = v
                v = g("calculatedEndDate")
                if v is None:
                    o.calculated_end_date = u
                    if "calculatedEndDate" not in d:
                        m += 1
                else:
                    o.calculated_end_date = v
                v = g("isTemporarilyActive")
                if v is None:
                    o.is_temporarily_active = u
                    if "isTemporarilyActive" not in d:
                        m += 1
                else:
                    o.is_temporarily_active = v
                v = g("subscriptionEndDate")
                if v is None:
                    o.subscription_end_date = u
                    if "subscriptionEndDate" not in d:
                        m += 1
                else:
                    o.subscription_end_date = v
                v = g("isTripletexSuspended")
                if v is None:
                    o.is_tripletex_suspended = u
                    if "isTripletexSuspended" not in d:
                        m += 1
                else:
                    o.is_tripletex_suspended = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("read_only_package_price", "readOnlyPackagePrice"),
            ("voucher_module", "voucherModule"),
            ("suspended", "suspended"),
            ("can_reopen", "canReopen"),
            ("reopen_limit_date", "reopenLimitDate"),
            ("reopen_number_of_days", "reopenNumberOfDays"),
            ("read_only_user", "readOnlyUser"),
            ("discounts_not_reinstated", "discountsNotReinstated"),
            ("mikro_voucher_module", "mikroVoucherModule"),
            ("calculated_end_date", "calculatedEndDate"),
            ("is_temporarily_active", "isTemporarilyActive"),
            ("subscription_end_date", "subscriptionEndDate"),
            ("is_tripletex_suspended", "isTripletexSuspended"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.read_only_package_price
            o.read_only_package_price = u if v is None else v
            v = s.voucher_module
            o.voucher_module = u if v is None else v
            v = s.suspended
            o.suspended = u if v is None else v
            v = s.can_reopen
            o.can_reopen = u if v is None else v
            v = s.reopen_limit_date
            o.reopen_limit_date = u if v is None else v
            v = s.reopen_number_of_days
            o.reopen_number_of_days = u if v is None else v
            v = s.read_only_user
            o.read_only_user = u if v is None else v
            v = s.discounts_not_reinstated
            o.discounts_not_reinstated = u if v is None else v
            v = s.mikro_voucher_module
            o.mikro_voucher_module = u if v is None else v
            v = s.calculated_end_date
            o.calculated_end_date = u if v is None else v
            v = s.is_temporarily_active
            o.is_temporarily_active = u if v is None else v
            v = s.subscription_end_date
            o.subscription_end_date = u if v is None else v
            v = s.is_tripletex_suspended
            o.is_tripletex_suspended = u if v is None else v
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
