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

T = TypeVar("T", bound="UserLicenseExport")


@_attrs_define
class UserLicenseExport(Model):
    """
    Attributes:
        zero_days_excluded (bool | Unset):
        export_type (str | Unset): The type of the exported file, either PDF or CSV.
        customer_id (int | Unset): Customer id.
        price_date (str | Unset): Price date.
        has_single_date (bool | Unset): True if the single date option is checked.
        status (str | Unset): The type of the user license status (ACTIVE, TERMINATED, ALL).
        user_type (str | Unset): The type of the user (EMPLOYEE, CONTACT, ALL).
        end_date (str | Unset): End date.
        start_date (str | Unset): Start date.
        has_monthly_fee (bool | Unset): True if the monthly fee option is checked.
        user_license_type (list[str] | Unset): The type of the user license.
        is_zero_days_excluded (bool | Unset): True if the option to exclude the users licenses which lasts less than one
            day is checked.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.zero_days_excluded
        if _v is not UNSET:
            field_dict["zeroDaysExcluded"] = _v
        _v = self.export_type
        if _v is not UNSET:
            field_dict["exportType"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.price_date
        if _v is not UNSET:
            field_dict["priceDate"] = _v
        _v = self.has_single_date
        if _v is not UNSET and not _in_request:
            field_dict["hasSingleDate"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.user_type
        if _v is not UNSET:
            field_dict["userType"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.has_monthly_fee
        if _v is not UNSET and not _in_request:
            field_dict["hasMonthlyFee"] = _v
        _v = self.user_license_type
        if _v is not UNSET:
            field_dict["userLicenseType"] = _v
        _v = self.is_zero_days_excluded
        if _v is not UNSET and not _in_request:
            field_dict["isZeroDaysExcluded"] = _v
        _v = self.sorting
        if _v is not UNSET:
            field_dict["sorting"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserLicenseExport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``UserLicenseExport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "zeroDaysExcluded": "zero_days_excluded",
            "exportType": "export_type",
            "customerId": "customer_id",
            "priceDate": "price_date",
            "hasSingleDate": "has_single_date",
            "status": "status",
            "userType": "user_type",
            "endDate": "end_date",
            "startDate": "start_date",
            "hasMonthlyFee": "has_monthly_fee",
            "isZeroDaysExcluded": "is_zero_days_excluded",
            "sorting": "sorting",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.zero_days_excluded = o.export_type = o.customer_id = o.price_date = o.has_single_date = (
                        o.status
                    ) = o.user_type = o.end_date = o.start_date = o.has_monthly_fee = o.user_license_type = (
                        o.is_zero_days_excluded
                    ) = o.sorting = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("zeroDaysExcluded")
                if v is None:
                    o.zero_days_excluded = u
                    if "zeroDaysExcluded" not in d:
                        m += 1
                else:
                    o.zero_days_excluded = v
                v = g("exportType")
                if v is None:
                    o.export_type = u
                    if "exportType" not in d:
                        m += 1
                else:
                    o.export_type = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("priceDate")
                if v is None:
                    o.price_date = u
                    if "priceDate" not in d:
                        m += 1
                else:
                    o.price_date = v
                v = g("hasSingleDate")
                if v is None:
                    o.has_single_date = u
                    if "hasSingleDate" not in d:
                        m += 1
                else:
                    o.has_single_date = v
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("userType")
                if v is None:
                    o.user_type = u
                    if "userType" not in d:
                        m += 1
                else:
                    o.user_type = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("hasMonthlyFee")
                if v is None:
                    o.has_monthly_fee = u
                    if "hasMonthlyFee" not in d:
                        m += 1
                else:
                    o.has_monthly_fee = v
                k = "userLicenseType"
                v = g("userLicenseType")
                if v is None:
                    o.user_license_type = u
                    if "userLicenseType" not in d:
                        m += 1
                else:
                    o.user_license_type = v
                v = g("isZeroDaysExcluded")
                if v is None:
                    o.is_zero_days_excluded = u
                    if "isZeroDaysExcluded" not in d:
                        m += 1
                else:
                    o.is_zero_days_excluded = v
                v = g("sorting")
                if v is None:
                    o.sorting = u
                    if "sorting" not in d:
                        m += 1
                else:
                    o.sorting = v
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
            ("zero_days_excluded", "zeroDaysExcluded"),
            ("export_type", "exportType"),
            ("customer_id", "customerId"),
            ("price_date", "priceDate"),
            ("has_single_date", "hasSingleDate"),
            ("status", "status"),
            ("user_type", "userType"),
            ("end_date", "endDate"),
            ("start_date", "startDate"),
            ("has_monthly_fee", "hasMonthlyFee"),
            ("user_license_type", "userLicenseType"),
            ("is_zero_days_excluded", "isZeroDaysExcluded"),
            ("sorting", "sorting"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.zero_days_excluded
            o.zero_days_excluded = u if v is None else v
            v = s.export_type
            o.export_type = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.price_date
            o.price_date = u if v is None else v
            v = s.has_single_date
            o.has_single_date = u if v is None else v
            v = s.status
            o.status = u if v is None else v
            v = s.user_type
            o.user_type = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.has_monthly_fee
            o.has_monthly_fee = u if v is None else v
            v = s.user_license_type
            o.user_license_type = u if v is None or v is u else v
            v = s.is_zero_days_excluded
            o.is_zero_days_excluded = u if v is None else v
            v = s.sorting
            o.sorting = u if v is None else v
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
