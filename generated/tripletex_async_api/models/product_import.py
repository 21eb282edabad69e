from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_import_separator import ProductImportSeparator
from ..models.product_import_status import ProductImportStatus
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
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.product_import_header import ProductImportHeader
    from ..models.supplier import Supplier


T = TypeVar("T", bound="ProductImport")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("importFile", dict, False),
    ("separator", str, False),
    ("supplier", dict, False),
    ("status", str, False),
    ("productImportHeaders", list, False),
    ("employee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProductImport(LazyModel):
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
        """A ProductImport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product_import_header import ProductImportHeader  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415

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

        def _p_import_file(_tx_v: Any) -> Document | Unset:
            _import_file = _tx_v
            import_file: Document | Unset
            if isinstance(_import_file, Unset):
                import_file = UNSET
            else:
                import_file = Document._tx_from_json(_import_file)

            return import_file

        def _p_separator(_tx_v: Any) -> ProductImportSeparator | Unset:
            _separator = _tx_v
            separator: ProductImportSeparator | Unset
            if isinstance(_separator, Unset):
                separator = UNSET
            else:
                separator = ProductImportSeparator(_separator)

            return separator

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_status(_tx_v: Any) -> ProductImportStatus | Unset:
            _status = _tx_v
            status: ProductImportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ProductImportStatus(_status)

            return status

        def _p_product_import_headers(_tx_v: Any) -> list[ProductImportHeader] | Unset:
            _product_import_headers = _tx_v
            product_import_headers: list[ProductImportHeader] | Unset = UNSET
            if _product_import_headers is not UNSET:
                product_import_headers = []
                for product_import_headers_item_data in _product_import_headers:
                    if product_import_headers_item_data is None:
                        continue
                    product_import_headers_item = ProductImportHeader._tx_from_json(product_import_headers_item_data)

                    product_import_headers.append(product_import_headers_item)

            return product_import_headers

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "importFile",
                "separator",
                "supplier",
                "status",
                "productImportHeaders",
                "startDate",
                "employee",
                "countCreated",
                "countUpdated",
                "countIgnored",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "import_file": ("importFile", _p_import_file),
            "separator": ("separator", _p_separator),
            "supplier": ("supplier", _p_supplier),
            "status": ("status", _p_status),
            "product_import_headers": ("productImportHeaders", _p_product_import_headers),
            "start_date": ("startDate", None),
            "employee": ("employee", _p_employee),
            "count_created": ("countCreated", None),
            "count_updated": ("countUpdated", None),
            "count_ignored": ("countIgnored", None),
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
