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
)

if TYPE_CHECKING:
    from ..models.maventa_event_data import MaventaEventData


T = TypeVar("T", bound="MaventaStatus")


@_attrs_define
class MaventaStatus(Model):
    """
    Attributes:
        event (str | Unset):
        company_id (str | Unset):
        event_timestamp (str | Unset):
        event_data (MaventaEventData | Unset):
    """

    event: str | Unset = UNSET
    company_id: str | Unset = UNSET
    event_timestamp: str | Unset = UNSET
    event_data: MaventaEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.event
        if _v is not UNSET:
            field_dict["event"] = _v
        _v = self.company_id
        if _v is not UNSET:
            field_dict["company_id"] = _v
        _v = self.event_timestamp
        if _v is not UNSET:
            field_dict["event_timestamp"] = _v
        _v = self.event_data
        if _v is not UNSET:
            field_dict["event_data"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MaventaStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MaventaStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.maventa_event_data import MaventaEventData  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "event",
                "company_id",
                "event_timestamp",
                "event_data",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("event")
                if v is None:
                    o.event = u
                    if "event" not in d:
                        m += 1
                else:
                    o.event = v
                v = g("company_id")
                if v is None:
                    o.company_id = u
                    if "company_id" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("event_timestamp")
                if v is None:
                    o.event_timestamp = u
                    if "event_timestamp" not in d:
                        m += 1
                else:
                    o.event_timestamp = v
                k = "event_data"
                v = g("event_data")
                if v is None:
                    o.event_data = u
                    if "event_data" not in d:
                        m += 1
                else:
                    o.event_data = MaventaEventData._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("event", "event"),
            ("company_id", "company_id"),
            ("event_timestamp", "event_timestamp"),
            ("event_data", "event_data"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.event
            o.event = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.event_timestamp
            o.event_timestamp = u if v is None else v
            v = s.event_data
            o.event_data = u if v is None or v is u else MaventaEventData._tx_parse(v)
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
