from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.shard_health_status import ShardHealthStatus


T = TypeVar("T", bound="ServerHealthStatus")


@_attrs_define
class ServerHealthStatus:
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
        from ..models.shard_health_status import ShardHealthStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        timestamp = d.pop("timestamp", UNSET)

        health_check_duration_ms = d.pop("healthCheckDurationMs", UNSET)

        percentage_of_unhealthy_companies = d.pop("percentageOfUnhealthyCompanies", UNSET)

        percentage_of_unhealthy_shards = d.pop("percentageOfUnhealthyShards", UNSET)

        _shard_health_status = d.pop("shardHealthStatus", UNSET)
        shard_health_status: list[ShardHealthStatus] | Unset = UNSET
        if _shard_health_status is not UNSET:
            shard_health_status = []
            for shard_health_status_item_data in _shard_health_status:
                if shard_health_status_item_data is None:
                    continue
                shard_health_status_item = ShardHealthStatus.from_dict(shard_health_status_item_data)

                shard_health_status.append(shard_health_status_item)

        _obj = cls(
            timestamp=timestamp,
            health_check_duration_ms=health_check_duration_ms,
            percentage_of_unhealthy_companies=percentage_of_unhealthy_companies,
            percentage_of_unhealthy_shards=percentage_of_unhealthy_shards,
            shard_health_status=shard_health_status,
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
