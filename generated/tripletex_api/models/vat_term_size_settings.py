from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_term_size_settings_report_type import VatTermSizeSettingsReportType
from ..models.vat_term_size_settings_term_size import VatTermSizeSettingsTermSize
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="VatTermSizeSettings")


@_attrs_define
class VatTermSizeSettings:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        report_type (VatTermSizeSettingsReportType | Unset): VAT report type, used to separate the different var report
            types.
        from_date (str | Unset): Date from which this VAT term size setting is active.
        term_size (VatTermSizeSettingsTermSize | Unset): VAT term type, used to calculate the start and end date for a
            vatreturns
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    report_type: VatTermSizeSettingsReportType | Unset = UNSET
    from_date: str | Unset = UNSET
    term_size: VatTermSizeSettingsTermSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        report_type: str | Unset = UNSET
        if not isinstance(self.report_type, Unset):
            report_type = self.report_type.value

        from_date = self.from_date

        term_size: str | Unset = UNSET
        if not isinstance(self.term_size, Unset):
            term_size = self.term_size.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if report_type is not UNSET:
            field_dict["reportType"] = report_type
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if term_size is not UNSET:
            field_dict["termSize"] = term_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _report_type = d.pop("reportType", UNSET)
        report_type: VatTermSizeSettingsReportType | Unset
        if isinstance(_report_type, Unset):
            report_type = UNSET
        else:
            report_type = VatTermSizeSettingsReportType(_report_type)

        from_date = d.pop("fromDate", UNSET)

        _term_size = d.pop("termSize", UNSET)
        term_size: VatTermSizeSettingsTermSize | Unset
        if isinstance(_term_size, Unset):
            term_size = UNSET
        else:
            term_size = VatTermSizeSettingsTermSize(_term_size)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            report_type=report_type,
            from_date=from_date,
            term_size=term_size,
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
