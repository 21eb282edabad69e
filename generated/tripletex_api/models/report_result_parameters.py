from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_group_filter import ReportGroupFilter
    from ..models.report_result_parameters_expand_state import ReportResultParametersExpandState


T = TypeVar("T", bound="ReportResultParameters")


@_attrs_define
class ReportResultParameters:
    """
    Attributes:
        filter_ (ReportGroupFilter | Unset):
        expand_state (ReportResultParametersExpandState | Unset):
    """

    filter_: ReportGroupFilter | Unset = UNSET
    expand_state: ReportResultParametersExpandState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        expand_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expand_state, Unset):
            expand_state = self.expand_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if expand_state is not UNSET:
            field_dict["expandState"] = expand_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415
        from ..models.report_result_parameters_expand_state import ReportResultParametersExpandState  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _filter_ = d.pop("filter", UNSET)
        filter_: ReportGroupFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ReportGroupFilter.from_dict(_filter_)

        _expand_state = d.pop("expandState", UNSET)
        expand_state: ReportResultParametersExpandState | Unset
        if isinstance(_expand_state, Unset):
            expand_state = UNSET
        else:
            expand_state = ReportResultParametersExpandState.from_dict(_expand_state)

        _obj = cls(
            filter_=filter_,
            expand_state=expand_state,
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
