from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_step_approver_attestation_approver_action_type import (
    AttestationStepApproverAttestationApproverActionType,
)
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="AttestationStepApprover")


@_attrs_define
class AttestationStepApprover:
    """DTO for Attestation Step Approver

    Attributes:
        employee (Employee | Unset):
        attestation_approver_action_type (AttestationStepApproverAttestationApproverActionType | Unset): [read-only]
        comment (str | Unset): [read-only]
        time_stamp (str | Unset):
        strikethrough (bool | Unset):
    """

    employee: Employee | Unset = UNSET
    attestation_approver_action_type: AttestationStepApproverAttestationApproverActionType | Unset = UNSET
    comment: str | Unset = UNSET
    time_stamp: str | Unset = UNSET
    strikethrough: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        attestation_approver_action_type: str | Unset = UNSET
        if not isinstance(self.attestation_approver_action_type, Unset):
            attestation_approver_action_type = self.attestation_approver_action_type.value

        comment = self.comment

        time_stamp = self.time_stamp

        strikethrough = self.strikethrough

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET:
            field_dict["employee"] = employee
        if attestation_approver_action_type is not UNSET and not _in_request:
            field_dict["attestationApproverActionType"] = attestation_approver_action_type
        if comment is not UNSET and not _in_request:
            field_dict["comment"] = comment
        if time_stamp is not UNSET:
            field_dict["timeStamp"] = time_stamp
        if strikethrough is not UNSET:
            field_dict["strikethrough"] = strikethrough

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _attestation_approver_action_type = d.pop("attestationApproverActionType", UNSET)
        attestation_approver_action_type: AttestationStepApproverAttestationApproverActionType | Unset
        if isinstance(_attestation_approver_action_type, Unset):
            attestation_approver_action_type = UNSET
        else:
            attestation_approver_action_type = AttestationStepApproverAttestationApproverActionType(
                _attestation_approver_action_type
            )

        comment = d.pop("comment", UNSET)

        time_stamp = d.pop("timeStamp", UNSET)

        strikethrough = d.pop("strikethrough", UNSET)

        _obj = cls(
            employee=employee,
            attestation_approver_action_type=attestation_approver_action_type,
            comment=comment,
            time_stamp=time_stamp,
            strikethrough=strikethrough,
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
