from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.system_report import SystemReport


T = TypeVar("T", bound="SystemReportCategory")


@_attrs_define
class SystemReportCategory:
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
        from ..models.system_report import SystemReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        text_key = d.pop("textKey", UNSET)

        theme = d.pop("theme", UNSET)

        icon = d.pop("icon", UNSET)

        _reports = d.pop("reports", UNSET)
        reports: list[SystemReport] | Unset = UNSET
        if _reports is not UNSET:
            reports = []
            for reports_item_data in _reports:
                if reports_item_data is None:
                    continue
                reports_item = SystemReport.from_dict(reports_item_data)

                reports.append(reports_item)

        _sub_categories = d.pop("subCategories", UNSET)
        sub_categories: list[SystemReportCategory] | Unset = UNSET
        if _sub_categories is not UNSET:
            sub_categories = []
            for sub_categories_item_data in _sub_categories:
                if sub_categories_item_data is None:
                    continue
                sub_categories_item = SystemReportCategory.from_dict(sub_categories_item_data)

                sub_categories.append(sub_categories_item)

        _obj = cls(
            text_key=text_key,
            theme=theme,
            icon=icon,
            reports=reports,
            sub_categories=sub_categories,
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
