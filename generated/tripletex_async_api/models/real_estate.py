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
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="RealEstate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("genericDataOverviews", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class RealEstate(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        generic_data_overviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generic_data_overviews, Unset):
            generic_data_overviews = []
            for generic_data_overviews_item_data in self.generic_data_overviews:
                generic_data_overviews_item = generic_data_overviews_item_data.to_dict()
                generic_data_overviews.append(generic_data_overviews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if generic_data_overviews is not UNSET:
            field_dict["genericDataOverviews"] = generic_data_overviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RealEstate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_generic_data_overviews(_tx_v: Any) -> list[GenericDataOverview] | Unset:
            _generic_data_overviews = _tx_v
            generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
            if _generic_data_overviews is not UNSET:
                generic_data_overviews = []
                for generic_data_overviews_item_data in _generic_data_overviews:
                    if generic_data_overviews_item_data is None:
                        continue
                    generic_data_overviews_item = GenericDataOverview._tx_from_json(generic_data_overviews_item_data)

                    generic_data_overviews.append(generic_data_overviews_item)

            return generic_data_overviews

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "genericDataOverviews",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "generic_data_overviews": ("genericDataOverviews", _p_generic_data_overviews),
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
