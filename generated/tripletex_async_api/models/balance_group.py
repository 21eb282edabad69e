from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.manual_correction import ManualCorrection


T = TypeVar("T", bound="BalanceGroup")


@_attrs_define
class BalanceGroup(Model):
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        grouping (str | Unset):
        opening_balance (float | Unset):
        closing_balance (float | Unset):
        manually_corrected_opening_balance (float | Unset):
        manually_corrected_closing_balance (float | Unset):
        manual_corrections (list[ManualCorrection] | Unset):
        negate (bool | Unset): The amount from the balance are not prefixed. This property indicates if the value should
            be negated or not.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    grouping: str | Unset = UNSET
    opening_balance: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    manually_corrected_opening_balance: float | Unset = UNSET
    manually_corrected_closing_balance: float | Unset = UNSET
    manual_corrections: list[ManualCorrection] | Unset = UNSET
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.grouping
        if _v is not UNSET and not _in_request:
            field_dict["grouping"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.manually_corrected_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["manuallyCorrectedOpeningBalance"] = _v
        _v = self.manually_corrected_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["manuallyCorrectedClosingBalance"] = _v
        _v = self.manual_corrections
        if _v is not UNSET and not _in_request:
            field_dict["manualCorrections"] = [_e.to_dict() for _e in _v]
        _v = self.negate
        if _v is not UNSET and not _in_request:
            field_dict["negate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BalanceGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.manual_correction import ManualCorrection  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "type",
                "grouping",
                "openingBalance",
                "closingBalance",
                "manuallyCorrectedOpeningBalance",
                "manuallyCorrectedClosingBalance",
                "manualCorrections",
                "negate",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "type": "type_",
            "grouping": "grouping",
            "openingBalance": "opening_balance",
            "closingBalance": "closing_balance",
            "manuallyCorrectedOpeningBalance": "manually_corrected_opening_balance",
            "manuallyCorrectedClosingBalance": "manually_corrected_closing_balance",
            "negate": "negate",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.name = o.type_ = o.grouping = o.opening_balance = o.closing_balance = (
                        o.manually_corrected_opening_balance
                    ) = o.manually_corrected_closing_balance = o.manual_corrections = o.negate = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("grouping")
                if v is None:
                    o.grouping = u
                    if "grouping" not in d:
                        m += 1
                else:
                    o.grouping = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("manuallyCorrectedOpeningBalance")
                if v is None:
                    o.manually_corrected_opening_balance = u
                    if "manuallyCorrectedOpeningBalance" not in d:
                        m += 1
                else:
                    o.manually_corrected_opening_balance = v
                v = g("manuallyCorrectedClosingBalance")
                if v is None:
                    o.manually_corrected_closing_balance = u
                    if "manuallyCorrectedClosingBalance" not in d:
                        m += 1
                else:
                    o.manually_corrected_closing_balance = v
                k = "manualCorrections"
                v = g("manualCorrections")
                if v is None:
                    o.manual_corrections = u
                    if "manualCorrections" not in d:
                        m += 1
                else:
                    o.manual_corrections = (
                        ([ManualCorrection._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("negate")
                if v is None:
                    o.negate = u
                    if "negate" not in d:
                        m += 1
                else:
                    o.negate = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("type_", "type"),
            ("grouping", "grouping"),
            ("opening_balance", "openingBalance"),
            ("closing_balance", "closingBalance"),
            ("manually_corrected_opening_balance", "manuallyCorrectedOpeningBalance"),
            ("manually_corrected_closing_balance", "manuallyCorrectedClosingBalance"),
            ("manual_corrections", "manualCorrections"),
            ("negate", "negate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.grouping
            o.grouping = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.manually_corrected_opening_balance
            o.manually_corrected_opening_balance = u if v is None else v
            v = s.manually_corrected_closing_balance
            o.manually_corrected_closing_balance = u if v is None else v
            v = s.manual_corrections
            o.manual_corrections = (
                u
                if v is None or v is u
                else ([ManualCorrection._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.negate
            o.negate = u if v is None else v
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
