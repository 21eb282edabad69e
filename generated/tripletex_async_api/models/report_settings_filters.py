from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_settings_filters_order_item import ReportSettingsFiltersOrderItem
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
    from ..models.report_settings_options import ReportSettingsOptions


T = TypeVar("T", bound="ReportSettingsFilters")


@_attrs_define
class ReportSettingsFilters(Model):
    """
    Attributes:
        order (list[ReportSettingsFiltersOrderItem] | Unset):
        options (ReportSettingsOptions | Unset):
        version (int | Unset):
    """

    order: list[ReportSettingsFiltersOrderItem] | Unset = UNSET
    options: ReportSettingsOptions | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.order
        if _v is not UNSET:
            field_dict["order"] = [_e._value_ for _e in _v]
        _v = self.options
        if _v is not UNSET:
            field_dict["options"] = _v.to_dict()
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettingsFilters from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportSettingsFilters.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_settings_options import ReportSettingsOptions  # noqa: PLC0415

        _new = object.__new__
        _e_order: dict[Any, Any] = enum_members(ReportSettingsFiltersOrderItem)
        _known: frozenset[str] = frozenset(
            (
                "order",
                "options",
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
                k = "order"
                v = g("order")
                if v is None:
                    o.order = u
                    if "order" not in d:
                        m += 1
                else:
                    o.order = (
                        (
                            [
                                e_
                                if (e_ := _e_order.get(e)) is not None
                                else enum_value(ReportSettingsFiltersOrderItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "options"
                v = g("options")
                if v is None:
                    o.options = u
                    if "options" not in d:
                        m += 1
                else:
                    o.options = ReportSettingsOptions._tx_parse(v)
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
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
            ("order", "order"),
            ("options", "options"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.order
            o.order = (
                u
                if v is None or v is u
                else (
                    [
                        e_ if (e_ := _e_order.get(e)) is not None else enum_value(ReportSettingsFiltersOrderItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.options
            o.options = u if v is None or v is u else ReportSettingsOptions._tx_parse(v)
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
