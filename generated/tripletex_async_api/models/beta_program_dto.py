from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_program_dto_state import BetaProgramDTOState
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="BetaProgramDTO")


@_attrs_define
class BetaProgramDTO(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.title_key
        if _v is not UNSET:
            field_dict["titleKey"] = _v
        _v = self.summary_key
        if _v is not UNSET:
            field_dict["summaryKey"] = _v
        _v = self.description_activation_key
        if _v is not UNSET:
            field_dict["descriptionActivationKey"] = _v
        _v = self.description_deactivation_key
        if _v is not UNSET:
            field_dict["descriptionDeactivationKey"] = _v
        _v = self.state
        if _v is not UNSET:
            field_dict["state"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BetaProgramDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BetaProgramDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_state: dict[Any, Any] = enum_members(BetaProgramDTOState)
        _known: frozenset[str] = frozenset(
            (
                "name",
                "titleKey",
                "summaryKey",
                "descriptionActivationKey",
                "descriptionDeactivationKey",
                "state",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("titleKey")
                if v is None:
                    o.title_key = u
                    if "titleKey" not in d:
                        m += 1
                else:
                    o.title_key = v
                v = g("summaryKey")
                if v is None:
                    o.summary_key = u
                    if "summaryKey" not in d:
                        m += 1
                else:
                    o.summary_key = v
                v = g("descriptionActivationKey")
                if v is None:
                    o.description_activation_key = u
                    if "descriptionActivationKey" not in d:
                        m += 1
                else:
                    o.description_activation_key = v
                v = g("descriptionDeactivationKey")
                if v is None:
                    o.description_deactivation_key = u
                    if "descriptionDeactivationKey" not in d:
                        m += 1
                else:
                    o.description_deactivation_key = v
                k = "state"
                v = g("state")
                if v is None:
                    o.state = u
                    if "state" not in d:
                        m += 1
                else:
                    o.state = e_ if (e_ := _e_state.get(v)) is not None else enum_value(BetaProgramDTOState, v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("title_key", "titleKey"),
            ("summary_key", "summaryKey"),
            ("description_activation_key", "descriptionActivationKey"),
            ("description_deactivation_key", "descriptionDeactivationKey"),
            ("state", "state"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.title_key
            o.title_key = u if v is None else v
            v = s.summary_key
            o.summary_key = u if v is None else v
            v = s.description_activation_key
            o.description_activation_key = u if v is None else v
            v = s.description_deactivation_key
            o.description_deactivation_key = u if v is None else v
            v = s.state
            o.state = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_state.get(v)) is not None
                else enum_value(BetaProgramDTOState, v)
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
