from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ScoreboardUserDTO")


@_attrs_define
class ScoreboardUserDTO:
    """
    Attributes:
        nickname (str | Unset):
        max_score (int | Unset):
        games_played (int | Unset):
    """

    nickname: str | Unset = UNSET
    max_score: int | Unset = UNSET
    games_played: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        nickname = self.nickname

        max_score = self.max_score

        games_played = self.games_played

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if max_score is not UNSET:
            field_dict["maxScore"] = max_score
        if games_played is not UNSET:
            field_dict["gamesPlayed"] = games_played

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        nickname = d.pop("nickname", UNSET)

        max_score = d.pop("maxScore", UNSET)

        games_played = d.pop("gamesPlayed", UNSET)

        _obj = cls(
            nickname=nickname,
            max_score=max_score,
            games_played=games_played,
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
