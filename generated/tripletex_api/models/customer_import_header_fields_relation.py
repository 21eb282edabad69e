from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.customer_import import CustomerImport
    from ..models.customer_import_field import CustomerImportField
    from ..models.customer_import_header import CustomerImportHeader


T = TypeVar("T", bound="CustomerImportHeaderFieldsRelation")


@_attrs_define
class CustomerImportHeaderFieldsRelation:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        import_component (CustomerImport | Unset):
        header (CustomerImportHeader | Unset):
        field (CustomerImportField | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    import_component: CustomerImport | Unset = UNSET
    header: CustomerImportHeader | Unset = UNSET
    field: CustomerImportField | Unset = UNSET
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

        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict()

        field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field, Unset):
            field = self.field.to_dict()

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
        if header is not UNSET:
            field_dict["header"] = header
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer_import import CustomerImport  # noqa: PLC0415
        from ..models.customer_import_field import CustomerImportField  # noqa: PLC0415
        from ..models.customer_import_header import CustomerImportHeader  # noqa: PLC0415

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
        import_component: CustomerImport | Unset
        if isinstance(_import_component, Unset):
            import_component = UNSET
        else:
            import_component = CustomerImport.from_dict(_import_component)

        _header = d.pop("header", UNSET)
        header: CustomerImportHeader | Unset
        if isinstance(_header, Unset):
            header = UNSET
        else:
            header = CustomerImportHeader.from_dict(_header)

        _field = d.pop("field", UNSET)
        field: CustomerImportField | Unset
        if isinstance(_field, Unset):
            field = UNSET
        else:
            field = CustomerImportField.from_dict(_field)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            import_component=import_component,
            header=header,
            field=field,
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
