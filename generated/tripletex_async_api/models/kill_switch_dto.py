from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kill_switch_dto_feature import KillSwitchDTOFeature
from ..models.kill_switch_dto_teams_item import KillSwitchDTOTeamsItem
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="KillSwitchDTO")


@_attrs_define
class KillSwitchDTO(Model):
    """
    Attributes:
        feature (KillSwitchDTOFeature | Unset):
        alive (bool | Unset):
        teams (list[KillSwitchDTOTeamsItem] | Unset):
    """

    feature: KillSwitchDTOFeature | Unset = UNSET
    alive: bool | Unset = UNSET
    teams: list[KillSwitchDTOTeamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.feature
        if _v is not UNSET and not _in_request:
            field_dict["feature"] = _v._value_
        _v = self.alive
        if _v is not UNSET and not _in_request:
            field_dict["alive"] = _v
        _v = self.teams
        if _v is not UNSET:
            field_dict["teams"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A KillSwitchDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``KillSwitchDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_feature: dict[Any, Any] = enum_members(KillSwitchDTOFeature)
        _e_teams: dict[Any, Any] = enum_members(KillSwitchDTOTeamsItem)
        _known: frozenset[str] = frozenset(
            (
                "feature",
                "alive",
                "teams",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "feature"
                v = g("feature")
                if v is None:
                    o.feature = u
                    if "feature" not in d:
                        m += 1
                else:
                    o.feature = e_ if (e_ := _e_feature.get(v)) is not None else enum_value(KillSwitchDTOFeature, v)
                v = g("alive")
                if v is None:
                    o.alive = u
                    if "alive" not in d:
                        m += 1
                else:
                    o.alive = v
                k = "teams"
                v = g("teams")
                if v is None:
                    o.teams = u
                    if "teams" not in d:
                        m += 1
                else:
                    o.teams = (
                        (
                            [
                                e_ if (e_ := _e_teams.get(e)) is not None else enum_value(KillSwitchDTOTeamsItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("feature", "feature"),
            ("alive", "alive"),
            ("teams", "teams"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.feature
            o.feature = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_feature.get(v)) is not None
                else enum_value(KillSwitchDTOFeature, v)
            )
            v = s.alive
            o.alive = u if v is None else v
            v = s.teams
            o.teams = (
                u
                if v is None or v is u
                else (
                    [
                        e_ if (e_ := _e_teams.get(e)) is not None else enum_value(KillSwitchDTOTeamsItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
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
