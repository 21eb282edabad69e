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
    from ..models.report_singular_filter import ReportSingularFilter


T = TypeVar("T", bound="ReportCustomerCategory3Filter")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("filters", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ReportCustomerCategory3Filter(LazyModel):
    """
    Attributes:
        filters (list[ReportSingularFilter] | Unset):
        complement (bool | Unset):
        exclude_empty_element (bool | Unset):
        version (int | Unset):
    """

    filters: list[ReportSingularFilter] | Unset = UNSET
    complement: bool | Unset = UNSET
    exclude_empty_element: bool | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        complement = self.complement

        exclude_empty_element = self.exclude_empty_element

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if complement is not UNSET:
            field_dict["complement"] = complement
        if exclude_empty_element is not UNSET:
            field_dict["excludeEmptyElement"] = exclude_empty_element
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportCustomerCategory3Filter from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_singular_filter import ReportSingularFilter  # noqa: PLC0415

        def _p_filters(_tx_v: Any) -> list[ReportSingularFilter] | Unset:
            _filters = _tx_v
            filters: list[ReportSingularFilter] | Unset = UNSET
            if _filters is not UNSET:
                filters = []
                for filters_item_data in _filters:
                    if filters_item_data is None:
                        continue
                    filters_item = ReportSingularFilter._tx_from_json(filters_item_data)

                    filters.append(filters_item)

            return filters

        _tx_known: frozenset[str] = frozenset(
            (
                "filters",
                "complement",
                "excludeEmptyElement",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "filters": ("filters", _p_filters),
            "complement": ("complement", None),
            "exclude_empty_element": ("excludeEmptyElement", None),
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
