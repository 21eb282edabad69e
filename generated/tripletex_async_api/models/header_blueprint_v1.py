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
)

if TYPE_CHECKING:
    from ..models.report_group_auto_group import ReportGroupAutoGroup
    from ..models.report_group_filter import ReportGroupFilter


T = TypeVar("T", bound="HeaderBlueprintV1")


@_attrs_define
class HeaderBlueprintV1(Model):
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        hide_self (bool | Unset):
        visibility_expression (str | Unset):
        remove_empty (bool | Unset):
        expression (str | Unset):
        variable_name (str | Unset):
        value_format (str | Unset):
        cell_format (str | Unset):
        reference (str | Unset):
        initial_expansion_state (int | Unset):
        filter_ (ReportGroupFilter | Unset):
        auto_group (ReportGroupAutoGroup | Unset):
        children (list[HeaderBlueprintV1] | Unset):
        version (int | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    hide_self: bool | Unset = UNSET
    visibility_expression: str | Unset = UNSET
    remove_empty: bool | Unset = UNSET
    expression: str | Unset = UNSET
    variable_name: str | Unset = UNSET
    value_format: str | Unset = UNSET
    cell_format: str | Unset = UNSET
    reference: str | Unset = UNSET
    initial_expansion_state: int | Unset = UNSET
    filter_: ReportGroupFilter | Unset = UNSET
    auto_group: ReportGroupAutoGroup | Unset = UNSET
    children: list[HeaderBlueprintV1] | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.hide_self
        if _v is not UNSET:
            field_dict["hideSelf"] = _v
        _v = self.visibility_expression
        if _v is not UNSET:
            field_dict["visibilityExpression"] = _v
        _v = self.remove_empty
        if _v is not UNSET:
            field_dict["removeEmpty"] = _v
        _v = self.expression
        if _v is not UNSET:
            field_dict["expression"] = _v
        _v = self.variable_name
        if _v is not UNSET:
            field_dict["variableName"] = _v
        _v = self.value_format
        if _v is not UNSET:
            field_dict["valueFormat"] = _v
        _v = self.cell_format
        if _v is not UNSET:
            field_dict["cellFormat"] = _v
        _v = self.reference
        if _v is not UNSET:
            field_dict["reference"] = _v
        _v = self.initial_expansion_state
        if _v is not UNSET:
            field_dict["initialExpansionState"] = _v
        _v = self.filter_
        if _v is not UNSET:
            field_dict["filter"] = _v.to_dict()
        _v = self.auto_group
        if _v is not UNSET:
            field_dict["autoGroup"] = _v.to_dict()
        _v = self.children
        if _v is not UNSET:
            field_dict["children"] = [_e.to_dict() for _e in _v]
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HeaderBlueprintV1 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HeaderBlueprintV1.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_group_auto_group import ReportGroupAutoGroup  # noqa: PLC0415
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "description",
                "hideSelf",
                "visibilityExpression",
                "removeEmpty",
                "expression",
                "variableName",
                "valueFormat",
                "cellFormat",
                "reference",
                "initialExpansionState",
                "filter",
                "autoGroup",
                "children",
                "version",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "description": "description",
            "hideSelf": "hide_self",
            "visibilityExpression": "visibility_expression",
            "removeEmpty": "remove_empty",
            "expression": "expression",
            "variableName": "variable_name",
            "valueFormat": "value_format",
            "cellFormat": "cell_format",
            "reference": "reference",
            "initialExpansionState": "initial_expansion_state",
            "version": "version",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.name = o.description = o.hide_self = o.visibility_expression = o.remove_empty = o.expression = (
                        o.variable_name
                    ) = o.value_format = o.cell_format = o.reference = o.initial_expansion_state = o.filter_ = (
                        o.auto_group
                    ) = o.children = o.version = UNSET
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
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("hideSelf")
                if v is None:
                    o.hide_self = u
                    if "hideSelf" not in d:
                        m += 1
                else:
                    o.hide_self = v
                v = g("visibilityExpression")
                if v is None:
                    o.visibility_expression = u
                    if "visibilityExpression" not in d:
                        m += 1
                else:
                    o.visibility_expression = v
                v = g("removeEmpty")
                if v is None:
                    o.remove_empty = u
                    if "removeEmpty" not in d:
                        m += 1
                else:
                    o.remove_empty = v
                v = g("expression")
                if v is None:
                    o.expression = u
                    if "expression" not in d:
                        m += 1
                else:
                    o.expression = v
                v = g("variableName")
                if v is None:
                    o.variable_name = u
                    if "variableName" not in d:
                        m += 1
                else:
                    o.variable_name = v
                v = g("valueFormat")
                if v is None:
                    o.value_format = u
                    if "valueFormat" not in d:
                        m += 1
                else:
                    o.value_format = v
                v = g("cellFormat")
                if v is None:
                    o.cell_format = u
                    if "cellFormat" not in d:
                        m += 1
                else:
                    o.cell_format = v
                v = g("reference")
                if v is None:
                    o.reference = u
                    if "reference" not in d:
                        m += 1
                else:
                    o.reference = v
                v = g("initialExpansionState")
                if v is None:
                    o.initial_expansion_state = u
                    if "initialExpansionState" not in d:
                        m += 1
                else:
                    o.initial_expansion_state = v
                k = "filter"
                v = g("filter")
                if v is None:
                    o.filter_ = u
                    if "filter" not in d:
                        m += 1
                else:
                    o.filter_ = ReportGroupFilter._tx_parse(v)
                k = "autoGroup"
                v = g("autoGroup")
                if v is None:
                    o.auto_group = u
                    if "autoGroup" not in d:
                        m += 1
                else:
                    o.auto_group = ReportGroupAutoGroup._tx_parse(v)
                k = "children"
                v = g("children")
                if v is None:
                    o.children = u
                    if "children" not in d:
                        m += 1
                else:
                    o.children = (
                        ([HeaderBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
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
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("description", "description"),
            ("hide_self", "hideSelf"),
            ("visibility_expression", "visibilityExpression"),
            ("remove_empty", "removeEmpty"),
            ("expression", "expression"),
            ("variable_name", "variableName"),
            ("value_format", "valueFormat"),
            ("cell_format", "cellFormat"),
            ("reference", "reference"),
            ("initial_expansion_state", "initialExpansionState"),
            ("filter_", "filter"),
            ("auto_group", "autoGroup"),
            ("children", "children"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.hide_self
            o.hide_self = u if v is None else v
            v = s.visibility_expression
            o.visibility_expression = u if v is None else v
            v = s.remove_empty
            o.remove_empty = u if v is None else v
            v = s.expression
            o.expression = u if v is None else v
            v = s.variable_name
            o.variable_name = u if v is None else v
            v = s.value_format
            o.value_format = u if v is None else v
            v = s.cell_format
            o.cell_format = u if v is None else v
            v = s.reference
            o.reference = u if v is None else v
            v = s.initial_expansion_state
            o.initial_expansion_state = u if v is None else v
            v = s.filter_
            o.filter_ = u if v is None or v is u else ReportGroupFilter._tx_parse(v)
            v = s.auto_group
            o.auto_group = u if v is None or v is u else ReportGroupAutoGroup._tx_parse(v)
            v = s.children
            o.children = (
                u
                if v is None or v is u
                else ([HeaderBlueprintV1._tx_parse(e) for e in v if e is not None] if v else [])
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
