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
    from ..models.maventa_event_data import MaventaEventData


T = TypeVar("T", bound="MaventaStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("event_data", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class MaventaStatus(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        event = self.event

        company_id = self.company_id

        event_timestamp = self.event_timestamp

        event_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_data, Unset):
            event_data = self.event_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if event_timestamp is not UNSET:
            field_dict["event_timestamp"] = event_timestamp
        if event_data is not UNSET:
            field_dict["event_data"] = event_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MaventaStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.maventa_event_data import MaventaEventData  # noqa: PLC0415

        def _p_event_data(_tx_v: Any) -> MaventaEventData | Unset:
            _event_data = _tx_v
            event_data: MaventaEventData | Unset
            if isinstance(_event_data, Unset):
                event_data = UNSET
            else:
                event_data = MaventaEventData._tx_from_json(_event_data)

            return event_data

        _tx_known: frozenset[str] = frozenset(
            (
                "event",
                "company_id",
                "event_timestamp",
                "event_data",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "event": ("event", None),
            "company_id": ("company_id", None),
            "event_timestamp": ("event_timestamp", None),
            "event_data": ("event_data", _p_event_data),
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
