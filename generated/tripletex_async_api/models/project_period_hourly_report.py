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

T = TypeVar("T", bound="ProjectPeriodHourlyReport")


@_attrs_define
class ProjectPeriodHourlyReport(Model):
    """
    Attributes:
        chargeable_hours (float | Unset):
        non_chargeable_hours (float | Unset):
        approved_but_uncharged_hours (float | Unset):
        non_approved_hours (float | Unset):
        registered_hours (float | Unset):
    """

    chargeable_hours: float | Unset = UNSET
    non_chargeable_hours: float | Unset = UNSET
    approved_but_uncharged_hours: float | Unset = UNSET
    non_approved_hours: float | Unset = UNSET
    registered_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.chargeable_hours
        if _v is not UNSET and not _in_request:
            field_dict["chargeableHours"] = _v
        _v = self.non_chargeable_hours
        if _v is not UNSET and not _in_request:
            field_dict["nonChargeableHours"] = _v
        _v = self.approved_but_uncharged_hours
        if _v is not UNSET and not _in_request:
            field_dict["approvedButUnchargedHours"] = _v
        _v = self.non_approved_hours
        if _v is not UNSET and not _in_request:
            field_dict["nonApprovedHours"] = _v
        _v = self.registered_hours
        if _v is not UNSET and not _in_request:
            field_dict["registeredHours"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectPeriodHourlyReport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectPeriodHourlyReport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "chargeableHours",
                "nonChargeableHours",
                "approvedButUnchargedHours",
                "nonApprovedHours",
                "registeredHours",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("chargeableHours")
                if v is None:
                    o.chargeable_hours = u
                    if "chargeableHours" not in d:
                        m += 1
                else:
                    o.chargeable_hours = v
                v = g("nonChargeableHours")
                if v is None:
                    o.non_chargeable_hours = u
                    if "nonChargeableHours" not in d:
                        m += 1
                else:
                    o.non_chargeable_hours = v
                v = g("approvedButUnchargedHours")
                if v is None:
                    o.approved_but_uncharged_hours = u
                    if "approvedButUnchargedHours" not in d:
                        m += 1
                else:
                    o.approved_but_uncharged_hours = v
                v = g("nonApprovedHours")
                if v is None:
                    o.non_approved_hours = u
                    if "nonApprovedHours" not in d:
                        m += 1
                else:
                    o.non_approved_hours = v
                v = g("registeredHours")
                if v is None:
                    o.registered_hours = u
                    if "registeredHours" not in d:
                        m += 1
                else:
                    o.registered_hours = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("chargeable_hours", "chargeableHours"),
            ("non_chargeable_hours", "nonChargeableHours"),
            ("approved_but_uncharged_hours", "approvedButUnchargedHours"),
            ("non_approved_hours", "nonApprovedHours"),
            ("registered_hours", "registeredHours"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.chargeable_hours
            o.chargeable_hours = u if v is None else v
            v = s.non_chargeable_hours
            o.non_chargeable_hours = u if v is None else v
            v = s.approved_but_uncharged_hours
            o.approved_but_uncharged_hours = u if v is None else v
            v = s.non_approved_hours
            o.non_approved_hours = u if v is None else v
            v = s.registered_hours
            o.registered_hours = u if v is None else v
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
