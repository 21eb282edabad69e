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

T = TypeVar("T", bound="ShardHealthStatus")


@_attrs_define
class ShardHealthStatus(Model):
    """
    Attributes:
        shard_info_id (int | Unset):
        shard_name (str | Unset):
        cluster_info_id (int | Unset):
        cluster_name (str | Unset):
        count_active_companies (int | Unset):
        count_inactive_companies (int | Unset):
        count_unhealthy_companies (int | Unset):
        unhealthy (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.shard_info_id
        if _v is not UNSET and not _in_request:
            field_dict["shardInfoId"] = _v
        _v = self.shard_name
        if _v is not UNSET and not _in_request:
            field_dict["shardName"] = _v
        _v = self.cluster_info_id
        if _v is not UNSET and not _in_request:
            field_dict["clusterInfoId"] = _v
        _v = self.cluster_name
        if _v is not UNSET and not _in_request:
            field_dict["clusterName"] = _v
        _v = self.count_active_companies
        if _v is not UNSET and not _in_request:
            field_dict["countActiveCompanies"] = _v
        _v = self.count_inactive_companies
        if _v is not UNSET and not _in_request:
            field_dict["countInactiveCompanies"] = _v
        _v = self.count_unhealthy_companies
        if _v is not UNSET and not _in_request:
            field_dict["countUnhealthyCompanies"] = _v
        _v = self.unhealthy
        if _v is not UNSET and not _in_request:
            field_dict["unhealthy"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ShardHealthStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ShardHealthStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "shardInfoId": "shard_info_id",
            "shardName": "shard_name",
            "clusterInfoId": "cluster_info_id",
            "clusterName": "cluster_name",
            "countActiveCompanies": "count_active_companies",
            "countInactiveCompanies": "count_inactive_companies",
            "countUnhealthyCompanies": "count_unhealthy_companies",
            "unhealthy": "unhealthy",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.shard_info_id = o.shard_name = o.cluster_info_id = o.cluster_name = o.count_active_companies = (
                        o.count_inactive_companies
                    ) = o.count_unhealthy_companies = o.unhealthy = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("shardInfoId")
                if v is None:
                    o.shard_info_id = u
                    if "shardInfoId" not in d:
                        m += 1
                else:
                    o.shard_info_id = v
                v = g("shardName")
                if v is None:
                    o.shard_name = u
                    if "shardName" not in d:
                        m += 1
                else:
                    o.shard_name = v
                v = g("clusterInfoId")
                if v is None:
                    o.cluster_info_id = u
                    if "clusterInfoId" not in d:
                        m += 1
                else:
                    o.cluster_info_id = v
                v = g("clusterName")
                if v is None:
                    o.cluster_name = u
                    if "clusterName" not in d:
                        m += 1
                else:
                    o.cluster_name = v
                v = g("countActiveCompanies")
                if v is None:
                    o.count_active_companies = u
                    if "countActiveCompanies" not in d:
                        m += 1
                else:
                    o.count_active_companies = v
                v = g("countInactiveCompanies")
                if v is None:
                    o.count_inactive_companies = u
                    if "countInactiveCompanies" not in d:
                        m += 1
                else:
                    o.count_inactive_companies = v
                v = g("countUnhealthyCompanies")
                if v is None:
                    o.count_unhealthy_companies = u
                    if "countUnhealthyCompanies" not in d:
                        m += 1
                else:
                    o.count_unhealthy_companies = v
                v = g("unhealthy")
                if v is None:
                    o.unhealthy = u
                    if "unhealthy" not in d:
                        m += 1
                else:
                    o.unhealthy = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("shard_info_id", "shardInfoId"),
            ("shard_name", "shardName"),
            ("cluster_info_id", "clusterInfoId"),
            ("cluster_name", "clusterName"),
            ("count_active_companies", "countActiveCompanies"),
            ("count_inactive_companies", "countInactiveCompanies"),
            ("count_unhealthy_companies", "countUnhealthyCompanies"),
            ("unhealthy", "unhealthy"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.shard_info_id
            o.shard_info_id = u if v is None else v
            v = s.shard_name
            o.shard_name = u if v is None else v
            v = s.cluster_info_id
            o.cluster_info_id = u if v is None else v
            v = s.cluster_name
            o.cluster_name = u if v is None else v
            v = s.count_active_companies
            o.count_active_companies = u if v is None else v
            v = s.count_inactive_companies
            o.count_inactive_companies = u if v is None else v
            v = s.count_unhealthy_companies
            o.count_unhealthy_companies = u if v is None else v
            v = s.unhealthy
            o.unhealthy = u if v is None else v
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
