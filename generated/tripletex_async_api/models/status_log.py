from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_log_action_type import StatusLogActionType
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


T = TypeVar("T", bound="StatusLog")


@_attrs_define
class StatusLog(Model):
    """
    Attributes:
        action_type (StatusLogActionType | Unset):
        action_date (str | Unset):
        action_creator (Employee | Unset):
        rejection_message (str | Unset): Rejection message if payment was rejected by the bank.
    """

    action_type: StatusLogActionType | Unset = UNSET
    action_date: str | Unset = UNSET
    action_creator: Employee | Unset = UNSET
    rejection_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.action_type
        if _v is not UNSET and not _in_request:
            field_dict["actionType"] = _v._value_
        _v = self.action_date
        if _v is not UNSET and not _in_request:
            field_dict["actionDate"] = _v
        _v = self.action_creator
        if _v is not UNSET:
            field_dict["actionCreator"] = _v.to_dict()
        _v = self.rejection_message
        if _v is not UNSET and not _in_request:
            field_dict["rejectionMessage"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A StatusLog from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``StatusLog.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_action_type: dict[Any, Any] = enum_members(StatusLogActionType)
        _known: frozenset[str] = frozenset(
            (
                "actionType",
                "actionDate",
                "actionCreator",
                "rejectionMessage",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "actionType"
                v = g("actionType")
                if v is None:
                    o.action_type = u
                    if "actionType" not in d:
                        m += 1
                else:
                    o.action_type = (
                        e_ if (e_ := _e_action_type.get(v)) is not None else enum_value(StatusLogActionType, v)
                    )
                v = g("actionDate")
                if v is None:
                    o.action_date = u
                    if "actionDate" not in d:
                        m += 1
                else:
                    o.action_date = v
                k = "actionCreator"
                v = g("actionCreator")
                if v is None:
                    o.action_creator = u
                    if "actionCreator" not in d:
                        m += 1
                else:
                    o.action_creator = Employee._tx_parse(v)
                v = g("rejectionMessage")
                if v is None:
                    o.rejection_message = u
                    if "rejectionMessage" not in d:
                        m += 1
                else:
                    o.rejection_message = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("action_type", "actionType"),
            ("action_date", "actionDate"),
            ("action_creator", "actionCreator"),
            ("rejection_message", "rejectionMessage"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.action_type
            o.action_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_action_type.get(v)) is not None
                else enum_value(StatusLogActionType, v)
            )
            v = s.action_date
            o.action_date = u if v is None else v
            v = s.action_creator
            o.action_creator = u if v is None or v is u else Employee._tx_parse(v)
            v = s.rejection_message
            o.rejection_message = u if v is None else v
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
