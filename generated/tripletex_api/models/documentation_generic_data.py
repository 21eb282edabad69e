from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.documentation_generic_data_generic_data_sub_type import DocumentationGenericDataGenericDataSubType
from ..models.documentation_generic_data_generic_data_type import DocumentationGenericDataGenericDataType
from ..models.documentation_generic_data_post_type import DocumentationGenericDataPostType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="DocumentationGenericData")


@_attrs_define
class DocumentationGenericData:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

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

        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        _generic_data_type = d.pop("genericDataType", UNSET)
        generic_data_type: DocumentationGenericDataGenericDataType | Unset
        if isinstance(_generic_data_type, Unset):
            generic_data_type = UNSET
        else:
            generic_data_type = DocumentationGenericDataGenericDataType(_generic_data_type)

        _generic_data_sub_type = d.pop("genericDataSubType", UNSET)
        generic_data_sub_type: DocumentationGenericDataGenericDataSubType | Unset
        if isinstance(_generic_data_sub_type, Unset):
            generic_data_sub_type = UNSET
        else:
            generic_data_sub_type = DocumentationGenericDataGenericDataSubType(_generic_data_sub_type)

        generic_data_sub_type_group_id = d.pop("genericDataSubTypeGroupId", UNSET)

        _post_type = d.pop("postType", UNSET)
        post_type: DocumentationGenericDataPostType | Unset
        if isinstance(_post_type, Unset):
            post_type = UNSET
        else:
            post_type = DocumentationGenericDataPostType(_post_type)

        post_value = d.pop("postValue", UNSET)

        document_name = d.pop("documentName", UNSET)

        uploader_name = d.pop("uploaderName", UNSET)

        attachment_category = d.pop("attachmentCategory", UNSET)

        selected = d.pop("selected", UNSET)

        size = d.pop("size", UNSET)

        date = d.pop("date", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year_end_report=year_end_report,
            group_id=group_id,
            generic_data_type=generic_data_type,
            generic_data_sub_type=generic_data_sub_type,
            generic_data_sub_type_group_id=generic_data_sub_type_group_id,
            post_type=post_type,
            post_value=post_value,
            document_name=document_name,
            uploader_name=uploader_name,
            attachment_category=attachment_category,
            selected=selected,
            size=size,
            date=date,
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
