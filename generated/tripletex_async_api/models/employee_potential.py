from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_potential_row_status import EmployeePotentialRowStatus
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
    from ..models.employee_import import EmployeeImport
    from ..models.employee_import_row_content import EmployeeImportRowContent
    from ..models.import_row_error_message import ImportRowErrorMessage


T = TypeVar("T", bound="EmployeePotential")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("importComponent", dict, False),
    ("rowContent", dict, False),
    ("errorMessage", list, False),
    ("rowStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class EmployeePotential(LazyModel):
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
        """A EmployeePotential from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee_import import EmployeeImport  # noqa: PLC0415
        from ..models.employee_import_row_content import EmployeeImportRowContent  # noqa: PLC0415
        from ..models.import_row_error_message import ImportRowErrorMessage  # noqa: PLC0415

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

        def _p_import_component(_tx_v: Any) -> EmployeeImport | Unset:
            _import_component = _tx_v
            import_component: EmployeeImport | Unset
            if isinstance(_import_component, Unset):
                import_component = UNSET
            else:
                import_component = EmployeeImport._tx_from_json(_import_component)

            return import_component

        def _p_row_content(_tx_v: Any) -> EmployeeImportRowContent | Unset:
            _row_content = _tx_v
            row_content: EmployeeImportRowContent | Unset
            if isinstance(_row_content, Unset):
                row_content = UNSET
            else:
                row_content = EmployeeImportRowContent._tx_from_json(_row_content)

            return row_content

        def _p_error_message(_tx_v: Any) -> list[ImportRowErrorMessage] | Unset:
            _error_message = _tx_v
            error_message: list[ImportRowErrorMessage] | Unset = UNSET
            if _error_message is not UNSET:
                error_message = []
                for error_message_item_data in _error_message:
                    if error_message_item_data is None:
                        continue
                    error_message_item = ImportRowErrorMessage._tx_from_json(error_message_item_data)

                    error_message.append(error_message_item)

            return error_message

        def _p_row_status(_tx_v: Any) -> EmployeePotentialRowStatus | Unset:
            _row_status = _tx_v
            row_status: EmployeePotentialRowStatus | Unset
            if isinstance(_row_status, Unset):
                row_status = UNSET
            else:
                row_status = EmployeePotentialRowStatus(_row_status)

            return row_status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "importComponent",
                "rowContent",
                "errorMessage",
                "rowStatus",
                "rowNumber",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "import_component": ("importComponent", _p_import_component),
            "row_content": ("rowContent", _p_row_content),
            "error_message": ("errorMessage", _p_error_message),
            "row_status": ("rowStatus", _p_row_status),
            "row_number": ("rowNumber", None),
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
