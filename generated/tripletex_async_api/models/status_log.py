from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_log_action_type import StatusLogActionType
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


T = TypeVar("T", bound="StatusLog")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("actionType", str, False),
    ("actionCreator", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class StatusLog(LazyModel):
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
        self._tx_load()
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
        """A StatusLog from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_action_type(_tx_v: Any) -> StatusLogActionType | Unset:
            _action_type = _tx_v
            action_type: StatusLogActionType | Unset
            if isinstance(_action_type, Unset):
                action_type = UNSET
            else:
                action_type = StatusLogActionType(_action_type)

            return action_type

        def _p_action_creator(_tx_v: Any) -> Employee | Unset:
            _action_creator = _tx_v
            action_creator: Employee | Unset
            if isinstance(_action_creator, Unset):
                action_creator = UNSET
            else:
                action_creator = Employee._tx_from_json(_action_creator)

            return action_creator

        _tx_known: frozenset[str] = frozenset(
            (
                "actionType",
                "actionDate",
                "actionCreator",
                "rejectionMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "action_type": ("actionType", _p_action_type),
            "action_date": ("actionDate", None),
            "action_creator": ("actionCreator", _p_action_creator),
            "rejection_message": ("rejectionMessage", None),
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
