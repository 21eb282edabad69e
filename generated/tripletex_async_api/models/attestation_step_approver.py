from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_step_approver_attestation_approver_action_type import (
    AttestationStepApproverAttestationApproverActionType,
)
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="AttestationStepApprover")


@_attrs_define
class AttestationStepApprover(Model):
    """DTO for Attestation Step Approver

    Attributes:
        employee (Employee | Unset):
        attestation_approver_action_type (AttestationStepApproverAttestationApproverActionType | Unset):
        comment (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.attestation_approver_action_type
        if _v is not UNSET and not _in_request:
            field_dict["attestationApproverActionType"] = _v._value_
        _v = self.comment
        if _v is not UNSET and not _in_request:
            field_dict["comment"] = _v
        _v = self.time_stamp
        if _v is not UNSET:
            field_dict["timeStamp"] = _v
        _v = self.strikethrough
        if _v is not UNSET:
            field_dict["strikethrough"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationStepApprover from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AttestationStepApprover.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_attestation_approver_action_type: dict[Any, Any] = enum_members(
            AttestationStepApproverAttestationApproverActionType
        )
        _known: frozenset[str] = frozenset(
            (
                "employee",
                "attestationApproverActionType",
                "comment",
                "timeStamp",
                "strikethrough",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "attestationApproverActionType"
                v = g("attestationApproverActionType")
                if v is None:
                    o.attestation_approver_action_type = u
                    if "attestationApproverActionType" not in d:
                        m += 1
                else:
                    o.attestation_approver_action_type = (
                        e_
                        if (e_ := _e_attestation_approver_action_type.get(v)) is not None
                        else enum_value(AttestationStepApproverAttestationApproverActionType, v)
                    )
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("timeStamp")
                if v is None:
                    o.time_stamp = u
                    if "timeStamp" not in d:
                        m += 1
                else:
                    o.time_stamp = v
                v = g("strikethrough")
                if v is None:
                    o.strikethrough = u
                    if "strikethrough" not in d:
                        m += 1
                else:
                    o.strikethrough = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee", "employee"),
            ("attestation_approver_action_type", "attestationApproverActionType"),
            ("comment", "comment"),
            ("time_stamp", "timeStamp"),
            ("strikethrough", "strikethrough"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.attestation_approver_action_type
            o.attestation_approver_action_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_attestation_approver_action_type.get(v)) is not None
                else enum_value(AttestationStepApproverAttestationApproverActionType, v)
            )
            v = s.comment
            o.comment = u if v is None else v
            v = s.time_stamp
            o.time_stamp = u if v is None else v
            v = s.strikethrough
            o.strikethrough = u if v is None else v
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
