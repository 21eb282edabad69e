from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.leaderboard_entry_dto import LeaderboardEntryDTO


T = TypeVar("T", bound="LeaderboardResponseDTO")


@_attrs_define
class LeaderboardResponseDTO:
    """
    Attributes:
        top_players (list[LeaderboardEntryDTO] | Unset): [read-only]
        current_player (LeaderboardEntryDTO | Unset):
    """

    top_players: list[LeaderboardEntryDTO] | Unset = UNSET
    current_player: LeaderboardEntryDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        top_players: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_players, Unset):
            top_players = []
            for top_players_item_data in self.top_players:
                top_players_item = top_players_item_data.to_dict()
                top_players.append(top_players_item)

        current_player: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_player, Unset):
            current_player = self.current_player.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if top_players is not UNSET and not _in_request:
            field_dict["topPlayers"] = top_players
        if current_player is not UNSET:
            field_dict["currentPlayer"] = current_player

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.leaderboard_entry_dto import LeaderboardEntryDTO  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _top_players = d.pop("topPlayers", UNSET)
        top_players: list[LeaderboardEntryDTO] | Unset = UNSET
        if _top_players is not UNSET:
            top_players = []
            for top_players_item_data in _top_players:
                if top_players_item_data is None:
                    continue
                top_players_item = LeaderboardEntryDTO.from_dict(top_players_item_data)

                top_players.append(top_players_item)

        _current_player = d.pop("currentPlayer", UNSET)
        current_player: LeaderboardEntryDTO | Unset
        if isinstance(_current_player, Unset):
            current_player = UNSET
        else:
            current_player = LeaderboardEntryDTO.from_dict(_current_player)

        _obj = cls(
            top_players=top_players,
            current_player=current_player,
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
