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

T = TypeVar("T", bound="SchemaVersion")


@_attrs_define
class SchemaVersion(Model):
    """
    Attributes:
        installed_rank (int | Unset):
        version (str | Unset):
        description (str | Unset):
        type_ (str | Unset):
        script (str | Unset):
        checksum (int | Unset):
        installed_by (str | Unset):
        installed_on (str | Unset):
        execution_time (int | Unset):
        success (bool | Unset):
    """

    installed_rank: int | Unset = UNSET
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    script: str | Unset = UNSET
    checksum: int | Unset = UNSET
    installed_by: str | Unset = UNSET
    installed_on: str | Unset = UNSET
    execution_time: int | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.installed_rank
        if _v is not UNSET and not _in_request:
            field_dict["installedRank"] = _v
        _v = self.version
        if _v is not UNSET and not _in_request:
            field_dict["version"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.script
        if _v is not UNSET and not _in_request:
            field_dict["script"] = _v
        _v = self.checksum
        if _v is not UNSET and not _in_request:
            field_dict["checksum"] = _v
        _v = self.installed_by
        if _v is not UNSET and not _in_request:
            field_dict["installedBy"] = _v
        _v = self.installed_on
        if _v is not UNSET and not _in_request:
            field_dict["installedOn"] = _v
        _v = self.execution_time
        if _v is not UNSET and not _in_request:
            field_dict["executionTime"] = _v
        _v = self.success
        if _v is not UNSET and not _in_request:
            field_dict["success"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SchemaVersion from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SchemaVersion.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "installedRank",
                "version",
                "description",
                "type",
                "script",
                "checksum",
                "installedBy",
                "installedOn",
                "executionTime",
                "success",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "installedRank": "installed_rank",
            "version": "version",
            "description": "description",
            "type": "type_",
            "script": "script",
            "checksum": "checksum",
            "installedBy": "installed_by",
            "installedOn": "installed_on",
            "executionTime": "execution_time",
            "success": "success",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.installed_rank = o.version = o.description = o.type_ = o.script = o.checksum = o.installed_by = (
                        o.installed_on
                    ) = o.execution_time = o.success = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("installedRank")
                if v is None:
                    o.installed_rank = u
                    if "installedRank" not in d:
                        m += 1
                else:
                    o.installed_rank = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("script")
                if v is None:
                    o.script = u
                    if "script" not in d:
                        m += 1
                else:
                    o.script = v
                v = g("checksum")
                if v is None:
                    o.checksum = u
                    if "checksum" not in d:
                        m += 1
                else:
                    o.checksum = v
                v = g("installedBy")
                if v is None:
                    o.installed_by = u
                    if "installedBy" not in d:
                        m += 1
                else:
                    o.installed_by = v
                v = g("installedOn")
                if v is None:
                    o.installed_on = u
                    if "installedOn" not in d:
                        m += 1
                else:
                    o.installed_on = v
                v = g("executionTime")
                if v is None:
                    o.execution_time = u
                    if "executionTime" not in d:
                        m += 1
                else:
                    o.execution_time = v
                v = g("success")
                if v is None:
                    o.success = u
                    if "success" not in d:
                        m += 1
                else:
                    o.success = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("installed_rank", "installedRank"),
            ("version", "version"),
            ("description", "description"),
            ("type_", "type"),
            ("script", "script"),
            ("checksum", "checksum"),
            ("installed_by", "installedBy"),
            ("installed_on", "installedOn"),
            ("execution_time", "executionTime"),
            ("success", "success"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.installed_rank
            o.installed_rank = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.script
            o.script = u if v is None else v
            v = s.checksum
            o.checksum = u if v is None else v
            v = s.installed_by
            o.installed_by = u if v is None else v
            v = s.installed_on
            o.installed_on = u if v is None else v
            v = s.execution_time
            o.execution_time = u if v is None else v
            v = s.success
            o.success = u if v is None else v
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
