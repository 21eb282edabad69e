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
    from ..models.shard_health_status import ShardHealthStatus


T = TypeVar("T", bound="ServerHealthStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("shardHealthStatus", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ServerHealthStatus(LazyModel):
    """
    Attributes:
        timestamp (str | Unset): [read-only]
        health_check_duration_ms (int | Unset): [read-only]
        percentage_of_unhealthy_companies (int | Unset): [read-only]
        percentage_of_unhealthy_shards (int | Unset): [read-only]
        shard_health_status (list[ShardHealthStatus] | Unset): [read-only]
    """

    timestamp: str | Unset = UNSET
    health_check_duration_ms: int | Unset = UNSET
    percentage_of_unhealthy_companies: int | Unset = UNSET
    percentage_of_unhealthy_shards: int | Unset = UNSET
    shard_health_status: list[ShardHealthStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        timestamp = self.timestamp

        health_check_duration_ms = self.health_check_duration_ms

        percentage_of_unhealthy_companies = self.percentage_of_unhealthy_companies

        percentage_of_unhealthy_shards = self.percentage_of_unhealthy_shards

        shard_health_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shard_health_status, Unset):
            shard_health_status = []
            for shard_health_status_item_data in self.shard_health_status:
                shard_health_status_item = shard_health_status_item_data.to_dict()
                shard_health_status.append(shard_health_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if health_check_duration_ms is not UNSET and not _in_request:
            field_dict["healthCheckDurationMs"] = health_check_duration_ms
        if percentage_of_unhealthy_companies is not UNSET and not _in_request:
            field_dict["percentageOfUnhealthyCompanies"] = percentage_of_unhealthy_companies
        if percentage_of_unhealthy_shards is not UNSET and not _in_request:
            field_dict["percentageOfUnhealthyShards"] = percentage_of_unhealthy_shards
        if shard_health_status is not UNSET and not _in_request:
            field_dict["shardHealthStatus"] = shard_health_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ServerHealthStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.shard_health_status import ShardHealthStatus  # noqa: PLC0415

        def _p_shard_health_status(_tx_v: Any) -> list[ShardHealthStatus] | Unset:
            _shard_health_status = _tx_v
            shard_health_status: list[ShardHealthStatus] | Unset = UNSET
            if _shard_health_status is not UNSET:
                shard_health_status = []
                for shard_health_status_item_data in _shard_health_status:
                    if shard_health_status_item_data is None:
                        continue
                    shard_health_status_item = ShardHealthStatus._tx_from_json(shard_health_status_item_data)

                    shard_health_status.append(shard_health_status_item)

            return shard_health_status

        _tx_known: frozenset[str] = frozenset(
            (
                "timestamp",
                "healthCheckDurationMs",
                "percentageOfUnhealthyCompanies",
                "percentageOfUnhealthyShards",
                "shardHealthStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "timestamp": ("timestamp", None),
            "health_check_duration_ms": ("healthCheckDurationMs", None),
            "percentage_of_unhealthy_companies": ("percentageOfUnhealthyCompanies", None),
            "percentage_of_unhealthy_shards": ("percentageOfUnhealthyShards", None),
            "shard_health_status": ("shardHealthStatus", _p_shard_health_status),
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
