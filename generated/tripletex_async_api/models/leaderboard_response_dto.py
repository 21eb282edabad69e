from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.leaderboard_entry_dto import LeaderboardEntryDTO


T = TypeVar("T", bound="LeaderboardResponseDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("topPlayers", list, False),
    ("currentPlayer", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class LeaderboardResponseDTO(LazyModel):
    """
    Attributes:
        top_players (list[LeaderboardEntryDTO] | Unset): [read-only]
        current_player (LeaderboardEntryDTO | Unset):
    """

    top_players: list[LeaderboardEntryDTO] | Unset = UNSET
    current_player: LeaderboardEntryDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A LeaderboardResponseDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.leaderboard_entry_dto import LeaderboardEntryDTO  # noqa: PLC0415

        def _p_top_players(_tx_v: Any) -> list[LeaderboardEntryDTO] | Unset:
            _top_players = _tx_v
            top_players: list[LeaderboardEntryDTO] | Unset = UNSET
            if _top_players is not UNSET:
                top_players = []
                for top_players_item_data in _top_players:
                    if top_players_item_data is None:
                        continue
                    top_players_item = LeaderboardEntryDTO._tx_from_json(top_players_item_data)

                    top_players.append(top_players_item)

            return top_players

        def _p_current_player(_tx_v: Any) -> LeaderboardEntryDTO | Unset:
            _current_player = _tx_v
            current_player: LeaderboardEntryDTO | Unset
            if isinstance(_current_player, Unset):
                current_player = UNSET
            else:
                current_player = LeaderboardEntryDTO._tx_from_json(_current_player)

            return current_player

        _tx_known: frozenset[str] = frozenset(
            (
                "topPlayers",
                "currentPlayer",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "top_players": ("topPlayers", _p_top_players),
            "current_player": ("currentPlayer", _p_current_player),
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
