from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amelding_period_status_status import AmeldingPeriodStatusStatus
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

T = TypeVar("T", bound="AmeldingPeriodStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("status", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class AmeldingPeriodStatus(LazyModel):
    """A-melding summary status per month for the requested year. Only populated when canAccessSalary is true.

    Attributes:
        year (int | Unset): [read-only]
        month (int | Unset): [read-only] 1-indexed month (1 = January, 12 = December)
        status (AmeldingPeriodStatusStatus | Unset): [read-only]
    """

    year: int | Unset = UNSET
    month: int | Unset = UNSET
    status: AmeldingPeriodStatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        month = self.month

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if month is not UNSET and not _in_request:
            field_dict["month"] = month
        if status is not UNSET and not _in_request:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AmeldingPeriodStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status(_tx_v: Any) -> AmeldingPeriodStatusStatus | Unset:
            _status = _tx_v
            status: AmeldingPeriodStatusStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AmeldingPeriodStatusStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "month",
                "status",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "month": ("month", None),
            "status": ("status", _p_status),
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
