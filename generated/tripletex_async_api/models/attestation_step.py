from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_step_status import AttestationStepStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.attestation_step_approver import AttestationStepApprover


T = TypeVar("T", bound="AttestationStep")


@_attrs_define
class AttestationStep(Model):
    """[PILOT] List of attestation steps associated with the attestation object

    Attributes:
        title (str | Unset):
        sequence (int | Unset):
        required_approver_count (int | Unset):
        status (AttestationStepStatus | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.sequence
        if _v is not UNSET and not _in_request:
            field_dict["sequence"] = _v
        _v = self.required_approver_count
        if _v is not UNSET and not _in_request:
            field_dict["requiredApproverCount"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.attestation_step_approvers
        if _v is not UNSET:
            field_dict["attestationStepApprovers"] = [_e.to_dict() for _e in _v]
        _v = self.notification_date
        if _v is not UNSET:
            field_dict["notificationDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationStep from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AttestationStep.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.attestation_step_approver import AttestationStepApprover  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(AttestationStepStatus)
        _known: frozenset[str] = frozenset(
            (
                "title",
                "sequence",
                "requiredApproverCount",
                "status",
                "attestationStepApprovers",
                "notificationDate",
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
                v = g("sequence")
                if v is None:
                    o.sequence = u
                    if "sequence" not in d:
                        m += 1
                else:
                    o.sequence = v
                v = g("requiredApproverCount")
                if v is None:
                    o.required_approver_count = u
                    if "requiredApproverCount" not in d:
                        m += 1
                else:
                    o.required_approver_count = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(AttestationStepStatus, v)
                k = "attestationStepApprovers"
                v = g("attestationStepApprovers")
                if v is None:
                    o.attestation_step_approvers = u
                    if "attestationStepApprovers" not in d:
                        m += 1
                else:
                    o.attestation_step_approvers = (
                        ([AttestationStepApprover._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("notificationDate")
                if v is None:
                    o.notification_date = u
                    if "notificationDate" not in d:
                        m += 1
                else:
                    o.notification_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("title", "title"),
            ("sequence", "sequence"),
            ("required_approver_count", "requiredApproverCount"),
            ("status", "status"),
            ("attestation_step_approvers", "attestationStepApprovers"),
            ("notification_date", "notificationDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.title
            o.title = u if v is None else v
            v = s.sequence
            o.sequence = u if v is None else v
            v = s.required_approver_count
            o.required_approver_count = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(AttestationStepStatus, v)
            )
            v = s.attestation_step_approvers
            o.attestation_step_approvers = (
                u
                if v is None or v is u
                else ([AttestationStepApprover._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.notification_date
            o.notification_date = u if v is None else v
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
