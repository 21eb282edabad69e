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
    from ..models.vat_specification_line import VatSpecificationLine


T = TypeVar("T", bound="VatSpecificationGroup")


@_attrs_define
class VatSpecificationGroup(Model):
    """
    Attributes:
        name (str | Unset): The name of the group
        lines (list[VatSpecificationLine] | Unset): The vat lines
        total_amount_vat (float | Unset): Total vat amount on the group
        total_amount_vat_basis (float | Unset): Total vat basis amount on the group
    """

    name: str | Unset = UNSET
    lines: list[VatSpecificationLine] | Unset = UNSET
    total_amount_vat: float | Unset = UNSET
    total_amount_vat_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.lines
        if _v is not UNSET and not _in_request:
            field_dict["lines"] = [_e.to_dict() for _e in _v]
        _v = self.total_amount_vat
        if _v is not UNSET and not _in_request:
            field_dict["totalAmountVat"] = _v
        _v = self.total_amount_vat_basis
        if _v is not UNSET and not _in_request:
            field_dict["totalAmountVatBasis"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatSpecificationGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatSpecificationGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.vat_specification_line import VatSpecificationLine  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "lines",
                "totalAmountVat",
                "totalAmountVatBasis",
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
                k = "lines"
                v = g("lines")
                if v is None:
                    o.lines = u
                    if "lines" not in d:
                        m += 1
                else:
                    o.lines = (
                        ([VatSpecificationLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalAmountVat")
                if v is None:
                    o.total_amount_vat = u
                    if "totalAmountVat" not in d:
                        m += 1
                else:
                    o.total_amount_vat = v
                v = g("totalAmountVatBasis")
                if v is None:
                    o.total_amount_vat_basis = u
                    if "totalAmountVatBasis" not in d:
                        m += 1
                else:
                    o.total_amount_vat_basis = v
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
            ("name", "name"),
            ("lines", "lines"),
            ("total_amount_vat", "totalAmountVat"),
            ("total_amount_vat_basis", "totalAmountVatBasis"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.lines
            o.lines = (
                u
                if v is None or v is u
                else ([VatSpecificationLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_amount_vat
            o.total_amount_vat = u if v is None else v
            v = s.total_amount_vat_basis
            o.total_amount_vat_basis = u if v is None else v
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
