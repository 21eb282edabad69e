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
    from ..models.grouping import Grouping


T = TypeVar("T", bound="InventoryGrouping")


@_attrs_define
class InventoryGrouping(Model):
    """
    Attributes:
        year (int | Unset): year
        path (str | Unset): path
        description (str | Unset):
        groupings (list[Grouping] | Unset):
        taxable_balance_in (float | Unset): Taxable balance in
        taxable_balance_out (float | Unset): Taxable balance out
    """

    year: int | Unset = UNSET
    path: str | Unset = UNSET
    description: str | Unset = UNSET
    groupings: list[Grouping] | Unset = UNSET
    taxable_balance_in: float | Unset = UNSET
    taxable_balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.path
        if _v is not UNSET:
            field_dict["path"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.groupings
        if _v is not UNSET and not _in_request:
            field_dict["groupings"] = [_e.to_dict() for _e in _v]
        _v = self.taxable_balance_in
        if _v is not UNSET:
            field_dict["taxableBalanceIn"] = _v
        _v = self.taxable_balance_out
        if _v is not UNSET:
            field_dict["taxableBalanceOut"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoryGrouping from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InventoryGrouping.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.grouping import Grouping  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "year",
                "path",
                "description",
                "groupings",
                "taxableBalanceIn",
                "taxableBalanceOut",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("path")
                if v is None:
                    o.path = u
                    if "path" not in d:
                        m += 1
                else:
                    o.path = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "groupings"
                v = g("groupings")
                if v is None:
                    o.groupings = u
                    if "groupings" not in d:
                        m += 1
                else:
                    o.groupings = (
                        ([Grouping._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("taxableBalanceIn")
                if v is None:
                    o.taxable_balance_in = u
                    if "taxableBalanceIn" not in d:
                        m += 1
                else:
                    o.taxable_balance_in = v
                v = g("taxableBalanceOut")
                if v is None:
                    o.taxable_balance_out = u
                    if "taxableBalanceOut" not in d:
                        m += 1
                else:
                    o.taxable_balance_out = v
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
            ("year", "year"),
            ("path", "path"),
            ("description", "description"),
            ("groupings", "groupings"),
            ("taxable_balance_in", "taxableBalanceIn"),
            ("taxable_balance_out", "taxableBalanceOut"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.path
            o.path = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.groupings
            o.groupings = (
                u
                if v is None or v is u
                else ([Grouping._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.taxable_balance_in
            o.taxable_balance_in = u if v is None else v
            v = s.taxable_balance_out
            o.taxable_balance_out = u if v is None else v
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
