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

T = TypeVar("T", bound="VacationSummary")


@_attrs_define
class VacationSummary(Model):
    """
    Attributes:
        incoming_vacation_balance (float | Unset):
        outgoing_vacation_balance (float | Unset):
        vacation_taken_in_period (float | Unset):
        vacation_taken_this_year (float | Unset):
    """

    incoming_vacation_balance: float | Unset = UNSET
    outgoing_vacation_balance: float | Unset = UNSET
    vacation_taken_in_period: float | Unset = UNSET
    vacation_taken_this_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.incoming_vacation_balance
        if _v is not UNSET and not _in_request:
            field_dict["incomingVacationBalance"] = _v
        _v = self.outgoing_vacation_balance
        if _v is not UNSET and not _in_request:
            field_dict["outgoingVacationBalance"] = _v
        _v = self.vacation_taken_in_period
        if _v is not UNSET and not _in_request:
            field_dict["vacationTakenInPeriod"] = _v
        _v = self.vacation_taken_this_year
        if _v is not UNSET and not _in_request:
            field_dict["vacationTakenThisYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VacationSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VacationSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "incomingVacationBalance",
                "outgoingVacationBalance",
                "vacationTakenInPeriod",
                "vacationTakenThisYear",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("incomingVacationBalance")
                if v is None:
                    o.incoming_vacation_balance = u
                    if "incomingVacationBalance" not in d:
                        m += 1
                else:
                    o.incoming_vacation_balance = v
                v = g("outgoingVacationBalance")
                if v is None:
                    o.outgoing_vacation_balance = u
                    if "outgoingVacationBalance" not in d:
                        m += 1
                else:
                    o.outgoing_vacation_balance = v
                v = g("vacationTakenInPeriod")
                if v is None:
                    o.vacation_taken_in_period = u
                    if "vacationTakenInPeriod" not in d:
                        m += 1
                else:
                    o.vacation_taken_in_period = v
                v = g("vacationTakenThisYear")
                if v is None:
                    o.vacation_taken_this_year = u
                    if "vacationTakenThisYear" not in d:
                        m += 1
                else:
                    o.vacation_taken_this_year = v
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
            ("incoming_vacation_balance", "incomingVacationBalance"),
            ("outgoing_vacation_balance", "outgoingVacationBalance"),
            ("vacation_taken_in_period", "vacationTakenInPeriod"),
            ("vacation_taken_this_year", "vacationTakenThisYear"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.incoming_vacation_balance
            o.incoming_vacation_balance = u if v is None else v
            v = s.outgoing_vacation_balance
            o.outgoing_vacation_balance = u if v is None else v
            v = s.vacation_taken_in_period
            o.vacation_taken_in_period = u if v is None else v
            v = s.vacation_taken_this_year
            o.vacation_taken_this_year = u if v is None else v
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
