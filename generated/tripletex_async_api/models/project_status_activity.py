from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ProjectStatusActivity")


@_attrs_define
class ProjectStatusActivity(Model):
    """
    Attributes:
        id (int | Unset): Activity id
        name_and_number (str | Unset): Activity name and number
        general (bool | Unset): Whether the activity is a general activity
        chargeable (bool | Unset): Whether the activity is chargeable
        closed (bool | Unset): Whether the activity is closed
        start_date (datetime.date | Unset): Start date (inclusive)
        end_date (datetime.date | Unset): End date (exclusive domain)
        budget_hours (float | Unset): Budgeted hours
        budget_fee_rate_currency (float | Unset): Budget fee hourly rate
        budget_fee_currency (float | Unset): Budget fee amount
        period_hours (float | Unset): Hours in selected period
        period_fee_currency (float | Unset): Fee in selected period
        period_hour_cost_currency (float | Unset): Hour cost in selected period
        period_net_fee_currency (float | Unset): Net fee (fee - cost) in selected period
        total_hours (float | Unset): Total hours to date
        total_fee_currency (float | Unset): Total fee to date
        total_hour_cost_currency (float | Unset): Total hour cost to date
        total_net_fee_currency (float | Unset): Total net fee to date
        left_hours (float | Unset): Remaining hours (ETC)
        left_fee_currency (float | Unset): Remaining fee
    """

    id: int | Unset = UNSET
    name_and_number: str | Unset = UNSET
    general: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    budget_hours: float | Unset = UNSET
    budget_fee_rate_currency: float | Unset = UNSET
    budget_fee_currency: float | Unset = UNSET
    period_hours: float | Unset = UNSET
    period_fee_currency: float | Unset = UNSET
    period_hour_cost_currency: float | Unset = UNSET
    period_net_fee_currency: float | Unset = UNSET
    total_hours: float | Unset = UNSET
    total_fee_currency: float | Unset = UNSET
    total_hour_cost_currency: float | Unset = UNSET
    total_net_fee_currency: float | Unset = UNSET
    left_hours: float | Unset = UNSET
    left_fee_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name_and_number
        if _v is not UNSET and not _in_request:
            field_dict["nameAndNumber"] = _v
        _v = self.general
        if _v is not UNSET and not _in_request:
            field_dict["general"] = _v
        _v = self.chargeable
        if _v is not UNSET and not _in_request:
            field_dict["chargeable"] = _v
        _v = self.closed
        if _v is not UNSET and not _in_request:
            field_dict["closed"] = _v
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        _v = self.budget_hours
        if _v is not UNSET and not _in_request:
            field_dict["budgetHours"] = _v
        _v = self.budget_fee_rate_currency
        if _v is not UNSET and not _in_request:
            field_dict["budgetFeeRateCurrency"] = _v
        _v = self.budget_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["budgetFeeCurrency"] = _v
        _v = self.period_hours
        if _v is not UNSET and not _in_request:
            field_dict["periodHours"] = _v
        _v = self.period_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["periodFeeCurrency"] = _v
        _v = self.period_hour_cost_currency
        if _v is not UNSET and not _in_request:
            field_dict["periodHourCostCurrency"] = _v
        _v = self.period_net_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["periodNetFeeCurrency"] = _v
        _v = self.total_hours
        if _v is not UNSET and not _in_request:
            field_dict["totalHours"] = _v
        _v = self.total_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalFeeCurrency"] = _v
        _v = self.total_hour_cost_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalHourCostCurrency"] = _v
        _v = self.total_net_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalNetFeeCurrency"] = _v
        _v = self.left_hours
        if _v is not UNSET and not _in_request:
            field_dict["leftHours"] = _v
        _v = self.left_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["leftFeeCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusActivity from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectStatusActivity.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__

        def _c_start_date(_tx_v: Any) -> Any:
            _start_date = _tx_v
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            return start_date

        def _c_end_date(_tx_v: Any) -> Any:
            _end_date = _tx_v
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            return end_date

        _known: frozenset[str] = frozenset(
            (
                "id",
                "nameAndNumber",
                "general",
                "chargeable",
                "closed",
                "startDate",
                "endDate",
                "budgetHours",
                "budgetFeeRateCurrency",
                "budgetFeeCurrency",
                "periodHours",
                "periodFeeCurrency",
                "periodHourCostCurrency",
                "periodNetFeeCurrency",
                "totalHours",
                "totalFeeCurrency",
                "totalHourCostCurrency",
                "totalNetFeeCurrency",
                "leftHours",
                "leftFeeCurrency",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "nameAndNumber": "name_and_number",
            "general": "general",
            "chargeable": "chargeable",
            "closed": "closed",
            "budgetHours": "budget_hours",
            "budgetFeeRateCurrency": "budget_fee_rate_currency",
            "budgetFeeCurrency": "budget_fee_currency",
            "periodHours": "period_hours",
            "periodFeeCurrency": "period_fee_currency",
            "periodHourCostCurrency": "period_hour_cost_currency",
            "periodNetFeeCurrency": "period_net_fee_currency",
            "totalHours": "total_hours",
            "totalFeeCurrency": "total_fee_currency",
            "totalHourCostCurrency": "total_hour_cost_currency",
            "totalNetFeeCurrency": "total_net_fee_currency",
            "leftHours": "left_hours",
            "leftFeeCurrency": "left_fee_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.name_and_number = o.general = o.chargeable = o.closed = o.start_date = o.end_date = (
                        o.budget_hours
                    ) = o.budget_fee_rate_currency = o.budget_fee_currency = o.period_hours = o.period_fee_currency = (
                        o.period_hour_cost_currency
                    ) = o.period_net_fee_currency = o.total_hours = o.total_fee_currency = (
                        o.total_hour_cost_currency
                    ) = o.total_net_fee_currency = o.left_hours = o.left_fee_currency = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("nameAndNumber")
                if v is None:
                    o.name_and_number = u
                    if "nameAndNumber" not in d:
                        m += 1
                else:
                    o.name_and_number = v
                v = g("general")
                if v is None:
                    o.general = u
                    if "general" not in d:
                        m += 1
                else:
                    o.general = v
                v = g("chargeable")
                if v is None:
                    o.chargeable = u
                    if "chargeable" not in d:
                        m += 1
                else:
                    o.chargeable = v
                v = g("closed")
                if v is None:
                    o.closed = u
                    if "closed" not in d:
                        m += 1
                else:
                    o.closed = v
                k = "startDate"
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = _c_start_date(v)
                k = "endDate"
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = _c_end_date(v)
                v = g("budgetHours")
                if v is None:
                    o.budget_hours = u
                    if "budgetHours" not in d:
                        m += 1
                else:
                    o.budget_hours = v
                v = g("budgetFeeRateCurrency")
                if v is None:
                    o.budget_fee_rate_currency = u
                    if "budgetFeeRateCurrency" not in d:
                        m += 1
                else:
                    o.budget_fee_rate_currency = v
                v = g("budgetFeeCurrency")
                if v is None:
                    o.budget_fee_currency = u
                    if "budgetFeeCurrency" not in d:
                        m += 1
                else:
                    o.budget_fee_currency = v
                v = g("periodHours")
                if v is None:
                    o.period_hours = u
                    if "periodHours" not in d:
                        m += 1
                else:
                    o.period_hours = v
                v = g("periodFeeCurrency")
                if v is None:
                    o.period_fee_currency = u
                    if "periodFeeCurrency" not in d:
                        m += 1
                else:
                    o.period_fee_currency = v
                v = g("periodHourCostCurrency")
                if v is None:
                    o.period_hour_cost_currency = u
                    if "periodHourCostCurrency" not in d:
                        m += 1
                else:
                    o.period_hour_cost_currency = v
                v = g("periodNetFeeCurrency")
                if v is None:
                    o.period_net_fee_currency = u
                    if "periodNetFeeCurrency" not in d:
                        m += 1
                else:
                    o.period_net_fee_currency = v
                v = g("totalHours")
                if v is None:
                    o.total_hours = u
                    if "totalHours" not in d:
                        m += 1
                else:
                    o.total_hours = v
                v = g("totalFeeCurrency")
                if v is None:
                    o.total_fee_currency = u
                    if "totalFeeCurrency" not in d:
                        m += 1
                else:
                    o.total_fee_currency = v
                v = g("totalHourCostCurrency")
                if v is None:
                    o.total_hour_cost_currency = u
                    if "totalHourCostCurrency" not in d:
                        m += 1
                else:
                    o.total_hour_cost_currency = v
                v = g("totalNetFeeCurrency")
                if v is None:
                    o.total_net_fee_currency = u
                    if "totalNetFeeCurrency" not in d:
                        m += 1
                else:
                    o.total_net_fee_currency = v
                v = g("leftHours")
                if v is None:
                    o.left_hours = u
                    if "leftHours" not in d:
                        m += 1
                else:
                    o.left_hours = v
                v = g("leftFeeCurrency")
                if v is None:
                    o.left_fee_currency = u
                    if "leftFeeCurrency" not in d:
                        m += 1
                else:
                    o.left_fee_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name_and_number", "nameAndNumber"),
            ("general", "general"),
            ("chargeable", "chargeable"),
            ("closed", "closed"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("budget_hours", "budgetHours"),
            ("budget_fee_rate_currency", "budgetFeeRateCurrency"),
            ("budget_fee_currency", "budgetFeeCurrency"),
            ("period_hours", "periodHours"),
            ("period_fee_currency", "periodFeeCurrency"),
            ("period_hour_cost_currency", "periodHourCostCurrency"),
            ("period_net_fee_currency", "periodNetFeeCurrency"),
            ("total_hours", "totalHours"),
            ("total_fee_currency", "totalFeeCurrency"),
            ("total_hour_cost_currency", "totalHourCostCurrency"),
            ("total_net_fee_currency", "totalNetFeeCurrency"),
            ("left_hours", "leftHours"),
            ("left_fee_currency", "leftFeeCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name_and_number
            o.name_and_number = u if v is None else v
            v = s.general
            o.general = u if v is None else v
            v = s.chargeable
            o.chargeable = u if v is None else v
            v = s.closed
            o.closed = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None or v is u else _c_start_date(v)
            v = s.end_date
            o.end_date = u if v is None or v is u else _c_end_date(v)
            v = s.budget_hours
            o.budget_hours = u if v is None else v
            v = s.budget_fee_rate_currency
            o.budget_fee_rate_currency = u if v is None else v
            v = s.budget_fee_currency
            o.budget_fee_currency = u if v is None else v
            v = s.period_hours
            o.period_hours = u if v is None else v
            v = s.period_fee_currency
            o.period_fee_currency = u if v is None else v
            v = s.period_hour_cost_currency
            o.period_hour_cost_currency = u if v is None else v
            v = s.period_net_fee_currency
            o.period_net_fee_currency = u if v is None else v
            v = s.total_hours
            o.total_hours = u if v is None else v
            v = s.total_fee_currency
            o.total_fee_currency = u if v is None else v
            v = s.total_hour_cost_currency
            o.total_hour_cost_currency = u if v is None else v
            v = s.total_net_fee_currency
            o.total_net_fee_currency = u if v is None else v
            v = s.left_hours
            o.left_hours = u if v is None else v
            v = s.left_fee_currency
            o.left_fee_currency = u if v is None else v
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
