from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_onboarding_step_state import BankOnboardingStepState
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
    serializing_request_body,
)

T = TypeVar("T", bound="BankOnboardingStep")


@_attrs_define
class BankOnboardingStep(Model):
    """
    Attributes:
        id (int | Unset):
        state (BankOnboardingStepState | Unset):
        accessible (bool | Unset):
    """

    id: int | Unset = UNSET
    state: BankOnboardingStepState | Unset = UNSET
    accessible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.state
        if _v is not UNSET and not _in_request:
            field_dict["state"] = _v._value_
        _v = self.accessible
        if _v is not UNSET and not _in_request:
            field_dict["accessible"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankOnboardingStep from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankOnboardingStep.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_state: dict[Any, Any] = enum_members(BankOnboardingStepState)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "state",
                "accessible",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "state"
                v = g("state")
                if v is None:
                    o.state = u
                    if "state" not in d:
                        m += 1
                else:
                    o.state = e_ if (e_ := _e_state.get(v)) is not None else enum_value(BankOnboardingStepState, v)
                v = g("accessible")
                if v is None:
                    o.accessible = u
                    if "accessible" not in d:
                        m += 1
                else:
                    o.accessible = v
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
            ("id", "id"),
            ("state", "state"),
            ("accessible", "accessible"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.state
            o.state = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_state.get(v)) is not None
                else enum_value(BankOnboardingStepState, v)
            )
            v = s.accessible
            o.accessible = u if v is None else v
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
