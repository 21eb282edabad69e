from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_log_change_type import ChangeLogChangeType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change_log_employee import ChangeLogEmployee


T = TypeVar("T", bound="ChangeLog")


@_attrs_define
class ChangeLog:
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
        from ..models.change_log_employee import ChangeLogEmployee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_name_and_number = d.pop("employeeNameAndNumber", UNSET)

        action = d.pop("action", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _change_type = d.pop("changeType", UNSET)
        change_type: ChangeLogChangeType | Unset
        if isinstance(_change_type, Unset):
            change_type = UNSET
        else:
            change_type = ChangeLogChangeType(_change_type)

        _change_log_employee_dto = d.pop("changeLogEmployeeDTO", UNSET)
        change_log_employee_dto: ChangeLogEmployee | Unset
        if isinstance(_change_log_employee_dto, Unset):
            change_log_employee_dto = UNSET
        else:
            change_log_employee_dto = ChangeLogEmployee.from_dict(_change_log_employee_dto)

        requestlog_id = d.pop("requestlogId", UNSET)

        _obj = cls(
            employee_name_and_number=employee_name_and_number,
            action=action,
            timestamp=timestamp,
            change_type=change_type,
            change_log_employee_dto=change_log_employee_dto,
            requestlog_id=requestlog_id,
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
