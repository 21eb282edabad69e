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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="ProductUnitMaster")


@_attrs_define
class ProductUnitMaster(Model):
    """Product unit

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        name_short (str | Unset):
        common_code (str | Unset):
        peppol_name (str | Unset):
        peppol_symbol (str | Unset):
        is_inactive (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    name_short: str | Unset = UNSET
    common_code: str | Unset = UNSET
    peppol_name: str | Unset = UNSET
    peppol_symbol: str | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.name_short
        if _v is not UNSET and not _in_request:
            field_dict["nameShort"] = _v
        _v = self.common_code
        if _v is not UNSET and not _in_request:
            field_dict["commonCode"] = _v
        _v = self.peppol_name
        if _v is not UNSET and not _in_request:
            field_dict["peppolName"] = _v
        _v = self.peppol_symbol
        if _v is not UNSET and not _in_request:
            field_dict["peppolSymbol"] = _v
        _v = self.is_inactive
        if _v is not UNSET and not _in_request:
            field_dict["isInactive"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductUnitMaster from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductUnitMaster.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "nameShort",
                "commonCode",
                "peppolName",
                "peppolSymbol",
                "isInactive",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "nameShort": "name_short",
            "commonCode": "common_code",
            "peppolName": "peppol_name",
            "peppolSymbol": "peppol_symbol",
            "isInactive": "is_inactive",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.name_short = o.common_code = o.peppol_name = (
                        o.peppol_symbol
                    ) = o.is_inactive = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.name_short = o.common_code = o.peppol_name = (
                        o.peppol_symbol
                    ) = o.is_inactive = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("nameShort")
                if v is None:
                    o.name_short = u
                    if "nameShort" not in d:
                        m += 1
                else:
                    o.name_short = v
                v = g("commonCode")
                if v is None:
                    o.common_code = u
                    if "commonCode" not in d:
                        m += 1
                else:
                    o.common_code = v
                v = g("peppolName")
                if v is None:
                    o.peppol_name = u
                    if "peppolName" not in d:
                        m += 1
                else:
                    o.peppol_name = v
                v = g("peppolSymbol")
                if v is None:
                    o.peppol_symbol = u
                    if "peppolSymbol" not in d:
                        m += 1
                else:
                    o.peppol_symbol = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
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
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("name_short", "nameShort"),
            ("common_code", "commonCode"),
            ("peppol_name", "peppolName"),
            ("peppol_symbol", "peppolSymbol"),
            ("is_inactive", "isInactive"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.name_short
            o.name_short = u if v is None else v
            v = s.common_code
            o.common_code = u if v is None else v
            v = s.peppol_name
            o.peppol_name = u if v is None else v
            v = s.peppol_symbol
            o.peppol_symbol = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
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
