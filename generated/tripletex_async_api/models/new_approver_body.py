from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_approver_body_position import NewApproverBodyPosition
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
)

T = TypeVar("T", bound="NewApproverBody")


@_attrs_define
class NewApproverBody(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.attestation_id
        if _v is not UNSET:
            field_dict["attestationId"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.note
        if _v is not UNSET:
            field_dict["note"] = _v
        _v = self.position
        if _v is not UNSET:
            field_dict["position"] = _v._value_
        _v = self.attestation_object_id
        if _v is not UNSET:
            field_dict["attestationObjectId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NewApproverBody from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``NewApproverBody.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_position: dict[Any, Any] = enum_members(NewApproverBodyPosition)
        _known: frozenset[str] = frozenset(
            (
                "attestationId",
                "employeeId",
                "note",
                "position",
                "attestationObjectId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("attestationId")
                if v is None:
                    o.attestation_id = u
                    if "attestationId" not in d:
                        m += 1
                else:
                    o.attestation_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("note")
                if v is None:
                    o.note = u
                    if "note" not in d:
                        m += 1
                else:
                    o.note = v
                k = "position"
                v = g("position")
                if v is None:
                    o.position = u
                    if "position" not in d:
                        m += 1
                else:
                    o.position = (
                        e_ if (e_ := _e_position.get(v)) is not None else enum_value(NewApproverBodyPosition, v)
                    )
                v = g("attestationObjectId")
                if v is None:
                    o.attestation_object_id = u
                    if "attestationObjectId" not in d:
                        m += 1
                else:
                    o.attestation_object_id = v
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
            ("attestation_id", "attestationId"),
            ("employee_id", "employeeId"),
            ("note", "note"),
            ("position", "position"),
            ("attestation_object_id", "attestationObjectId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.attestation_id
            o.attestation_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.note
            o.note = u if v is None else v
            v = s.position
            o.position = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_position.get(v)) is not None
                else enum_value(NewApproverBodyPosition, v)
            )
            v = s.attestation_object_id
            o.attestation_object_id = u if v is None else v
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
