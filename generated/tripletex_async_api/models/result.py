from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.result_changes_item import ResultChangesItem
    from ..models.result_return_value import ResultReturnValue


T = TypeVar("T", bound="Result")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("returnValue", dict, False),
    ("messages", list, False),
    ("validations", list, False),
    ("popups", list, False),
    ("changes", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Result(LazyModel):
    """
    Attributes:
        return_value (ResultReturnValue | Unset):
        forward (str | Unset):
        messages (list[str] | Unset):
        validations (list[str] | Unset):
        popups (list[str] | Unset):
        changes (list[ResultChangesItem] | Unset):
    """

    return_value: ResultReturnValue | Unset = UNSET
    forward: str | Unset = UNSET
    messages: list[str] | Unset = UNSET
    validations: list[str] | Unset = UNSET
    popups: list[str] | Unset = UNSET
    changes: list[ResultChangesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        return_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_value, Unset):
            return_value = self.return_value.to_dict()

        forward = self.forward

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        validations: list[str] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = self.validations

        popups: list[str] | Unset = UNSET
        if not isinstance(self.popups, Unset):
            popups = self.popups

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_value is not UNSET:
            field_dict["returnValue"] = return_value
        if forward is not UNSET:
            field_dict["forward"] = forward
        if messages is not UNSET:
            field_dict["messages"] = messages
        if validations is not UNSET:
            field_dict["validations"] = validations
        if popups is not UNSET:
            field_dict["popups"] = popups
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Result from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.result_changes_item import ResultChangesItem  # noqa: PLC0415
        from ..models.result_return_value import ResultReturnValue  # noqa: PLC0415

        def _p_return_value(_tx_v: Any) -> ResultReturnValue | Unset:
            _return_value = _tx_v
            return_value: ResultReturnValue | Unset
            if isinstance(_return_value, Unset):
                return_value = UNSET
            else:
                return_value = ResultReturnValue._tx_from_json(_return_value)

            return return_value

        def _p_messages(_tx_v: Any) -> list[str] | Unset:
            messages = cast(list[str], _tx_v)

            return messages

        def _p_validations(_tx_v: Any) -> list[str] | Unset:
            validations = cast(list[str], _tx_v)

            return validations

        def _p_popups(_tx_v: Any) -> list[str] | Unset:
            popups = cast(list[str], _tx_v)

            return popups

        def _p_changes(_tx_v: Any) -> list[ResultChangesItem] | Unset:
            _changes = _tx_v
            changes: list[ResultChangesItem] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = ResultChangesItem._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        _tx_known: frozenset[str] = frozenset(
            (
                "returnValue",
                "forward",
                "messages",
                "validations",
                "popups",
                "changes",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "return_value": ("returnValue", _p_return_value),
            "forward": ("forward", None),
            "messages": ("messages", _p_messages),
            "validations": ("validations", _p_validations),
            "popups": ("popups", _p_popups),
            "changes": ("changes", _p_changes),
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
