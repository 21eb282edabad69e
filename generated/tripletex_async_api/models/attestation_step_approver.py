from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_step_approver_attestation_approver_action_type import (
    AttestationStepApproverAttestationApproverActionType,
)
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
    from ..models.employee import Employee


T = TypeVar("T", bound="AttestationStepApprover")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employee", dict, False),
    ("attestationApproverActionType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationStepApprover(LazyModel):
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
        self._tx_load()
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
        """A AttestationStepApprover from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_attestation_approver_action_type(
            _tx_v: Any,
        ) -> AttestationStepApproverAttestationApproverActionType | Unset:
            _attestation_approver_action_type = _tx_v
            attestation_approver_action_type: AttestationStepApproverAttestationApproverActionType | Unset
            if isinstance(_attestation_approver_action_type, Unset):
                attestation_approver_action_type = UNSET
            else:
                attestation_approver_action_type = AttestationStepApproverAttestationApproverActionType(
                    _attestation_approver_action_type
                )

            return attestation_approver_action_type

        _tx_known: frozenset[str] = frozenset(
            (
                "employee",
                "attestationApproverActionType",
                "comment",
                "timeStamp",
                "strikethrough",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee": ("employee", _p_employee),
            "attestation_approver_action_type": ("attestationApproverActionType", _p_attestation_approver_action_type),
            "comment": ("comment", None),
            "time_stamp": ("timeStamp", None),
            "strikethrough": ("strikethrough", None),
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
