from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_pilot_feature_user_pilot_features_item import UserPilotFeatureUserPilotFeaturesItem
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
)

T = TypeVar("T", bound="UserPilotFeature")


@_attrs_define
class UserPilotFeature(Model):
    """
    Attributes:
        user_pilot_features (list[UserPilotFeatureUserPilotFeaturesItem] | Unset):
        user_id (int | Unset):
    """

    user_pilot_features: list[UserPilotFeatureUserPilotFeaturesItem] | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.user_pilot_features
        if _v is not UNSET:
            field_dict["userPilotFeatures"] = [_e._value_ for _e in _v]
        _v = self.user_id
        if _v is not UNSET:
            field_dict["userId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserPilotFeature from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``UserPilotFeature.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_user_pilot_features: dict[Any, Any] = enum_members(UserPilotFeatureUserPilotFeaturesItem)
        _known: frozenset[str] = frozenset(
            (
                "userPilotFeatures",
                "userId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "userPilotFeatures"
                v = g("userPilotFeatures")
                if v is None:
                    o.user_pilot_features = u
                    if "userPilotFeatures" not in d:
                        m += 1
                else:
                    o.user_pilot_features = (
                        (
                            [
                                e_
                                if (e_ := _e_user_pilot_features.get(e)) is not None
                                else enum_value(UserPilotFeatureUserPilotFeaturesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("userId")
                if v is None:
                    o.user_id = u
                    if "userId" not in d:
                        m += 1
                else:
                    o.user_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("user_pilot_features", "userPilotFeatures"),
            ("user_id", "userId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.user_pilot_features
            o.user_pilot_features = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_user_pilot_features.get(e)) is not None
                        else enum_value(UserPilotFeatureUserPilotFeaturesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.user_id
            o.user_id = u if v is None else v
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
