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
    from ..models.system_report import SystemReport


T = TypeVar("T", bound="SystemReportCategory")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("reports", list, False),
    ("subCategories", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SystemReportCategory(LazyModel):
    """
    Attributes:
        text_key (str | Unset): [read-only] The text key for the name of the report category
        theme (str | Unset): [read-only] The theme of the report category
        icon (str | Unset): [read-only] The icon for the report category
        reports (list[SystemReport] | Unset): [read-only] The reports in this report category
        sub_categories (list[SystemReportCategory] | Unset): [read-only] The report categories in this report category
    """

    text_key: str | Unset = UNSET
    theme: str | Unset = UNSET
    icon: str | Unset = UNSET
    reports: list[SystemReport] | Unset = UNSET
    sub_categories: list[SystemReportCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        text_key = self.text_key

        theme = self.theme

        icon = self.icon

        reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reports, Unset):
            reports = []
            for reports_item_data in self.reports:
                reports_item = reports_item_data.to_dict()
                reports.append(reports_item)

        sub_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_categories, Unset):
            sub_categories = []
            for sub_categories_item_data in self.sub_categories:
                sub_categories_item = sub_categories_item_data.to_dict()
                sub_categories.append(sub_categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_key is not UNSET and not _in_request:
            field_dict["textKey"] = text_key
        if theme is not UNSET and not _in_request:
            field_dict["theme"] = theme
        if icon is not UNSET and not _in_request:
            field_dict["icon"] = icon
        if reports is not UNSET and not _in_request:
            field_dict["reports"] = reports
        if sub_categories is not UNSET and not _in_request:
            field_dict["subCategories"] = sub_categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SystemReportCategory from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.system_report import SystemReport  # noqa: PLC0415

        def _p_reports(_tx_v: Any) -> list[SystemReport] | Unset:
            _reports = _tx_v
            reports: list[SystemReport] | Unset = UNSET
            if _reports is not UNSET:
                reports = []
                for reports_item_data in _reports:
                    if reports_item_data is None:
                        continue
                    reports_item = SystemReport._tx_from_json(reports_item_data)

                    reports.append(reports_item)

            return reports

        def _p_sub_categories(_tx_v: Any) -> list[SystemReportCategory] | Unset:
            _sub_categories = _tx_v
            sub_categories: list[SystemReportCategory] | Unset = UNSET
            if _sub_categories is not UNSET:
                sub_categories = []
                for sub_categories_item_data in _sub_categories:
                    if sub_categories_item_data is None:
                        continue
                    sub_categories_item = SystemReportCategory._tx_from_json(sub_categories_item_data)

                    sub_categories.append(sub_categories_item)

            return sub_categories

        _tx_known: frozenset[str] = frozenset(
            (
                "textKey",
                "theme",
                "icon",
                "reports",
                "subCategories",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "text_key": ("textKey", None),
            "theme": ("theme", None),
            "icon": ("icon", None),
            "reports": ("reports", _p_reports),
            "sub_categories": ("subCategories", _p_sub_categories),
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
