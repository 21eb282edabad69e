from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.result_changes_item import ResultChangesItem
    from ..models.result_return_value import ResultReturnValue


T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
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
        from ..models.result_changes_item import ResultChangesItem  # noqa: PLC0415
        from ..models.result_return_value import ResultReturnValue  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _return_value = d.pop("returnValue", UNSET)
        return_value: ResultReturnValue | Unset
        if isinstance(_return_value, Unset):
            return_value = UNSET
        else:
            return_value = ResultReturnValue.from_dict(_return_value)

        forward = d.pop("forward", UNSET)

        messages = cast(list[str], d.pop("messages", UNSET))

        validations = cast(list[str], d.pop("validations", UNSET))

        popups = cast(list[str], d.pop("popups", UNSET))

        _changes = d.pop("changes", UNSET)
        changes: list[ResultChangesItem] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = ResultChangesItem.from_dict(changes_item_data)

                changes.append(changes_item)

        _obj = cls(
            return_value=return_value,
            forward=forward,
            messages=messages,
            validations=validations,
            popups=popups,
            changes=changes,
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
