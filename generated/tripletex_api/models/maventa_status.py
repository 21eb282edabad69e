from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.maventa_event_data import MaventaEventData


T = TypeVar("T", bound="MaventaStatus")


@_attrs_define
class MaventaStatus:
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
        from ..models.maventa_event_data import MaventaEventData  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        event = d.pop("event", UNSET)

        company_id = d.pop("company_id", UNSET)

        event_timestamp = d.pop("event_timestamp", UNSET)

        _event_data = d.pop("event_data", UNSET)
        event_data: MaventaEventData | Unset
        if isinstance(_event_data, Unset):
            event_data = UNSET
        else:
            event_data = MaventaEventData.from_dict(_event_data)

        _obj = cls(
            event=event,
            company_id=company_id,
            event_timestamp=event_timestamp,
            event_data=event_data,
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
