from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_step_status import AttestationStepStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.attestation_step_approver import AttestationStepApprover


T = TypeVar("T", bound="AttestationStep")


@_attrs_define
class AttestationStep:
    """[PILOT] List of attestation steps associated with the attestation object

    Attributes:
        title (str | Unset): [read-only]
        sequence (int | Unset): [read-only]
        required_approver_count (int | Unset): [read-only]
        status (AttestationStepStatus | Unset): [read-only]
        attestation_step_approvers (list[AttestationStepApprover] | Unset):
        notification_date (str | Unset): When the next automatic notification will be sent for this step
    """

    title: str | Unset = UNSET
    sequence: int | Unset = UNSET
    required_approver_count: int | Unset = UNSET
    status: AttestationStepStatus | Unset = UNSET
    attestation_step_approvers: list[AttestationStepApprover] | Unset = UNSET
    notification_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        title = self.title

        sequence = self.sequence

        required_approver_count = self.required_approver_count

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        attestation_step_approvers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attestation_step_approvers, Unset):
            attestation_step_approvers = []
            for attestation_step_approvers_item_data in self.attestation_step_approvers:
                attestation_step_approvers_item = attestation_step_approvers_item_data.to_dict()
                attestation_step_approvers.append(attestation_step_approvers_item)

        notification_date = self.notification_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if sequence is not UNSET and not _in_request:
            field_dict["sequence"] = sequence
        if required_approver_count is not UNSET and not _in_request:
            field_dict["requiredApproverCount"] = required_approver_count
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if attestation_step_approvers is not UNSET:
            field_dict["attestationStepApprovers"] = attestation_step_approvers
        if notification_date is not UNSET:
            field_dict["notificationDate"] = notification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.attestation_step_approver import AttestationStepApprover  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        title = d.pop("title", UNSET)

        sequence = d.pop("sequence", UNSET)

        required_approver_count = d.pop("requiredApproverCount", UNSET)

        _status = d.pop("status", UNSET)
        status: AttestationStepStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AttestationStepStatus(_status)

        _attestation_step_approvers = d.pop("attestationStepApprovers", UNSET)
        attestation_step_approvers: list[AttestationStepApprover] | Unset = UNSET
        if _attestation_step_approvers is not UNSET:
            attestation_step_approvers = []
            for attestation_step_approvers_item_data in _attestation_step_approvers:
                if attestation_step_approvers_item_data is None:
                    continue
                attestation_step_approvers_item = AttestationStepApprover.from_dict(
                    attestation_step_approvers_item_data
                )

                attestation_step_approvers.append(attestation_step_approvers_item)

        notification_date = d.pop("notificationDate", UNSET)

        _obj = cls(
            title=title,
            sequence=sequence,
            required_approver_count=required_approver_count,
            status=status,
            attestation_step_approvers=attestation_step_approvers,
            notification_date=notification_date,
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
