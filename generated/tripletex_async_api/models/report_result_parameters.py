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
    from ..models.report_group_filter import ReportGroupFilter
    from ..models.report_result_parameters_expand_state import ReportResultParametersExpandState


T = TypeVar("T", bound="ReportResultParameters")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("filter", dict, False),
    ("expandState", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportResultParameters(LazyModel):
    """
    Attributes:
        filter_ (ReportGroupFilter | Unset):
        expand_state (ReportResultParametersExpandState | Unset):
    """

    filter_: ReportGroupFilter | Unset = UNSET
    expand_state: ReportResultParametersExpandState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A ReportResultParameters from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_group_filter import ReportGroupFilter  # noqa: PLC0415
        from ..models.report_result_parameters_expand_state import ReportResultParametersExpandState  # noqa: PLC0415

        def _p_filter_(_tx_v: Any) -> ReportGroupFilter | Unset:
            _filter_ = _tx_v
            filter_: ReportGroupFilter | Unset
            if isinstance(_filter_, Unset):
                filter_ = UNSET
            else:
                filter_ = ReportGroupFilter._tx_from_json(_filter_)

            return filter_

        def _p_expand_state(_tx_v: Any) -> ReportResultParametersExpandState | Unset:
            _expand_state = _tx_v
            expand_state: ReportResultParametersExpandState | Unset
            if isinstance(_expand_state, Unset):
                expand_state = UNSET
            else:
                expand_state = ReportResultParametersExpandState._tx_from_json(_expand_state)

            return expand_state

        _tx_known: frozenset[str] = frozenset(
            (
                "filter",
                "expandState",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "filter_": ("filter", _p_filter_),
            "expand_state": ("expandState", _p_expand_state),
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
