from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kill_switch_dto_feature import KillSwitchDTOFeature
from ..models.kill_switch_dto_teams_item import KillSwitchDTOTeamsItem
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="KillSwitchDTO")


@_attrs_define
class KillSwitchDTO:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _feature = d.pop("feature", UNSET)
        feature: KillSwitchDTOFeature | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = KillSwitchDTOFeature(_feature)

        alive = d.pop("alive", UNSET)

        _teams = d.pop("teams", UNSET)
        teams: list[KillSwitchDTOTeamsItem] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                if teams_item_data is None:
                    continue
                teams_item = KillSwitchDTOTeamsItem(teams_item_data)

                teams.append(teams_item)

        _obj = cls(
            feature=feature,
            alive=alive,
            teams=teams,
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
