from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_log_change_type import ChangeLogChangeType
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
    from ..models.change_log_employee import ChangeLogEmployee


T = TypeVar("T", bound="ChangeLog")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changeType", str, False),
    ("changeLogEmployeeDTO", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ChangeLog(LazyModel):
    """
    Attributes:
        employee_name_and_number (str | Unset): [read-only]
        action (str | Unset): [read-only]
        timestamp (str | Unset): [read-only]
        change_type (ChangeLogChangeType | Unset): [read-only]
        change_log_employee_dto (ChangeLogEmployee | Unset):
        requestlog_id (int | Unset): [read-only]
    """

    employee_name_and_number: str | Unset = UNSET
    action: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    change_type: ChangeLogChangeType | Unset = UNSET
    change_log_employee_dto: ChangeLogEmployee | Unset = UNSET
    requestlog_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee_name_and_number = self.employee_name_and_number

        action = self.action

        timestamp = self.timestamp

        change_type: str | Unset = UNSET
        if not isinstance(self.change_type, Unset):
            change_type = self.change_type.value

        change_log_employee_dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_log_employee_dto, Unset):
            change_log_employee_dto = self.change_log_employee_dto.to_dict()

        requestlog_id = self.requestlog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_name_and_number is not UNSET and not _in_request:
            field_dict["employeeNameAndNumber"] = employee_name_and_number
        if action is not UNSET and not _in_request:
            field_dict["action"] = action
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if change_type is not UNSET and not _in_request:
            field_dict["changeType"] = change_type
        if change_log_employee_dto is not UNSET:
            field_dict["changeLogEmployeeDTO"] = change_log_employee_dto
        if requestlog_id is not UNSET and not _in_request:
            field_dict["requestlogId"] = requestlog_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChangeLog from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change_log_employee import ChangeLogEmployee  # noqa: PLC0415

        def _p_change_type(_tx_v: Any) -> ChangeLogChangeType | Unset:
            _change_type = _tx_v
            change_type: ChangeLogChangeType | Unset
            if isinstance(_change_type, Unset):
                change_type = UNSET
            else:
                change_type = ChangeLogChangeType(_change_type)

            return change_type

        def _p_change_log_employee_dto(_tx_v: Any) -> ChangeLogEmployee | Unset:
            _change_log_employee_dto = _tx_v
            change_log_employee_dto: ChangeLogEmployee | Unset
            if isinstance(_change_log_employee_dto, Unset):
                change_log_employee_dto = UNSET
            else:
                change_log_employee_dto = ChangeLogEmployee._tx_from_json(_change_log_employee_dto)

            return change_log_employee_dto

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeNameAndNumber",
                "action",
                "timestamp",
                "changeType",
                "changeLogEmployeeDTO",
                "requestlogId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_name_and_number": ("employeeNameAndNumber", None),
            "action": ("action", None),
            "timestamp": ("timestamp", None),
            "change_type": ("changeType", _p_change_type),
            "change_log_employee_dto": ("changeLogEmployeeDTO", _p_change_log_employee_dto),
            "requestlog_id": ("requestlogId", None),
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
