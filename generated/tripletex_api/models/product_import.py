from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_import_separator import ProductImportSeparator
from ..models.product_import_status import ProductImportStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.product_import_header import ProductImportHeader
    from ..models.supplier import Supplier


T = TypeVar("T", bound="ProductImport")


@_attrs_define
class ProductImport:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        import_file (Document | Unset): [BETA] Attachments belonging to this order
        separator (ProductImportSeparator | Unset):
        supplier (Supplier | Unset):
        status (ProductImportStatus | Unset):
        product_import_headers (list[ProductImportHeader] | Unset): [read-only]
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
    separator: ProductImportSeparator | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    status: ProductImportStatus | Unset = UNSET
    product_import_headers: list[ProductImportHeader] | Unset = UNSET
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

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        product_import_headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_import_headers, Unset):
            product_import_headers = []
            for product_import_headers_item_data in self.product_import_headers:
                product_import_headers_item = product_import_headers_item_data.to_dict()
                product_import_headers.append(product_import_headers_item)

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
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if status is not UNSET:
            field_dict["status"] = status
        if product_import_headers is not UNSET and not _in_request:
            field_dict["productImportHeaders"] = product_import_headers
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
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product_import_header import ProductImportHeader  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415

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
        separator: ProductImportSeparator | Unset
        if isinstance(_separator, Unset):
            separator = UNSET
        else:
            separator = ProductImportSeparator(_separator)

        _supplier = d.pop("supplier", UNSET)
        supplier: Supplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = Supplier.from_dict(_supplier)

        _status = d.pop("status", UNSET)
        status: ProductImportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProductImportStatus(_status)

        _product_import_headers = d.pop("productImportHeaders", UNSET)
        product_import_headers: list[ProductImportHeader] | Unset = UNSET
        if _product_import_headers is not UNSET:
            product_import_headers = []
            for product_import_headers_item_data in _product_import_headers:
                if product_import_headers_item_data is None:
                    continue
                product_import_headers_item = ProductImportHeader.from_dict(product_import_headers_item_data)

                product_import_headers.append(product_import_headers_item)

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
            supplier=supplier,
            status=status,
            product_import_headers=product_import_headers,
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
