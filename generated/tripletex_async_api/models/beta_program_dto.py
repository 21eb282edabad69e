from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_program_dto_state import BetaProgramDTOState
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

T = TypeVar("T", bound="BetaProgramDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("state", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class BetaProgramDTO(LazyModel):
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
        self._tx_load()
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
        """A BetaProgramDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_state(_tx_v: Any) -> BetaProgramDTOState | Unset:
            _state = _tx_v
            state: BetaProgramDTOState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = BetaProgramDTOState(_state)

            return state

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "titleKey",
                "summaryKey",
                "descriptionActivationKey",
                "descriptionDeactivationKey",
                "state",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "title_key": ("titleKey", None),
            "summary_key": ("summaryKey", None),
            "description_activation_key": ("descriptionActivationKey", None),
            "description_deactivation_key": ("descriptionDeactivationKey", None),
            "state": ("state", _p_state),
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
