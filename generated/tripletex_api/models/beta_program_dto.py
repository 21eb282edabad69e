from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_program_dto_state import BetaProgramDTOState
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BetaProgramDTO")


@_attrs_define
class BetaProgramDTO:
    """
    Attributes:
        name (str | Unset):
        title_key (str | Unset):
        summary_key (str | Unset):
        description_activation_key (str | Unset):
        description_deactivation_key (str | Unset):
        state (BetaProgramDTOState | Unset):
    """

    name: str | Unset = UNSET
    title_key: str | Unset = UNSET
    summary_key: str | Unset = UNSET
    description_activation_key: str | Unset = UNSET
    description_deactivation_key: str | Unset = UNSET
    state: BetaProgramDTOState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name = self.name

        title_key = self.title_key

        summary_key = self.summary_key

        description_activation_key = self.description_activation_key

        description_deactivation_key = self.description_deactivation_key

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title_key is not UNSET:
            field_dict["titleKey"] = title_key
        if summary_key is not UNSET:
            field_dict["summaryKey"] = summary_key
        if description_activation_key is not UNSET:
            field_dict["descriptionActivationKey"] = description_activation_key
        if description_deactivation_key is not UNSET:
            field_dict["descriptionDeactivationKey"] = description_deactivation_key
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        title_key = d.pop("titleKey", UNSET)

        summary_key = d.pop("summaryKey", UNSET)

        description_activation_key = d.pop("descriptionActivationKey", UNSET)

        description_deactivation_key = d.pop("descriptionDeactivationKey", UNSET)

        _state = d.pop("state", UNSET)
        state: BetaProgramDTOState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = BetaProgramDTOState(_state)

        _obj = cls(
            name=name,
            title_key=title_key,
            summary_key=summary_key,
            description_activation_key=description_activation_key,
            description_deactivation_key=description_deactivation_key,
            state=state,
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
