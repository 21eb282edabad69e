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
    from ..models.reconciliation_entry import ReconciliationEntry


T = TypeVar("T", bound="ReconciliationGroup")


@_attrs_define
class ReconciliationGroup(Model):
    """Group of transactions from this match.

    Attributes:
        title (str | Unset): Title of this group.
        total_amount (float | Unset): Total amount of this group.
        entries (list[ReconciliationEntry] | Unset):
    """

    title: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    entries: list[ReconciliationEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.total_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalAmount"] = _v
        _v = self.entries
        if _v is not UNSET:
            field_dict["entries"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.reconciliation_entry import ReconciliationEntry  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "title",
                "totalAmount",
                "entries",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("totalAmount")
                if v is None:
                    o.total_amount = u
                    if "totalAmount" not in d:
                        m += 1
                else:
                    o.total_amount = v
                k = "entries"
                v = g("entries")
                if v is None:
                    o.entries = u
                    if "entries" not in d:
                        m += 1
                else:
                    o.entries = (
                        ([ReconciliationEntry._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("title", "title"),
            ("total_amount", "totalAmount"),
            ("entries", "entries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.title
            o.title = u if v is None else v
            v = s.total_amount
            o.total_amount = u if v is None else v
            v = s.entries
            o.entries = (
                u
                if v is None or v is u
                else ([ReconciliationEntry._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
