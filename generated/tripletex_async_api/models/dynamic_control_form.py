from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.dynamic_control_form_field_values import DynamicControlFormFieldValues
    from ..models.dynamic_control_form_template import DynamicControlFormTemplate
    from ..models.invoice import Invoice


T = TypeVar("T", bound="DynamicControlForm")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("originalTemplate", dict, False),
    ("fieldValues", dict, False),
    ("connectedInvoices", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DynamicControlForm(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        title (str | Unset):
        comment (str | Unset):
        project_id (int | Unset):
        original_template (DynamicControlFormTemplate | Unset):
        is_completed (bool | Unset):
        is_signed (bool | Unset): [read-only]
        document_id (int | Unset):
        add_to_invoice (int | Unset):
        field_values (DynamicControlFormFieldValues | Unset):
        is_sent_to_boligmappa (bool | Unset): [read-only]
        last_sent_to_boligmappa_date (str | Unset):
        is_invoiced (bool | Unset): [read-only]
        connected_invoices (list[Invoice] | Unset): [read-only]
        is_sent_with_email (bool | Unset): [read-only]
        last_sent_with_email_date (str | Unset):
        is_signed_samsvarserklaering_locked (bool | Unset): [read-only]
        guid (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    comment: str | Unset = UNSET
    project_id: int | Unset = UNSET
    original_template: DynamicControlFormTemplate | Unset = UNSET
    is_completed: bool | Unset = UNSET
    is_signed: bool | Unset = UNSET
    document_id: int | Unset = UNSET
    add_to_invoice: int | Unset = UNSET
    field_values: DynamicControlFormFieldValues | Unset = UNSET
    is_sent_to_boligmappa: bool | Unset = UNSET
    last_sent_to_boligmappa_date: str | Unset = UNSET
    is_invoiced: bool | Unset = UNSET
    connected_invoices: list[Invoice] | Unset = UNSET
    is_sent_with_email: bool | Unset = UNSET
    last_sent_with_email_date: str | Unset = UNSET
    is_signed_samsvarserklaering_locked: bool | Unset = UNSET
    guid: str | Unset = UNSET
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

        title = self.title

        comment = self.comment

        project_id = self.project_id

        original_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_template, Unset):
            original_template = self.original_template.to_dict()

        is_completed = self.is_completed

        is_signed = self.is_signed

        document_id = self.document_id

        add_to_invoice = self.add_to_invoice

        field_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_values, Unset):
            field_values = self.field_values.to_dict()

        is_sent_to_boligmappa = self.is_sent_to_boligmappa

        last_sent_to_boligmappa_date = self.last_sent_to_boligmappa_date

        is_invoiced = self.is_invoiced

        connected_invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connected_invoices, Unset):
            connected_invoices = []
            for connected_invoices_item_data in self.connected_invoices:
                connected_invoices_item = connected_invoices_item_data.to_dict()
                connected_invoices.append(connected_invoices_item)

        is_sent_with_email = self.is_sent_with_email

        last_sent_with_email_date = self.last_sent_with_email_date

        is_signed_samsvarserklaering_locked = self.is_signed_samsvarserklaering_locked

        guid = self.guid

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
        if title is not UNSET:
            field_dict["title"] = title
        if comment is not UNSET:
            field_dict["comment"] = comment
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if original_template is not UNSET:
            field_dict["originalTemplate"] = original_template
        if is_completed is not UNSET:
            field_dict["isCompleted"] = is_completed
        if is_signed is not UNSET and not _in_request:
            field_dict["isSigned"] = is_signed
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if add_to_invoice is not UNSET:
            field_dict["addToInvoice"] = add_to_invoice
        if field_values is not UNSET:
            field_dict["fieldValues"] = field_values
        if is_sent_to_boligmappa is not UNSET and not _in_request:
            field_dict["isSentToBoligmappa"] = is_sent_to_boligmappa
        if last_sent_to_boligmappa_date is not UNSET:
            field_dict["lastSentToBoligmappaDate"] = last_sent_to_boligmappa_date
        if is_invoiced is not UNSET and not _in_request:
            field_dict["isInvoiced"] = is_invoiced
        if connected_invoices is not UNSET and not _in_request:
            field_dict["connectedInvoices"] = connected_invoices
        if is_sent_with_email is not UNSET and not _in_request:
            field_dict["isSentWithEmail"] = is_sent_with_email
        if last_sent_with_email_date is not UNSET:
            field_dict["lastSentWithEmailDate"] = last_sent_with_email_date
        if is_signed_samsvarserklaering_locked is not UNSET and not _in_request:
            field_dict["isSignedSamsvarserklaeringLocked"] = is_signed_samsvarserklaering_locked
        if guid is not UNSET and not _in_request:
            field_dict["guid"] = guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DynamicControlForm from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.dynamic_control_form_field_values import DynamicControlFormFieldValues  # noqa: PLC0415
        from ..models.dynamic_control_form_template import DynamicControlFormTemplate  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415

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

        def _p_original_template(_tx_v: Any) -> DynamicControlFormTemplate | Unset:
            _original_template = _tx_v
            original_template: DynamicControlFormTemplate | Unset
            if isinstance(_original_template, Unset):
                original_template = UNSET
            else:
                original_template = DynamicControlFormTemplate._tx_from_json(_original_template)

            return original_template

        def _p_field_values(_tx_v: Any) -> DynamicControlFormFieldValues | Unset:
            _field_values = _tx_v
            field_values: DynamicControlFormFieldValues | Unset
            if isinstance(_field_values, Unset):
                field_values = UNSET
            else:
                field_values = DynamicControlFormFieldValues._tx_from_json(_field_values)

            return field_values

        def _p_connected_invoices(_tx_v: Any) -> list[Invoice] | Unset:
            _connected_invoices = _tx_v
            connected_invoices: list[Invoice] | Unset = UNSET
            if _connected_invoices is not UNSET:
                connected_invoices = []
                for connected_invoices_item_data in _connected_invoices:
                    if connected_invoices_item_data is None:
                        continue
                    connected_invoices_item = Invoice._tx_from_json(connected_invoices_item_data)

                    connected_invoices.append(connected_invoices_item)

            return connected_invoices

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "title",
                "comment",
                "projectId",
                "originalTemplate",
                "isCompleted",
                "isSigned",
                "documentId",
                "addToInvoice",
                "fieldValues",
                "isSentToBoligmappa",
                "lastSentToBoligmappaDate",
                "isInvoiced",
                "connectedInvoices",
                "isSentWithEmail",
                "lastSentWithEmailDate",
                "isSignedSamsvarserklaeringLocked",
                "guid",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "title": ("title", None),
            "comment": ("comment", None),
            "project_id": ("projectId", None),
            "original_template": ("originalTemplate", _p_original_template),
            "is_completed": ("isCompleted", None),
            "is_signed": ("isSigned", None),
            "document_id": ("documentId", None),
            "add_to_invoice": ("addToInvoice", None),
            "field_values": ("fieldValues", _p_field_values),
            "is_sent_to_boligmappa": ("isSentToBoligmappa", None),
            "last_sent_to_boligmappa_date": ("lastSentToBoligmappaDate", None),
            "is_invoiced": ("isInvoiced", None),
            "connected_invoices": ("connectedInvoices", _p_connected_invoices),
            "is_sent_with_email": ("isSentWithEmail", None),
            "last_sent_with_email_date": ("lastSentWithEmailDate", None),
            "is_signed_samsvarserklaering_locked": ("isSignedSamsvarserklaeringLocked", None),
            "guid": ("guid", None),
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
