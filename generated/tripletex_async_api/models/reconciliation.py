from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_status import ReconciliationStatus
from ..models.reconciliation_type import ReconciliationType
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
    from ..models.customer import Customer
    from ..models.document import Document


T = TypeVar("T", bound="Reconciliation")


@_attrs_define
class Reconciliation(Model):
    """The reconciliation status of this term

    Example:
        COMPLETED

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        customer (Customer | Unset):
        year (int | Unset): The year of the reconciliation
        term (int | Unset): The term of the reconciliation
        document (Document | Unset): [BETA] Attachments belonging to this order
        type_ (ReconciliationType | Unset): The type of reconciliation, e.g., 'VAT', 'Bank', etc.
        status (ReconciliationStatus | Unset): The status of the reconciliation
        start_date (str | Unset): The start date of the reconciliation period
        end_date (str | Unset): The end date of the reconciliation period
        modifiable (bool | Unset): Indicates if the reconciliation is in a modifiable state
        requires_control (bool | Unset): Indicates if the reconciliation requires an additional control step after
            completion
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    year: int | Unset = UNSET
    term: int | Unset = UNSET
    document: Document | Unset = UNSET
    type_: ReconciliationType | Unset = UNSET
    status: ReconciliationStatus | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    modifiable: bool | Unset = UNSET
    requires_control: bool | Unset = UNSET
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
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.term
        if _v is not UNSET:
            field_dict["term"] = _v
        _v = self.document
        if _v is not UNSET:
            field_dict["document"] = _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.modifiable
        if _v is not UNSET and not _in_request:
            field_dict["modifiable"] = _v
        _v = self.requires_control
        if _v is not UNSET:
            field_dict["requiresControl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Reconciliation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Reconciliation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ReconciliationType)
        _e_status: dict[Any, Any] = enum_members(ReconciliationStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "customer",
                "year",
                "term",
                "document",
                "type",
                "status",
                "startDate",
                "endDate",
                "modifiable",
                "requiresControl",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "year": "year",
            "term": "term",
            "startDate": "start_date",
            "endDate": "end_date",
            "modifiable": "modifiable",
            "requiresControl": "requires_control",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.customer = o.year = o.term = o.document = o.type_ = (
                        o.status
                    ) = o.start_date = o.end_date = o.modifiable = o.requires_control = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.customer = o.year = o.term = o.document = o.type_ = (
                        o.status
                    ) = o.start_date = o.end_date = o.modifiable = o.requires_control = UNSET
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
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("term")
                if v is None:
                    o.term = u
                    if "term" not in d:
                        m += 1
                else:
                    o.term = v
                k = "document"
                v = g("document")
                if v is None:
                    o.document = u
                    if "document" not in d:
                        m += 1
                else:
                    o.document = Document._tx_parse(v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ReconciliationType, v)
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(ReconciliationStatus, v)
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("modifiable")
                if v is None:
                    o.modifiable = u
                    if "modifiable" not in d:
                        m += 1
                else:
                    o.modifiable = v
                v = g("requiresControl")
                if v is None:
                    o.requires_control = u
                    if "requiresControl" not in d:
                        m += 1
                else:
                    o.requires_control = v
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
            ("customer", "customer"),
            ("year", "year"),
            ("term", "term"),
            ("document", "document"),
            ("type_", "type"),
            ("status", "status"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("modifiable", "modifiable"),
            ("requires_control", "requiresControl"),
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
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.year
            o.year = u if v is None else v
            v = s.term
            o.term = u if v is None else v
            v = s.document
            o.document = u if v is None or v is u else Document._tx_parse(v)
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(ReconciliationType, v)
            )
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(ReconciliationStatus, v)
            )
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.modifiable
            o.modifiable = u if v is None else v
            v = s.requires_control
            o.requires_control = u if v is None else v
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
