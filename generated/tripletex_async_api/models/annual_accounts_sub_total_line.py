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

T = TypeVar("T", bound="AnnualAccountsSubTotalLine")


@_attrs_define
class AnnualAccountsSubTotalLine(Model):
    """
    Attributes:
        orid (str | Unset):
        grouping (str | Unset):
        name (str | Unset):
        technical_name (str | Unset):
        info (str | Unset):
        closing_balance (float | Unset):
        opening_balance (float | Unset):
        notes (str | Unset):
        free_notes (str | Unset):
    """

    orid: str | Unset = UNSET
    grouping: str | Unset = UNSET
    name: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    info: str | Unset = UNSET
    closing_balance: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    notes: str | Unset = UNSET
    free_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.orid
        if _v is not UNSET and not _in_request:
            field_dict["orid"] = _v
        _v = self.grouping
        if _v is not UNSET and not _in_request:
            field_dict["grouping"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.technical_name
        if _v is not UNSET and not _in_request:
            field_dict["technicalName"] = _v
        _v = self.info
        if _v is not UNSET and not _in_request:
            field_dict["info"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.notes
        if _v is not UNSET and not _in_request:
            field_dict["notes"] = _v
        _v = self.free_notes
        if _v is not UNSET and not _in_request:
            field_dict["freeNotes"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountsSubTotalLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AnnualAccountsSubTotalLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "orid",
                "grouping",
                "name",
                "technicalName",
                "info",
                "closingBalance",
                "openingBalance",
                "notes",
                "freeNotes",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "orid": "orid",
            "grouping": "grouping",
            "name": "name",
            "technicalName": "technical_name",
            "info": "info",
            "closingBalance": "closing_balance",
            "openingBalance": "opening_balance",
            "notes": "notes",
            "freeNotes": "free_notes",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.orid = o.grouping = o.name = o.technical_name = o.info = o.closing_balance = o.opening_balance = (
                        o.notes
                    ) = o.free_notes = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("orid")
                if v is None:
                    o.orid = u
                    if "orid" not in d:
                        m += 1
                else:
                    o.orid = v
                v = g("grouping")
                if v is None:
                    o.grouping = u
                    if "grouping" not in d:
                        m += 1
                else:
                    o.grouping = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("technicalName")
                if v is None:
                    o.technical_name = u
                    if "technicalName" not in d:
                        m += 1
                else:
                    o.technical_name = v
                v = g("info")
                if v is None:
                    o.info = u
                    if "info" not in d:
                        m += 1
                else:
                    o.info = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("notes")
                if v is None:
                    o.notes = u
                    if "notes" not in d:
                        m += 1
                else:
                    o.notes = v
                v = g("freeNotes")
                if v is None:
                    o.free_notes = u
                    if "freeNotes" not in d:
                        m += 1
                else:
                    o.free_notes = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("orid", "orid"),
            ("grouping", "grouping"),
            ("name", "name"),
            ("technical_name", "technicalName"),
            ("info", "info"),
            ("closing_balance", "closingBalance"),
            ("opening_balance", "openingBalance"),
            ("notes", "notes"),
            ("free_notes", "freeNotes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.orid
            o.orid = u if v is None else v
            v = s.grouping
            o.grouping = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.technical_name
            o.technical_name = u if v is None else v
            v = s.info
            o.info = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.notes
            o.notes = u if v is None else v
            v = s.free_notes
            o.free_notes = u if v is None else v
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
