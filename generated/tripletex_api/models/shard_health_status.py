from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ShardHealthStatus")


@_attrs_define
class ShardHealthStatus:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        shard_info_id = d.pop("shardInfoId", UNSET)

        shard_name = d.pop("shardName", UNSET)

        cluster_info_id = d.pop("clusterInfoId", UNSET)

        cluster_name = d.pop("clusterName", UNSET)

        count_active_companies = d.pop("countActiveCompanies", UNSET)

        count_inactive_companies = d.pop("countInactiveCompanies", UNSET)

        count_unhealthy_companies = d.pop("countUnhealthyCompanies", UNSET)

        unhealthy = d.pop("unhealthy", UNSET)

        _obj = cls(
            shard_info_id=shard_info_id,
            shard_name=shard_name,
            cluster_info_id=cluster_info_id,
            cluster_name=cluster_name,
            count_active_companies=count_active_companies,
            count_inactive_companies=count_inactive_companies,
            count_unhealthy_companies=count_unhealthy_companies,
            unhealthy=unhealthy,
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
