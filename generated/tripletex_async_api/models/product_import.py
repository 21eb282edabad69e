from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_import_separator import ProductImportSeparator
from ..models.product_import_status import ProductImportStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.product_import_header import ProductImportHeader
    from ..models.supplier import Supplier


T = TypeVar("T", bound="ProductImport")


@_attrs_define
class ProductImport(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        import_file (Document | Unset): [BETA] Attachments belonging to this order
        separator (ProductImportSeparator | Unset):
        supplier (Supplier | Unset):
        status (ProductImportStatus | Unset):
        product_import_headers (list[ProductImportHeader] | Unset):
        start_date (str | Unset):
        employee (Employee | Unset):
        count_created (int | Unset):
        count_updated (int | Unset):
        count_ignored (int | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.import_file
        if _v is not UNSET:
            field_dict["importFile"] = _v.to_dict()
        _v = self.separator
        if _v is not UNSET:
            field_dict["separator"] = _v._value_
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.product_import_headers
        if _v is not UNSET and not _in_request:
            field_dict["productImportHeaders"] = [_e.to_dict() for _e in _v]
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.count_created
        if _v is not UNSET and not _in_request:
            field_dict["countCreated"] = _v
        _v = self.count_updated
        if _v is not UNSET and not _in_request:
            field_dict["countUpdated"] = _v
        _v = self.count_ignored
        if _v is not UNSET and not _in_request:
            field_dict["countIgnored"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductImport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductImport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.product_import_header import ProductImportHeader  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415

        _new = object.__new__
        _e_separator: dict[Any, Any] = enum_members(ProductImportSeparator)
        _e_status: dict[Any, Any] = enum_members(ProductImportStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "startDate": "start_date",
            "countCreated": "count_created",
            "countUpdated": "count_updated",
            "countIgnored": "count_ignored",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.import_file = o.separator = o.supplier = o.status = (
                        o.product_import_headers
                    ) = o.start_date = o.employee = o.count_created = o.count_updated = o.count_ignored = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.import_file = o.separator = o.supplier = o.status = (
                        o.product_import_headers
                    ) = o.start_date = o.employee = o.count_created = o.count_updated = o.count_ignored = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "importFile"
                v = g("importFile")
                if v is None:
                    o.import_file = u
                    if "importFile" not in d:
                        m += 1
                else:
                    o.import_file = Document._tx_parse(v)
                k = "separator"
                v = g("separator")
                if v is None:
                    o.separator = u
                    if "separator" not in d:
                        m += 1
                else:
                    o.separator = (
                        e_ if (e_ := _e_separator.get(v)) is not None else enum_value(ProductImportSeparator, v)
                    )
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(ProductImportStatus, v)
                k = "productImportHeaders"
                v = g("productImportHeaders")
                if v is None:
                    o.product_import_headers = u
                    if "productImportHeaders" not in d:
                        m += 1
                else:
                    o.product_import_headers = (
                        ([ProductImportHeader._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("countCreated")
                if v is None:
                    o.count_created = u
                    if "countCreated" not in d:
                        m += 1
                else:
                    o.count_created = v
                v = g("countUpdated")
                if v is None:
                    o.count_updated = u
                    if "countUpdated" not in d:
                        m += 1
                else:
                    o.count_updated = v
                v = g("countIgnored")
                if v is None:
                    o.count_ignored = u
                    if "countIgnored" not in d:
                        m += 1
                else:
                    o.count_ignored = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("import_file", "importFile"),
            ("separator", "separator"),
            ("supplier", "supplier"),
            ("status", "status"),
            ("product_import_headers", "productImportHeaders"),
            ("start_date", "startDate"),
            ("employee", "employee"),
            ("count_created", "countCreated"),
            ("count_updated", "countUpdated"),
            ("count_ignored", "countIgnored"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.import_file
            o.import_file = u if v is None or v is u else Document._tx_parse(v)
            v = s.separator
            o.separator = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_separator.get(v)) is not None
                else enum_value(ProductImportSeparator, v)
            )
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(ProductImportStatus, v)
            )
            v = s.product_import_headers
            o.product_import_headers = (
                u
                if v is None or v is u
                else ([ProductImportHeader._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.count_created
            o.count_created = u if v is None else v
            v = s.count_updated
            o.count_updated = u if v is None else v
            v = s.count_ignored
            o.count_ignored = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
