from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="LeaderboardEntryDTO")


@_attrs_define
class LeaderboardEntryDTO(Model):
    """
    Attributes:
        rank (int | Unset):
        nickname (str | Unset):
        score (int | Unset):
        current_user (bool | Unset):
    """

    rank: int | Unset = UNSET
    nickname: str | Unset = UNSET
    score: int | Unset = UNSET
    current_user: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.rank
        if _v is not UNSET and not _in_request:
            field_dict["rank"] = _v
        _v = self.nickname
        if _v is not UNSET and not _in_request:
            field_dict["nickname"] = _v
        _v = self.score
        if _v is not UNSET and not _in_request:
            field_dict["score"] = _v
        _v = self.current_user
        if _v is not UNSET:
            field_dict["currentUser"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LeaderboardEntryDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LeaderboardEntryDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "rank",
                "nickname",
                "score",
                "currentUser",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("rank")
                if v is None:
                    o.rank = u
                    if "rank" not in d:
                        m += 1
                else:
                    o.rank = v
                v = g("nickname")
                if v is None:
                    o.nickname = u
                    if "nickname" not in d:
                        m += 1
                else:
                    o.nickname = v
                v = g("score")
                if v is None:
                    o.score = u
                    if "score" not in d:
                        m += 1
                else:
                    o.score = v
                v = g("currentUser")
                if v is None:
                    o.current_user = u
                    if "currentUser" not in d:
                        m += 1
                else:
                    o.current_user = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("rank", "rank"),
            ("nickname", "nickname"),
            ("score", "score"),
            ("current_user", "currentUser"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.rank
            o.rank = u if v is None else v
            v = s.nickname
            o.nickname = u if v is None else v
            v = s.score
            o.score = u if v is None else v
            v = s.current_user
            o.current_user = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
