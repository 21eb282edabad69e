from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_step_status import AttestationStepStatus
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
    from ..models.attestation_step_approver import AttestationStepApprover


T = TypeVar("T", bound="AttestationStep")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("status", str, False),
    ("attestationStepApprovers", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationStep(LazyModel):
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
        self._tx_load()
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
        """A AttestationStep from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.attestation_step_approver import AttestationStepApprover  # noqa: PLC0415

        def _p_status(_tx_v: Any) -> AttestationStepStatus | Unset:
            _status = _tx_v
            status: AttestationStepStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AttestationStepStatus(_status)

            return status

        def _p_attestation_step_approvers(_tx_v: Any) -> list[AttestationStepApprover] | Unset:
            _attestation_step_approvers = _tx_v
            attestation_step_approvers: list[AttestationStepApprover] | Unset = UNSET
            if _attestation_step_approvers is not UNSET:
                attestation_step_approvers = []
                for attestation_step_approvers_item_data in _attestation_step_approvers:
                    if attestation_step_approvers_item_data is None:
                        continue
                    attestation_step_approvers_item = AttestationStepApprover._tx_from_json(
                        attestation_step_approvers_item_data
                    )

                    attestation_step_approvers.append(attestation_step_approvers_item)

            return attestation_step_approvers

        _tx_known: frozenset[str] = frozenset(
            (
                "title",
                "sequence",
                "requiredApproverCount",
                "status",
                "attestationStepApprovers",
                "notificationDate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "title": ("title", None),
            "sequence": ("sequence", None),
            "required_approver_count": ("requiredApproverCount", None),
            "status": ("status", _p_status),
            "attestation_step_approvers": ("attestationStepApprovers", _p_attestation_step_approvers),
            "notification_date": ("notificationDate", None),
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
