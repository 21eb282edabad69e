from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="UserLicenseExport")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("userLicenseType", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class UserLicenseExport(LazyModel):
    """
    Attributes:
        zero_days_excluded (bool | Unset):
        export_type (str | Unset): The type of the exported file, either PDF or CSV.
        customer_id (int | Unset): [read-only] Customer id.
        price_date (str | Unset): Price date.
        has_single_date (bool | Unset): [read-only] True if the single date option is checked.
        status (str | Unset): The type of the user license status (ACTIVE, TERMINATED, ALL).
        user_type (str | Unset): The type of the user (EMPLOYEE, CONTACT, ALL).
        end_date (str | Unset): End date.
        start_date (str | Unset): Start date.
        has_monthly_fee (bool | Unset): [read-only] True if the monthly fee option is checked.
        user_license_type (list[str] | Unset): The type of the user license.
        is_zero_days_excluded (bool | Unset): [read-only] True if the option to exclude the users licenses which lasts
            less than one day is checked.
        sorting (str | Unset): The field which we sort by.
    """

    zero_days_excluded: bool | Unset = UNSET
    export_type: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    price_date: str | Unset = UNSET
    has_single_date: bool | Unset = UNSET
    status: str | Unset = UNSET
    user_type: str | Unset = UNSET
    end_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    has_monthly_fee: bool | Unset = UNSET
    user_license_type: list[str] | Unset = UNSET
    is_zero_days_excluded: bool | Unset = UNSET
    sorting: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        zero_days_excluded = self.zero_days_excluded

        export_type = self.export_type

        customer_id = self.customer_id

        price_date = self.price_date

        has_single_date = self.has_single_date

        status = self.status

        user_type = self.user_type

        end_date = self.end_date

        start_date = self.start_date

        has_monthly_fee = self.has_monthly_fee

        user_license_type: list[str] | Unset = UNSET
        if not isinstance(self.user_license_type, Unset):
            user_license_type = self.user_license_type

        is_zero_days_excluded = self.is_zero_days_excluded

        sorting = self.sorting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zero_days_excluded is not UNSET:
            field_dict["zeroDaysExcluded"] = zero_days_excluded
        if export_type is not UNSET:
            field_dict["exportType"] = export_type
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if price_date is not UNSET:
            field_dict["priceDate"] = price_date
        if has_single_date is not UNSET and not _in_request:
            field_dict["hasSingleDate"] = has_single_date
        if status is not UNSET:
            field_dict["status"] = status
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if has_monthly_fee is not UNSET and not _in_request:
            field_dict["hasMonthlyFee"] = has_monthly_fee
        if user_license_type is not UNSET:
            field_dict["userLicenseType"] = user_license_type
        if is_zero_days_excluded is not UNSET and not _in_request:
            field_dict["isZeroDaysExcluded"] = is_zero_days_excluded
        if sorting is not UNSET:
            field_dict["sorting"] = sorting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserLicenseExport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_user_license_type(_tx_v: Any) -> list[str] | Unset:
            user_license_type = cast(list[str], _tx_v)

            return user_license_type

        _tx_known: frozenset[str] = frozenset(
            (
                "zeroDaysExcluded",
                "exportType",
                "customerId",
                "priceDate",
                "hasSingleDate",
                "status",
                "userType",
                "endDate",
                "startDate",
                "hasMonthlyFee",
                "userLicenseType",
                "isZeroDaysExcluded",
                "sorting",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "zero_days_excluded": ("zeroDaysExcluded", None),
            "export_type": ("exportType", None),
            "customer_id": ("customerId", None),
            "price_date": ("priceDate", None),
            "has_single_date": ("hasSingleDate", None),
            "status": ("status", None),
            "user_type": ("userType", None),
            "end_date": ("endDate", None),
            "start_date": ("startDate", None),
            "has_monthly_fee": ("hasMonthlyFee", None),
            "user_license_type": ("userLicenseType", _p_user_license_type),
            "is_zero_days_excluded": ("isZeroDaysExcluded", None),
            "sorting": ("sorting", None),
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
