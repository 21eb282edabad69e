from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_potential_row_status import EmployeePotentialRowStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee_import import EmployeeImport
    from ..models.employee_import_row_content import EmployeeImportRowContent
    from ..models.import_row_error_message import ImportRowErrorMessage


T = TypeVar("T", bound="EmployeePotential")


@_attrs_define
class EmployeePotential:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        import_component (EmployeeImport | Unset):
        row_content (EmployeeImportRowContent | Unset): rowContent
        error_message (list[ImportRowErrorMessage] | Unset):
        row_status (EmployeePotentialRowStatus | Unset):
        row_number (int | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    import_component: EmployeeImport | Unset = UNSET
    row_content: EmployeeImportRowContent | Unset = UNSET
    error_message: list[ImportRowErrorMessage] | Unset = UNSET
    row_status: EmployeePotentialRowStatus | Unset = UNSET
    row_number: int | Unset = UNSET
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

        import_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_component, Unset):
            import_component = self.import_component.to_dict()

        row_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.row_content, Unset):
            row_content = self.row_content.to_dict()

        error_message: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_message, Unset):
            error_message = []
            for error_message_item_data in self.error_message:
                error_message_item = error_message_item_data.to_dict()
                error_message.append(error_message_item)

        row_status: str | Unset = UNSET
        if not isinstance(self.row_status, Unset):
            row_status = self.row_status.value

        row_number = self.row_number

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
        if import_component is not UNSET:
            field_dict["importComponent"] = import_component
        if row_content is not UNSET:
            field_dict["rowContent"] = row_content
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if row_status is not UNSET:
            field_dict["rowStatus"] = row_status
        if row_number is not UNSET and not _in_request:
            field_dict["rowNumber"] = row_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee_import import EmployeeImport  # noqa: PLC0415
        from ..models.employee_import_row_content import EmployeeImportRowContent  # noqa: PLC0415
        from ..models.import_row_error_message import ImportRowErrorMessage  # noqa: PLC0415

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

        _import_component = d.pop("importComponent", UNSET)
        import_component: EmployeeImport | Unset
        if isinstance(_import_component, Unset):
            import_component = UNSET
        else:
            import_component = EmployeeImport.from_dict(_import_component)

        _row_content = d.pop("rowContent", UNSET)
        row_content: EmployeeImportRowContent | Unset
        if isinstance(_row_content, Unset):
            row_content = UNSET
        else:
            row_content = EmployeeImportRowContent.from_dict(_row_content)

        _error_message = d.pop("errorMessage", UNSET)
        error_message: list[ImportRowErrorMessage] | Unset = UNSET
        if _error_message is not UNSET:
            error_message = []
            for error_message_item_data in _error_message:
                if error_message_item_data is None:
                    continue
                error_message_item = ImportRowErrorMessage.from_dict(error_message_item_data)

                error_message.append(error_message_item)

        _row_status = d.pop("rowStatus", UNSET)
        row_status: EmployeePotentialRowStatus | Unset
        if isinstance(_row_status, Unset):
            row_status = UNSET
        else:
            row_status = EmployeePotentialRowStatus(_row_status)

        row_number = d.pop("rowNumber", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            import_component=import_component,
            row_content=row_content,
            error_message=error_message,
            row_status=row_status,
            row_number=row_number,
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
