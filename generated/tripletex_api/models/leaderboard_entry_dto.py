from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="LeaderboardEntryDTO")


@_attrs_define
class LeaderboardEntryDTO:
    """
    Attributes:
        rank (int | Unset): [read-only]
        nickname (str | Unset): [read-only]
        score (int | Unset): [read-only]
        current_user (bool | Unset):
    """

    rank: int | Unset = UNSET
    nickname: str | Unset = UNSET
    score: int | Unset = UNSET
    current_user: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        rank = self.rank

        nickname = self.nickname

        score = self.score

        current_user = self.current_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank is not UNSET and not _in_request:
            field_dict["rank"] = rank
        if nickname is not UNSET and not _in_request:
            field_dict["nickname"] = nickname
        if score is not UNSET and not _in_request:
            field_dict["score"] = score
        if current_user is not UNSET:
            field_dict["currentUser"] = current_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        rank = d.pop("rank", UNSET)

        nickname = d.pop("nickname", UNSET)

        score = d.pop("score", UNSET)

        current_user = d.pop("currentUser", UNSET)

        _obj = cls(
            rank=rank,
            nickname=nickname,
            score=score,
            current_user=current_user,
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
