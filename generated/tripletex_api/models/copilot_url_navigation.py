from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copilot_url_navigation_data_table import CopilotUrlNavigationDataTable
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="CopilotUrlNavigation")


@_attrs_define
class CopilotUrlNavigation:
    """List of CopilotUrlNavigation

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        response (str | Unset):
        url_parameters (str | Unset):
        data_table (CopilotUrlNavigationDataTable | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    response: str | Unset = UNSET
    url_parameters: str | Unset = UNSET
    data_table: CopilotUrlNavigationDataTable | Unset = UNSET
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

        response = self.response

        url_parameters = self.url_parameters

        data_table: str | Unset = UNSET
        if not isinstance(self.data_table, Unset):
            data_table = self.data_table.value

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
        if response is not UNSET:
            field_dict["response"] = response
        if url_parameters is not UNSET:
            field_dict["urlParameters"] = url_parameters
        if data_table is not UNSET:
            field_dict["dataTable"] = data_table

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

        response = d.pop("response", UNSET)

        url_parameters = d.pop("urlParameters", UNSET)

        _data_table = d.pop("dataTable", UNSET)
        data_table: CopilotUrlNavigationDataTable | Unset
        if isinstance(_data_table, Unset):
            data_table = UNSET
        else:
            data_table = CopilotUrlNavigationDataTable(_data_table)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            response=response,
            url_parameters=url_parameters,
            data_table=data_table,
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
