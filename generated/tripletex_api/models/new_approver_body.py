from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_approver_body_position import NewApproverBodyPosition
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="NewApproverBody")


@_attrs_define
class NewApproverBody:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        attestation_id = d.pop("attestationId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        note = d.pop("note", UNSET)

        _position = d.pop("position", UNSET)
        position: NewApproverBodyPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = NewApproverBodyPosition(_position)

        attestation_object_id = d.pop("attestationObjectId", UNSET)

        _obj = cls(
            attestation_id=attestation_id,
            employee_id=employee_id,
            note=note,
            position=position,
            attestation_object_id=attestation_object_id,
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
