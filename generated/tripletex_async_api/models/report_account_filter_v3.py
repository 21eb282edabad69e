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
    from ..models.report_range_filter import ReportRangeFilter
    from ..models.report_singular_filter import ReportSingularFilter


T = TypeVar("T", bound="ReportAccountFilterV3")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("rangeFilters", list, False),
    ("singularFilters", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportAccountFilterV3(LazyModel):
    """
    Attributes:
        range_filters (list[ReportRangeFilter] | Unset):
        singular_filters (list[ReportSingularFilter] | Unset):
        complement_singular_filters (bool | Unset):
        version (int | Unset):
    """

    range_filters: list[ReportRangeFilter] | Unset = UNSET
    singular_filters: list[ReportSingularFilter] | Unset = UNSET
    complement_singular_filters: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        range_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.range_filters, Unset):
            range_filters = []
            for range_filters_item_data in self.range_filters:
                range_filters_item = range_filters_item_data.to_dict()
                range_filters.append(range_filters_item)

        singular_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.singular_filters, Unset):
            singular_filters = []
            for singular_filters_item_data in self.singular_filters:
                singular_filters_item = singular_filters_item_data.to_dict()
                singular_filters.append(singular_filters_item)

        complement_singular_filters = self.complement_singular_filters

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_filters is not UNSET:
            field_dict["rangeFilters"] = range_filters
        if singular_filters is not UNSET:
            field_dict["singularFilters"] = singular_filters
        if complement_singular_filters is not UNSET:
            field_dict["complementSingularFilters"] = complement_singular_filters
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportAccountFilterV3 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_range_filter import ReportRangeFilter  # noqa: PLC0415
        from ..models.report_singular_filter import ReportSingularFilter  # noqa: PLC0415

        def _p_range_filters(_tx_v: Any) -> list[ReportRangeFilter] | Unset:
            _range_filters = _tx_v
            range_filters: list[ReportRangeFilter] | Unset = UNSET
            if _range_filters is not UNSET:
                range_filters = []
                for range_filters_item_data in _range_filters:
                    if range_filters_item_data is None:
                        continue
                    range_filters_item = ReportRangeFilter._tx_from_json(range_filters_item_data)

                    range_filters.append(range_filters_item)

            return range_filters

        def _p_singular_filters(_tx_v: Any) -> list[ReportSingularFilter] | Unset:
            _singular_filters = _tx_v
            singular_filters: list[ReportSingularFilter] | Unset = UNSET
            if _singular_filters is not UNSET:
                singular_filters = []
                for singular_filters_item_data in _singular_filters:
                    if singular_filters_item_data is None:
                        continue
                    singular_filters_item = ReportSingularFilter._tx_from_json(singular_filters_item_data)

                    singular_filters.append(singular_filters_item)

            return singular_filters

        _tx_known: frozenset[str] = frozenset(
            (
                "rangeFilters",
                "singularFilters",
                "complementSingularFilters",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "range_filters": ("rangeFilters", _p_range_filters),
            "singular_filters": ("singularFilters", _p_singular_filters),
            "complement_singular_filters": ("complementSingularFilters", None),
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
