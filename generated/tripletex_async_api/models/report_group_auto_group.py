from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_group_auto_group_default_order import ReportGroupAutoGroupDefaultOrder
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

if TYPE_CHECKING:
    from ..models.report_group_order_by import ReportGroupOrderBy


T = TypeVar("T", bound="ReportGroupAutoGroup")


@_attrs_define
class ReportGroupAutoGroup(Model):
    """
    Attributes:
        type_ (int | Unset):
        default_order (ReportGroupAutoGroupDefaultOrder | Unset):
        order_by (list[ReportGroupOrderBy] | Unset):
        version (int | Unset):
    """

    type_: int | Unset = UNSET
    default_order: ReportGroupAutoGroupDefaultOrder | Unset = UNSET
    order_by: list[ReportGroupOrderBy] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.default_order
        if _v is not UNSET:
            field_dict["defaultOrder"] = _v._value_
        _v = self.order_by
        if _v is not UNSET:
            field_dict["orderBy"] = [_e.to_dict() for _e in _v]
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportGroupAutoGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportGroupAutoGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_group_order_by import ReportGroupOrderBy  # noqa: PLC0415

        _new = object.__new__
        _e_default_order: dict[Any, Any] = enum_members(ReportGroupAutoGroupDefaultOrder)
        _known: frozenset[str] = frozenset(
            (
                "type",
                "defaultOrder",
                "orderBy",
                "version",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                k = "defaultOrder"
                v = g("defaultOrder")
                if v is None:
                    o.default_order = u
                    if "defaultOrder" not in d:
                        m += 1
                else:
                    o.default_order = (
                        e_
                        if (e_ := _e_default_order.get(v)) is not None
                        else enum_value(ReportGroupAutoGroupDefaultOrder, v)
                    )
                k = "orderBy"
                v = g("orderBy")
                if v is None:
                    o.order_by = u
                    if "orderBy" not in d:
                        m += 1
                else:
                    o.order_by = (
                        ([ReportGroupOrderBy._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
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
            ("type_", "type"),
            ("default_order", "defaultOrder"),
            ("order_by", "orderBy"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = u if v is None else v
            v = s.default_order
            o.default_order = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_default_order.get(v)) is not None
                else enum_value(ReportGroupAutoGroupDefaultOrder, v)
            )
            v = s.order_by
            o.order_by = (
                u
                if v is None or v is u
                else ([ReportGroupOrderBy._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.version
            o.version = u if v is None else v
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
