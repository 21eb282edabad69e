from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.cluster import Cluster


T = TypeVar("T", bound="Shard")


@_attrs_define
class Shard(Model):
    """
    Attributes:
        name (str | Unset):
        id (int | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.cluster
        if _v is not UNSET:
            field_dict["cluster"] = _v.to_dict()
        _v = self.allow_connections
        if _v is not UNSET:
            field_dict["allowConnections"] = _v
        _v = self.archive
        if _v is not UNSET:
            field_dict["archive"] = _v
        _v = self.global_
        if _v is not UNSET:
            field_dict["global"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Shard from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Shard.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.cluster import Cluster  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "id",
                "cluster",
                "allowConnections",
                "archive",
                "global",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "cluster"
                v = g("cluster")
                if v is None:
                    o.cluster = u
                    if "cluster" not in d:
                        m += 1
                else:
                    o.cluster = Cluster._tx_parse(v)
                v = g("allowConnections")
                if v is None:
                    o.allow_connections = u
                    if "allowConnections" not in d:
                        m += 1
                else:
                    o.allow_connections = v
                v = g("archive")
                if v is None:
                    o.archive = u
                    if "archive" not in d:
                        m += 1
                else:
                    o.archive = v
                v = g("global")
                if v is None:
                    o.global_ = u
                    if "global" not in d:
                        m += 1
                else:
                    o.global_ = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("id", "id"),
            ("cluster", "cluster"),
            ("allow_connections", "allowConnections"),
            ("archive", "archive"),
            ("global_", "global"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.id
            o.id = u if v is None else v
            v = s.cluster
            o.cluster = u if v is None or v is u else Cluster._tx_parse(v)
            v = s.allow_connections
            o.allow_connections = u if v is None else v
            v = s.archive
            o.archive = u if v is None else v
            v = s.global_
            o.global_ = u if v is None else v
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
