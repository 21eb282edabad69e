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
    from ..models.cluster import Cluster


T = TypeVar("T", bound="Shard")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("cluster", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class Shard(LazyModel):
    """
    Attributes:
        name (str | Unset): [read-only]
        id (int | Unset): [read-only]
        cluster (Cluster | Unset):
        allow_connections (bool | Unset):
        archive (bool | Unset):
        global_ (bool | Unset):
    """

    name: str | Unset = UNSET
    id: int | Unset = UNSET
    cluster: Cluster | Unset = UNSET
    allow_connections: bool | Unset = UNSET
    archive: bool | Unset = UNSET
    global_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        id = self.id

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        allow_connections = self.allow_connections

        archive = self.archive

        global_ = self.global_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if allow_connections is not UNSET:
            field_dict["allowConnections"] = allow_connections
        if archive is not UNSET:
            field_dict["archive"] = archive
        if global_ is not UNSET:
            field_dict["global"] = global_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Shard from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.cluster import Cluster  # noqa: PLC0415

        def _p_cluster(_tx_v: Any) -> Cluster | Unset:
            _cluster = _tx_v
            cluster: Cluster | Unset
            if isinstance(_cluster, Unset):
                cluster = UNSET
            else:
                cluster = Cluster._tx_from_json(_cluster)

            return cluster

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "id",
                "cluster",
                "allowConnections",
                "archive",
                "global",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "id": ("id", None),
            "cluster": ("cluster", _p_cluster),
            "allow_connections": ("allowConnections", None),
            "archive": ("archive", None),
            "global_": ("global", None),
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
