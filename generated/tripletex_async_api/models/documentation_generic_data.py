from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.documentation_generic_data_generic_data_sub_type import DocumentationGenericDataGenericDataSubType
from ..models.documentation_generic_data_generic_data_type import DocumentationGenericDataGenericDataType
from ..models.documentation_generic_data_post_type import DocumentationGenericDataPostType
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
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="DocumentationGenericData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("yearEndReport", dict, False),
    ("genericDataType", str, False),
    ("genericDataSubType", str, False),
    ("postType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DocumentationGenericData(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset):
        generic_data_type (DocumentationGenericDataGenericDataType | Unset):
        generic_data_sub_type (DocumentationGenericDataGenericDataSubType | Unset):
        generic_data_sub_type_group_id (int | Unset):
        post_type (DocumentationGenericDataPostType | Unset):
        post_value (str | Unset):
        document_name (str | Unset):
        uploader_name (str | Unset):
        attachment_category (str | Unset):
        selected (bool | Unset):
        size (int | Unset):
        date (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    generic_data_type: DocumentationGenericDataGenericDataType | Unset = UNSET
    generic_data_sub_type: DocumentationGenericDataGenericDataSubType | Unset = UNSET
    generic_data_sub_type_group_id: int | Unset = UNSET
    post_type: DocumentationGenericDataPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    document_name: str | Unset = UNSET
    uploader_name: str | Unset = UNSET
    attachment_category: str | Unset = UNSET
    selected: bool | Unset = UNSET
    size: int | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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

        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_sub_type: str | Unset = UNSET
        if not isinstance(self.generic_data_sub_type, Unset):
            generic_data_sub_type = self.generic_data_sub_type.value

        generic_data_sub_type_group_id = self.generic_data_sub_type_group_id

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        document_name = self.document_name

        uploader_name = self.uploader_name

        attachment_category = self.attachment_category

        selected = self.selected

        size = self.size

        date = self.date

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
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_sub_type is not UNSET:
            field_dict["genericDataSubType"] = generic_data_sub_type
        if generic_data_sub_type_group_id is not UNSET:
            field_dict["genericDataSubTypeGroupId"] = generic_data_sub_type_group_id
        if post_type is not UNSET:
            field_dict["postType"] = post_type
        if post_value is not UNSET:
            field_dict["postValue"] = post_value
        if document_name is not UNSET:
            field_dict["documentName"] = document_name
        if uploader_name is not UNSET:
            field_dict["uploaderName"] = uploader_name
        if attachment_category is not UNSET:
            field_dict["attachmentCategory"] = attachment_category
        if selected is not UNSET:
            field_dict["selected"] = selected
        if size is not UNSET:
            field_dict["size"] = size
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DocumentationGenericData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_generic_data_type(_tx_v: Any) -> DocumentationGenericDataGenericDataType | Unset:
            _generic_data_type = _tx_v
            generic_data_type: DocumentationGenericDataGenericDataType | Unset
            if isinstance(_generic_data_type, Unset):
                generic_data_type = UNSET
            else:
                generic_data_type = DocumentationGenericDataGenericDataType(_generic_data_type)

            return generic_data_type

        def _p_generic_data_sub_type(_tx_v: Any) -> DocumentationGenericDataGenericDataSubType | Unset:
            _generic_data_sub_type = _tx_v
            generic_data_sub_type: DocumentationGenericDataGenericDataSubType | Unset
            if isinstance(_generic_data_sub_type, Unset):
                generic_data_sub_type = UNSET
            else:
                generic_data_sub_type = DocumentationGenericDataGenericDataSubType(_generic_data_sub_type)

            return generic_data_sub_type

        def _p_post_type(_tx_v: Any) -> DocumentationGenericDataPostType | Unset:
            _post_type = _tx_v
            post_type: DocumentationGenericDataPostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = DocumentationGenericDataPostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "yearEndReport",
                "groupId",
                "genericDataType",
                "genericDataSubType",
                "genericDataSubTypeGroupId",
                "postType",
                "postValue",
                "documentName",
                "uploaderName",
                "attachmentCategory",
                "selected",
                "size",
                "date",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "generic_data_type": ("genericDataType", _p_generic_data_type),
            "generic_data_sub_type": ("genericDataSubType", _p_generic_data_sub_type),
            "generic_data_sub_type_group_id": ("genericDataSubTypeGroupId", None),
            "post_type": ("postType", _p_post_type),
            "post_value": ("postValue", None),
            "document_name": ("documentName", None),
            "uploader_name": ("uploaderName", None),
            "attachment_category": ("attachmentCategory", None),
            "selected": ("selected", None),
            "size": ("size", None),
            "date": ("date", None),
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
