from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_group_auto_group import ReportGroupAutoGroup
    from ..models.report_group_filter import ReportGroupFilter


T = TypeVar("T", bound="HeaderBlueprintV1")


@_attrs_define
class HeaderBlueprintV1:
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
        from ..models.report_group_auto_group import ReportGroupAutoGroup  # noqa: PLC0415
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        hide_self = d.pop("hideSelf", UNSET)

        visibility_expression = d.pop("visibilityExpression", UNSET)

        remove_empty = d.pop("removeEmpty", UNSET)

        expression = d.pop("expression", UNSET)

        variable_name = d.pop("variableName", UNSET)

        value_format = d.pop("valueFormat", UNSET)

        cell_format = d.pop("cellFormat", UNSET)

        reference = d.pop("reference", UNSET)

        initial_expansion_state = d.pop("initialExpansionState", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: ReportGroupFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ReportGroupFilter.from_dict(_filter_)

        _auto_group = d.pop("autoGroup", UNSET)
        auto_group: ReportGroupAutoGroup | Unset
        if isinstance(_auto_group, Unset):
            auto_group = UNSET
        else:
            auto_group = ReportGroupAutoGroup.from_dict(_auto_group)

        _children = d.pop("children", UNSET)
        children: list[HeaderBlueprintV1] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                if children_item_data is None:
                    continue
                children_item = HeaderBlueprintV1.from_dict(children_item_data)

                children.append(children_item)

        version = d.pop("version", UNSET)

        _obj = cls(
            name=name,
            description=description,
            hide_self=hide_self,
            visibility_expression=visibility_expression,
            remove_empty=remove_empty,
            expression=expression,
            variable_name=variable_name,
            value_format=value_format,
            cell_format=cell_format,
            reference=reference,
            initial_expansion_state=initial_expansion_state,
            filter_=filter_,
            auto_group=auto_group,
            children=children,
            version=version,
        )

        _obj.additional_properties = d
        return _obj

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
