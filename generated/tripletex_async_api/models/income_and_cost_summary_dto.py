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

T = TypeVar("T", bound="IncomeAndCostSummaryDTO")


@_attrs_define
class IncomeAndCostSummaryDTO(Model):
    """
    Attributes:
        income_values (list[float] | Unset):
        cost_values (list[float] | Unset):
        accumulated_surplus_values (list[float] | Unset):
        widget_disabled (bool | Unset):
    """

    income_values: list[float] | Unset = UNSET
    cost_values: list[float] | Unset = UNSET
    accumulated_surplus_values: list[float] | Unset = UNSET
    widget_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.income_values
        if _v is not UNSET and not _in_request:
            field_dict["incomeValues"] = _v
        _v = self.cost_values
        if _v is not UNSET and not _in_request:
            field_dict["costValues"] = _v
        _v = self.accumulated_surplus_values
        if _v is not UNSET and not _in_request:
            field_dict["accumulatedSurplusValues"] = _v
        _v = self.widget_disabled
        if _v is not UNSET and not _in_request:
            field_dict["widgetDisabled"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeAndCostSummaryDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomeAndCostSummaryDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "incomeValues",
                "costValues",
                "accumulatedSurplusValues",
                "widgetDisabled",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "incomeValues"
                v = g("incomeValues")
                if v is None:
                    o.income_values = u
                    if "incomeValues" not in d:
                        m += 1
                else:
                    o.income_values = v
                k = "costValues"
                v = g("costValues")
                if v is None:
                    o.cost_values = u
                    if "costValues" not in d:
                        m += 1
                else:
                    o.cost_values = v
                k = "accumulatedSurplusValues"
                v = g("accumulatedSurplusValues")
                if v is None:
                    o.accumulated_surplus_values = u
                    if "accumulatedSurplusValues" not in d:
                        m += 1
                else:
                    o.accumulated_surplus_values = v
                v = g("widgetDisabled")
                if v is None:
                    o.widget_disabled = u
                    if "widgetDisabled" not in d:
                        m += 1
                else:
                    o.widget_disabled = v
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
            ("income_values", "incomeValues"),
            ("cost_values", "costValues"),
            ("accumulated_surplus_values", "accumulatedSurplusValues"),
            ("widget_disabled", "widgetDisabled"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.income_values
            o.income_values = u if v is None or v is u else v
            v = s.cost_values
            o.cost_values = u if v is None or v is u else v
            v = s.accumulated_surplus_values
            o.accumulated_surplus_values = u if v is None or v is u else v
            v = s.widget_disabled
            o.widget_disabled = u if v is None else v
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
