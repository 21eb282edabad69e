from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_approver_body_position import NewApproverBodyPosition
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

T = TypeVar("T", bound="NewApproverBody")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("position", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class NewApproverBody(LazyModel):
    """
    Attributes:
        attestation_id (int | Unset):
        employee_id (int | Unset):
        note (str | Unset):
        position (NewApproverBodyPosition | Unset):
        attestation_object_id (int | Unset):
    """

    attestation_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    note: str | Unset = UNSET
    position: NewApproverBodyPosition | Unset = UNSET
    attestation_object_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        attestation_id = self.attestation_id

        employee_id = self.employee_id

        note = self.note

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        attestation_object_id = self.attestation_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attestation_id is not UNSET:
            field_dict["attestationId"] = attestation_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if note is not UNSET:
            field_dict["note"] = note
        if position is not UNSET:
            field_dict["position"] = position
        if attestation_object_id is not UNSET:
            field_dict["attestationObjectId"] = attestation_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NewApproverBody from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_position(_tx_v: Any) -> NewApproverBodyPosition | Unset:
            _position = _tx_v
            position: NewApproverBodyPosition | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = NewApproverBodyPosition(_position)

            return position

        _tx_known: frozenset[str] = frozenset(
            (
                "attestationId",
                "employeeId",
                "note",
                "position",
                "attestationObjectId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "attestation_id": ("attestationId", None),
            "employee_id": ("employeeId", None),
            "note": ("note", None),
            "position": ("position", _p_position),
            "attestation_object_id": ("attestationObjectId", None),
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
