from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_log_change_type import ChangeLogChangeType
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
    from ..models.change_log_employee import ChangeLogEmployee


T = TypeVar("T", bound="ChangeLog")


@_attrs_define
class ChangeLog(Model):
    """
    Attributes:
        employee_name_and_number (str | Unset):
        action (str | Unset):
        timestamp (str | Unset):
        change_type (ChangeLogChangeType | Unset):
        change_log_employee_dto (ChangeLogEmployee | Unset):
        requestlog_id (int | Unset):
    """

    employee_name_and_number: str | Unset = UNSET
    action: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    change_type: ChangeLogChangeType | Unset = UNSET
    change_log_employee_dto: ChangeLogEmployee | Unset = UNSET
    requestlog_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee_name_and_number
        if _v is not UNSET and not _in_request:
            field_dict["employeeNameAndNumber"] = _v
        _v = self.action
        if _v is not UNSET and not _in_request:
            field_dict["action"] = _v
        _v = self.timestamp
        if _v is not UNSET and not _in_request:
            field_dict["timestamp"] = _v
        _v = self.change_type
        if _v is not UNSET and not _in_request:
            field_dict["changeType"] = _v._value_
        _v = self.change_log_employee_dto
        if _v is not UNSET:
            field_dict["changeLogEmployeeDTO"] = _v.to_dict()
        _v = self.requestlog_id
        if _v is not UNSET and not _in_request:
            field_dict["requestlogId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChangeLog from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ChangeLog.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change_log_employee import ChangeLogEmployee  # noqa: PLC0415

        _new = object.__new__
        _e_change_type: dict[Any, Any] = enum_members(ChangeLogChangeType)
        _known: frozenset[str] = frozenset(
            (
                "employeeNameAndNumber",
                "action",
                "timestamp",
                "changeType",
                "changeLogEmployeeDTO",
                "requestlogId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employeeNameAndNumber")
                if v is None:
                    o.employee_name_and_number = u
                    if "employeeNameAndNumber" not in d:
                        m += 1
                else:
                    o.employee_name_and_number = v
                v = g("action")
                if v is None:
                    o.action = u
                    if "action" not in d:
                        m += 1
                else:
                    o.action = v
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                k = "changeType"
                v = g("changeType")
                if v is None:
                    o.change_type = u
                    if "changeType" not in d:
                        m += 1
                else:
                    o.change_type = (
                        e_ if (e_ := _e_change_type.get(v)) is not None else enum_value(ChangeLogChangeType, v)
                    )
                k = "changeLogEmployeeDTO"
                v = g("changeLogEmployeeDTO")
                if v is None:
                    o.change_log_employee_dto = u
                    if "changeLogEmployeeDTO" not in d:
                        m += 1
                else:
                    o.change_log_employee_dto = ChangeLogEmployee._tx_parse(v)
                v = g("requestlogId")
                if v is None:
                    o.requestlog_id = u
                    if "requestlogId" not in d:
                        m += 1
                else:
                    o.requestlog_id = v
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
            ("employee_name_and_number", "employeeNameAndNumber"),
            ("action", "action"),
            ("timestamp", "timestamp"),
            ("change_type", "changeType"),
            ("change_log_employee_dto", "changeLogEmployeeDTO"),
            ("requestlog_id", "requestlogId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_name_and_number
            o.employee_name_and_number = u if v is None else v
            v = s.action
            o.action = u if v is None else v
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.change_type
            o.change_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_change_type.get(v)) is not None
                else enum_value(ChangeLogChangeType, v)
            )
            v = s.change_log_employee_dto
            o.change_log_employee_dto = u if v is None or v is u else ChangeLogEmployee._tx_parse(v)
            v = s.requestlog_id
            o.requestlog_id = u if v is None else v
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
