from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.cluster import Cluster


T = TypeVar("T", bound="Shard")


@_attrs_define
class Shard:
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
        from ..models.cluster import Cluster  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        _cluster = d.pop("cluster", UNSET)
        cluster: Cluster | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = Cluster.from_dict(_cluster)

        allow_connections = d.pop("allowConnections", UNSET)

        archive = d.pop("archive", UNSET)

        global_ = d.pop("global", UNSET)

        _obj = cls(
            name=name,
            id=id,
            cluster=cluster,
            allow_connections=allow_connections,
            archive=archive,
            global_=global_,
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
