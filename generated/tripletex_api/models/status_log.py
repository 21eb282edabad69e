from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_log_action_type import StatusLogActionType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="StatusLog")


@_attrs_define
class StatusLog:
    """
    Attributes:
        action_type (StatusLogActionType | Unset): [read-only]
        action_date (str | Unset): [read-only]
        action_creator (Employee | Unset):
        rejection_message (str | Unset): [read-only] Rejection message if payment was rejected by the bank.
    """

    action_type: StatusLogActionType | Unset = UNSET
    action_date: str | Unset = UNSET
    action_creator: Employee | Unset = UNSET
    rejection_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type.value

        action_date = self.action_date

        action_creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_creator, Unset):
            action_creator = self.action_creator.to_dict()

        rejection_message = self.rejection_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_type is not UNSET and not _in_request:
            field_dict["actionType"] = action_type
        if action_date is not UNSET and not _in_request:
            field_dict["actionDate"] = action_date
        if action_creator is not UNSET:
            field_dict["actionCreator"] = action_creator
        if rejection_message is not UNSET and not _in_request:
            field_dict["rejectionMessage"] = rejection_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _action_type = d.pop("actionType", UNSET)
        action_type: StatusLogActionType | Unset
        if isinstance(_action_type, Unset):
            action_type = UNSET
        else:
            action_type = StatusLogActionType(_action_type)

        action_date = d.pop("actionDate", UNSET)

        _action_creator = d.pop("actionCreator", UNSET)
        action_creator: Employee | Unset
        if isinstance(_action_creator, Unset):
            action_creator = UNSET
        else:
            action_creator = Employee.from_dict(_action_creator)

        rejection_message = d.pop("rejectionMessage", UNSET)

        _obj = cls(
            action_type=action_type,
            action_date=action_date,
            action_creator=action_creator,
            rejection_message=rejection_message,
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
