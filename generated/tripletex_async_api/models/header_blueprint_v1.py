from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.report_group_auto_group import ReportGroupAutoGroup
    from ..models.report_group_filter import ReportGroupFilter


T = TypeVar("T", bound="HeaderBlueprintV1")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("filter", dict, False),
    ("autoGroup", dict, False),
    ("children", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class HeaderBlueprintV1(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        description = self.description

        hide_self = self.hide_self

        visibility_expression = self.visibility_expression

        remove_empty = self.remove_empty

        expression = self.expression

        variable_name = self.variable_name

        value_format = self.value_format

        cell_format = self.cell_format

        reference = self.reference

        initial_expansion_state = self.initial_expansion_state

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        auto_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_group, Unset):
            auto_group = self.auto_group.to_dict()

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if hide_self is not UNSET:
            field_dict["hideSelf"] = hide_self
        if visibility_expression is not UNSET:
            field_dict["visibilityExpression"] = visibility_expression
        if remove_empty is not UNSET:
            field_dict["removeEmpty"] = remove_empty
        if expression is not UNSET:
            field_dict["expression"] = expression
        if variable_name is not UNSET:
            field_dict["variableName"] = variable_name
        if value_format is not UNSET:
            field_dict["valueFormat"] = value_format
        if cell_format is not UNSET:
            field_dict["cellFormat"] = cell_format
        if reference is not UNSET:
            field_dict["reference"] = reference
        if initial_expansion_state is not UNSET:
            field_dict["initialExpansionState"] = initial_expansion_state
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if auto_group is not UNSET:
            field_dict["autoGroup"] = auto_group
        if children is not UNSET:
            field_dict["children"] = children
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HeaderBlueprintV1 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_group_auto_group import ReportGroupAutoGroup  # noqa: PLC0415
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415

        def _p_filter_(_tx_v: Any) -> ReportGroupFilter | Unset:
            _filter_ = _tx_v
            filter_: ReportGroupFilter | Unset
            if isinstance(_filter_, Unset):
                filter_ = UNSET
            else:
                filter_ = ReportGroupFilter._tx_from_json(_filter_)

            return filter_

        def _p_auto_group(_tx_v: Any) -> ReportGroupAutoGroup | Unset:
            _auto_group = _tx_v
            auto_group: ReportGroupAutoGroup | Unset
            if isinstance(_auto_group, Unset):
                auto_group = UNSET
            else:
                auto_group = ReportGroupAutoGroup._tx_from_json(_auto_group)

            return auto_group

        def _p_children(_tx_v: Any) -> list[HeaderBlueprintV1] | Unset:
            _children = _tx_v
            children: list[HeaderBlueprintV1] | Unset = UNSET
            if _children is not UNSET:
                children = []
                for children_item_data in _children:
                    if children_item_data is None:
                        continue
                    children_item = HeaderBlueprintV1._tx_from_json(children_item_data)

                    children.append(children_item)

            return children

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "description": ("description", None),
            "hide_self": ("hideSelf", None),
            "visibility_expression": ("visibilityExpression", None),
            "remove_empty": ("removeEmpty", None),
            "expression": ("expression", None),
            "variable_name": ("variableName", None),
            "value_format": ("valueFormat", None),
            "cell_format": ("cellFormat", None),
            "reference": ("reference", None),
            "initial_expansion_state": ("initialExpansionState", None),
            "filter_": ("filter", _p_filter_),
            "auto_group": ("autoGroup", _p_auto_group),
            "children": ("children", _p_children),
            "version": ("version", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
