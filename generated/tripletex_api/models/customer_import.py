from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_import_separator import CustomerImportSeparator
from ..models.customer_import_status import CustomerImportStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.customer_import_header import CustomerImportHeader
    from ..models.document import Document
    from ..models.employee import Employee


T = TypeVar("T", bound="CustomerImport")


@_attrs_define
class CustomerImport:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        import_file (Document | Unset): [BETA] Attachments belonging to this order
        separator (CustomerImportSeparator | Unset):
        status (CustomerImportStatus | Unset):
        import_headers (list[CustomerImportHeader] | Unset): [read-only]
        start_date (str | Unset):
        employee (Employee | Unset):
        count_created (int | Unset): [read-only]
        count_updated (int | Unset): [read-only]
        count_ignored (int | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    import_file: Document | Unset = UNSET
    separator: CustomerImportSeparator | Unset = UNSET
    status: CustomerImportStatus | Unset = UNSET
    import_headers: list[CustomerImportHeader] | Unset = UNSET
    start_date: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    count_created: int | Unset = UNSET
    count_updated: int | Unset = UNSET
    count_ignored: int | Unset = UNSET
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

        import_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_file, Unset):
            import_file = self.import_file.to_dict()

        separator: str | Unset = UNSET
        if not isinstance(self.separator, Unset):
            separator = self.separator.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        import_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.import_headers, Unset):
            import_headers = []
            for import_headers_item_data in self.import_headers:
                import_headers_item = import_headers_item_data.to_dict()
                import_headers.append(import_headers_item)

        start_date = self.start_date

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        count_created = self.count_created

        count_updated = self.count_updated

        count_ignored = self.count_ignored

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
        if import_file is not UNSET:
            field_dict["importFile"] = import_file
        if separator is not UNSET:
            field_dict["separator"] = separator
        if status is not UNSET:
            field_dict["status"] = status
        if import_headers is not UNSET and not _in_request:
            field_dict["importHeaders"] = import_headers
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if employee is not UNSET:
            field_dict["employee"] = employee
        if count_created is not UNSET and not _in_request:
            field_dict["countCreated"] = count_created
        if count_updated is not UNSET and not _in_request:
            field_dict["countUpdated"] = count_updated
        if count_ignored is not UNSET and not _in_request:
            field_dict["countIgnored"] = count_ignored

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer_import_header import CustomerImportHeader  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

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

        _import_file = d.pop("importFile", UNSET)
        import_file: Document | Unset
        if isinstance(_import_file, Unset):
            import_file = UNSET
        else:
            import_file = Document.from_dict(_import_file)

        _separator = d.pop("separator", UNSET)
        separator: CustomerImportSeparator | Unset
        if isinstance(_separator, Unset):
            separator = UNSET
        else:
            separator = CustomerImportSeparator(_separator)

        _status = d.pop("status", UNSET)
        status: CustomerImportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomerImportStatus(_status)

        _import_headers = d.pop("importHeaders", UNSET)
        import_headers: list[CustomerImportHeader] | Unset = UNSET
        if _import_headers is not UNSET:
            import_headers = []
            for import_headers_item_data in _import_headers:
                if import_headers_item_data is None:
                    continue
                import_headers_item = CustomerImportHeader.from_dict(import_headers_item_data)

                import_headers.append(import_headers_item)

        start_date = d.pop("startDate", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        count_created = d.pop("countCreated", UNSET)

        count_updated = d.pop("countUpdated", UNSET)

        count_ignored = d.pop("countIgnored", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            import_file=import_file,
            separator=separator,
            status=status,
            import_headers=import_headers,
            start_date=start_date,
            employee=employee,
            count_created=count_created,
            count_updated=count_updated,
            count_ignored=count_ignored,
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
