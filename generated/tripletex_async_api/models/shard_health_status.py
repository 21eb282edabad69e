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

T = TypeVar("T", bound="ShardHealthStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ShardHealthStatus(LazyModel):
    """
    Attributes:
        shard_info_id (int | Unset): [read-only]
        shard_name (str | Unset): [read-only]
        cluster_info_id (int | Unset): [read-only]
        cluster_name (str | Unset): [read-only]
        count_active_companies (int | Unset): [read-only]
        count_inactive_companies (int | Unset): [read-only]
        count_unhealthy_companies (int | Unset): [read-only]
        unhealthy (bool | Unset): [read-only]
    """

    shard_info_id: int | Unset = UNSET
    shard_name: str | Unset = UNSET
    cluster_info_id: int | Unset = UNSET
    cluster_name: str | Unset = UNSET
    count_active_companies: int | Unset = UNSET
    count_inactive_companies: int | Unset = UNSET
    count_unhealthy_companies: int | Unset = UNSET
    unhealthy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        shard_info_id = self.shard_info_id

        shard_name = self.shard_name

        cluster_info_id = self.cluster_info_id

        cluster_name = self.cluster_name

        count_active_companies = self.count_active_companies

        count_inactive_companies = self.count_inactive_companies

        count_unhealthy_companies = self.count_unhealthy_companies

        unhealthy = self.unhealthy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shard_info_id is not UNSET and not _in_request:
            field_dict["shardInfoId"] = shard_info_id
        if shard_name is not UNSET and not _in_request:
            field_dict["shardName"] = shard_name
        if cluster_info_id is not UNSET and not _in_request:
            field_dict["clusterInfoId"] = cluster_info_id
        if cluster_name is not UNSET and not _in_request:
            field_dict["clusterName"] = cluster_name
        if count_active_companies is not UNSET and not _in_request:
            field_dict["countActiveCompanies"] = count_active_companies
        if count_inactive_companies is not UNSET and not _in_request:
            field_dict["countInactiveCompanies"] = count_inactive_companies
        if count_unhealthy_companies is not UNSET and not _in_request:
            field_dict["countUnhealthyCompanies"] = count_unhealthy_companies
        if unhealthy is not UNSET and not _in_request:
            field_dict["unhealthy"] = unhealthy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShardHealthStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "shardInfoId",
                "shardName",
                "clusterInfoId",
                "clusterName",
                "countActiveCompanies",
                "countInactiveCompanies",
                "countUnhealthyCompanies",
                "unhealthy",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "shard_info_id": ("shardInfoId", None),
            "shard_name": ("shardName", None),
            "cluster_info_id": ("clusterInfoId", None),
            "cluster_name": ("clusterName", None),
            "count_active_companies": ("countActiveCompanies", None),
            "count_inactive_companies": ("countInactiveCompanies", None),
            "count_unhealthy_companies": ("countUnhealthyCompanies", None),
            "unhealthy": ("unhealthy", None),
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
