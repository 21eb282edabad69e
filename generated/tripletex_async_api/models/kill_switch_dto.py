from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kill_switch_dto_feature import KillSwitchDTOFeature
from ..models.kill_switch_dto_teams_item import KillSwitchDTOTeamsItem
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

T = TypeVar("T", bound="KillSwitchDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("feature", str, False),
    ("teams", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class KillSwitchDTO(LazyModel):
    """
    Attributes:
        feature (KillSwitchDTOFeature | Unset): [read-only]
        alive (bool | Unset): [read-only]
        teams (list[KillSwitchDTOTeamsItem] | Unset):
    """

    feature: KillSwitchDTOFeature | Unset = UNSET
    alive: bool | Unset = UNSET
    teams: list[KillSwitchDTOTeamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        feature: str | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.value

        alive = self.alive

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.value
                teams.append(teams_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature is not UNSET and not _in_request:
            field_dict["feature"] = feature
        if alive is not UNSET and not _in_request:
            field_dict["alive"] = alive
        if teams is not UNSET:
            field_dict["teams"] = teams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A KillSwitchDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_feature(_tx_v: Any) -> KillSwitchDTOFeature | Unset:
            _feature = _tx_v
            feature: KillSwitchDTOFeature | Unset
            if isinstance(_feature, Unset):
                feature = UNSET
            else:
                feature = KillSwitchDTOFeature(_feature)

            return feature

        def _p_teams(_tx_v: Any) -> list[KillSwitchDTOTeamsItem] | Unset:
            _teams = _tx_v
            teams: list[KillSwitchDTOTeamsItem] | Unset = UNSET
            if _teams is not UNSET:
                teams = []
                for teams_item_data in _teams:
                    if teams_item_data is None:
                        continue
                    teams_item = KillSwitchDTOTeamsItem(teams_item_data)

                    teams.append(teams_item)

            return teams

        _tx_known: frozenset[str] = frozenset(
            (
                "feature",
                "alive",
                "teams",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "feature": ("feature", _p_feature),
            "alive": ("alive", None),
            "teams": ("teams", _p_teams),
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
