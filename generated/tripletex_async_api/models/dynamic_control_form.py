from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.dynamic_control_form_field_values import DynamicControlFormFieldValues
    from ..models.dynamic_control_form_template import DynamicControlFormTemplate
    from ..models.invoice import Invoice


T = TypeVar("T", bound="DynamicControlForm")


@_attrs_define
class DynamicControlForm(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        title (str | Unset):
        comment (str | Unset):
        project_id (int | Unset):
        original_template (DynamicControlFormTemplate | Unset):
        is_completed (bool | Unset):
        is_signed (bool | Unset):
        document_id (int | Unset):
        add_to_invoice (int | Unset):
        field_values (DynamicControlFormFieldValues | Unset):
        is_sent_to_boligmappa (bool | Unset):
        last_sent_to_boligmappa_date (str | Unset):
        is_invoiced (bool | Unset):
        connected_invoices (list[Invoice] | Unset):
        is_sent_with_email (bool | Unset):
        last_sent_with_email_date (str | Unset):
        is_signed_samsvarserklaering_locked (bool | Unset):
        guid (str | Unset):
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
        _v = self.title
        if _v is not UNSET:
            field_dict["title"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.project_id
        if _v is not UNSET:
            field_dict["projectId"] = _v
        _v = self.original_template
        if _v is not UNSET:
            field_dict["originalTemplate"] = _v.to_dict()
        _v = self.is_completed
        if _v is not UNSET:
            field_dict["isCompleted"] = _v
        _v = self.is_signed
        if _v is not UNSET and not _in_request:
            field_dict["isSigned"] = _v
        _v = self.document_id
        if _v is not UNSET:
            field_dict["documentId"] = _v
        _v = self.add_to_invoice
        if _v is not UNSET:
            field_dict["addToInvoice"] = _v
        _v = self.field_values
        if _v is not UNSET:
            field_dict["fieldValues"] = _v.to_dict()
        _v = self.is_sent_to_boligmappa
        if _v is not UNSET and not _in_request:
            field_dict["isSentToBoligmappa"] = _v
        _v = self.last_sent_to_boligmappa_date
        if _v is not UNSET:
            field_dict["lastSentToBoligmappaDate"] = _v
        _v = self.is_invoiced
        if _v is not UNSET and not _in_request:
            field_dict["isInvoiced"] = _v
        _v = self.connected_invoices
        if _v is not UNSET and not _in_request:
            field_dict["connectedInvoices"] = [_e.to_dict() for _e in _v]
        _v = self.is_sent_with_email
        if _v is not UNSET and not _in_request:
            field_dict["isSentWithEmail"] = _v
        _v = self.last_sent_with_email_date
        if _v is not UNSET:
            field_dict["lastSentWithEmailDate"] = _v
        _v = self.is_signed_samsvarserklaering_locked
        if _v is not UNSET and not _in_request:
            field_dict["isSignedSamsvarserklaeringLocked"] = _v
        _v = self.guid
        if _v is not UNSET and not _in_request:
            field_dict["guid"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DynamicControlForm from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DynamicControlForm.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.dynamic_control_form_field_values import DynamicControlFormFieldValues  # noqa: PLC0415
        from ..models.dynamic_control_form_template import DynamicControlFormTemplate  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "title": "title",
            "comment": "comment",
            "projectId": "project_id",
            "isCompleted": "is_completed",
            "isSigned": "is_signed",
            "documentId": "document_id",
            "addToInvoice": "add_to_invoice",
            "isSentToBoligmappa": "is_sent_to_boligmappa",
            "lastSentToBoligmappaDate": "last_sent_to_boligmappa_date",
            "isInvoiced": "is_invoiced",
            "isSentWithEmail": "is_sent_with_email",
            "lastSentWithEmailDate": "last_sent_with_email_date",
            "isSignedSamsvarserklaeringLocked": "is_signed_samsvarserklaering_locked",
            "guid": "guid",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.title = o.comment = o.project_id = o.original_template = (
                        o.is_completed
                    ) = o.is_signed = o.document_id = o.add_to_invoice = o.field_values = o.is_sent_to_boligmappa = (
                        o.last_sent_to_boligmappa_date
                    ) = o.is_invoiced = o.connected_invoices = o.is_sent_with_email = o.last_sent_with_email_date = (
                        o.is_signed_samsvarserklaering_locked
                    ) = o.guid = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.title = o.comment = o.project_id = o.original_template = (
                        o.is_completed
                    ) = o.is_signed = o.document_id = o.add_to_invoice = o.field_values = o.is_sent_to_boligmappa = (
                        o.last_sent_to_boligmappa_date
                    ) = o.is_invoiced = o.connected_invoices = o.is_sent_with_email = o.last_sent_with_email_date = (
                        o.is_signed_samsvarserklaering_locked
                    ) = o.guid = UNSET
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
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                k = "originalTemplate"
                v = g("originalTemplate")
                if v is None:
                    o.original_template = u
                    if "originalTemplate" not in d:
                        m += 1
                else:
                    o.original_template = DynamicControlFormTemplate._tx_parse(v)
                v = g("isCompleted")
                if v is None:
                    o.is_completed = u
                    if "isCompleted" not in d:
                        m += 1
                else:
                    o.is_completed = v
                v = g("isSigned")
                if v is None:
                    o.is_signed = u
                    if "isSigned" not in d:
                        m += 1
                else:
                    o.is_signed = v
                v = g("documentId")
                if v is None:
                    o.document_id = u
                    if "documentId" not in d:
                        m += 1
                else:
                    o.document_id = v
                v = g("addToInvoice")
                if v is None:
                    o.add_to_invoice = u
                    if "addToInvoice" not in d:
                        m += 1
                else:
                    o.add_to_invoice = v
                k = "fieldValues"
                v = g("fieldValues")
                if v is None:
                    o.field_values = u
                    if "fieldValues" not in d:
                        m += 1
                else:
                    o.field_values = DynamicControlFormFieldValues._tx_parse(v)
                v = g("isSentToBoligmappa")
                if v is None:
                    o.is_sent_to_boligmappa = u
                    if "isSentToBoligmappa" not in d:
                        m += 1
                else:
                    o.is_sent_to_boligmappa = v
                v = g("lastSentToBoligmappaDate")
                if v is None:
                    o.last_sent_to_boligmappa_date = u
                    if "lastSentToBoligmappaDate" not in d:
                        m += 1
                else:
                    o.last_sent_to_boligmappa_date = v
                v = g("isInvoiced")
                if v is None:
                    o.is_invoiced = u
                    if "isInvoiced" not in d:
                        m += 1
                else:
                    o.is_invoiced = v
                k = "connectedInvoices"
                v = g("connectedInvoices")
                if v is None:
                    o.connected_invoices = u
                    if "connectedInvoices" not in d:
                        m += 1
                else:
                    o.connected_invoices = (
                        ([Invoice._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("isSentWithEmail")
                if v is None:
                    o.is_sent_with_email = u
                    if "isSentWithEmail" not in d:
                        m += 1
                else:
                    o.is_sent_with_email = v
                v = g("lastSentWithEmailDate")
                if v is None:
                    o.last_sent_with_email_date = u
                    if "lastSentWithEmailDate" not in d:
                        m += 1
                else:
                    o.last_sent_with_email_date = v
                v = g("isSignedSamsvarserklaeringLocked")
                if v is None:
                    o.is_signed_samsvarserklaering_locked = u
                    if "isSignedSamsvarserklaeringLocked" not in d:
                        m += 1
                else:
                    o.is_signed_samsvarserklaering_locked = v
                v = g("guid")
                if v is None:
                    o.guid = u
                    if "guid" not in d:
                        m += 1
                else:
                    o.guid = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("title", "title"),
            ("comment", "comment"),
            ("project_id", "projectId"),
            ("original_template", "originalTemplate"),
            ("is_completed", "isCompleted"),
            ("is_signed", "isSigned"),
            ("document_id", "documentId"),
            ("add_to_invoice", "addToInvoice"),
            ("field_values", "fieldValues"),
            ("is_sent_to_boligmappa", "isSentToBoligmappa"),
            ("last_sent_to_boligmappa_date", "lastSentToBoligmappaDate"),
            ("is_invoiced", "isInvoiced"),
            ("connected_invoices", "connectedInvoices"),
            ("is_sent_with_email", "isSentWithEmail"),
            ("last_sent_with_email_date", "lastSentWithEmailDate"),
            ("is_signed_samsvarserklaering_locked", "isSignedSamsvarserklaeringLocked"),
            ("guid", "guid"),
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
            v = s.title
            o.title = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.original_template
            o.original_template = u if v is None or v is u else DynamicControlFormTemplate._tx_parse(v)
            v = s.is_completed
            o.is_completed = u if v is None else v
            v = s.is_signed
            o.is_signed = u if v is None else v
            v = s.document_id
            o.document_id = u if v is None else v
            v = s.add_to_invoice
            o.add_to_invoice = u if v is None else v
            v = s.field_values
            o.field_values = u if v is None or v is u else DynamicControlFormFieldValues._tx_parse(v)
            v = s.is_sent_to_boligmappa
            o.is_sent_to_boligmappa = u if v is None else v
            v = s.last_sent_to_boligmappa_date
            o.last_sent_to_boligmappa_date = u if v is None else v
            v = s.is_invoiced
            o.is_invoiced = u if v is None else v
            v = s.connected_invoices
            o.connected_invoices = (
                u
                if v is None or v is u
                else ([Invoice._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.is_sent_with_email
            o.is_sent_with_email = u if v is None else v
            v = s.last_sent_with_email_date
            o.last_sent_with_email_date = u if v is None else v
            v = s.is_signed_samsvarserklaering_locked
            o.is_signed_samsvarserklaering_locked = u if v is None else v
            v = s.guid
            o.guid = u if v is None else v
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
