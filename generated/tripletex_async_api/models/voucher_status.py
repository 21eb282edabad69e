from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_status_message import VoucherStatusMessage
from ..models.voucher_status_status import VoucherStatusStatus
from ..models.voucher_status_type import VoucherStatusType
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
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VoucherStatus")


@_attrs_define
class VoucherStatus(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        voucher (Voucher | Unset):
        type_ (VoucherStatusType | Unset): The type of process
        status (VoucherStatusStatus | Unset): Process status
        timestamp (str | Unset): Time of last update
        message (VoucherStatusMessage | Unset): 1 or 0 predefined status message
        external_object_url (str | Unset): Link to external object
        comment (str | Unset):
        reference_number (str | Unset): reference number to external object
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    type_: VoucherStatusType | Unset = UNSET
    status: VoucherStatusStatus | Unset = UNSET
    timestamp: str | Unset = UNSET
    message: VoucherStatusMessage | Unset = UNSET
    external_object_url: str | Unset = UNSET
    comment: str | Unset = UNSET
    reference_number: str | Unset = UNSET
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
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v._value_
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.timestamp
        if _v is not UNSET and not _in_request:
            field_dict["timestamp"] = _v
        _v = self.message
        if _v is not UNSET:
            field_dict["message"] = _v._value_
        _v = self.external_object_url
        if _v is not UNSET:
            field_dict["externalObjectUrl"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.reference_number
        if _v is not UNSET:
            field_dict["referenceNumber"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(VoucherStatusType)
        _e_status: dict[Any, Any] = enum_members(VoucherStatusStatus)
        _e_message: dict[Any, Any] = enum_members(VoucherStatusMessage)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "voucher",
                "type",
                "status",
                "timestamp",
                "message",
                "externalObjectUrl",
                "comment",
                "referenceNumber",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "timestamp": "timestamp",
            "externalObjectUrl": "external_object_url",
            "comment": "comment",
            "referenceNumber": "reference_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.voucher = o.type_ = o.status = o.timestamp = o.message = (
                        o.external_object_url
                    ) = o.comment = o.reference_number = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.voucher = o.type_ = o.status = o.timestamp = o.message = (
                        o.external_object_url
                    ) = o.comment = o.reference_number = UNSET
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
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(VoucherStatusType, v)
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(VoucherStatusStatus, v)
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                k = "message"
                v = g("message")
                if v is None:
                    o.message = u
                    if "message" not in d:
                        m += 1
                else:
                    o.message = e_ if (e_ := _e_message.get(v)) is not None else enum_value(VoucherStatusMessage, v)
                v = g("externalObjectUrl")
                if v is None:
                    o.external_object_url = u
                    if "externalObjectUrl" not in d:
                        m += 1
                else:
                    o.external_object_url = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("referenceNumber")
                if v is None:
                    o.reference_number = u
                    if "referenceNumber" not in d:
                        m += 1
                else:
                    o.reference_number = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("voucher", "voucher"),
            ("type_", "type"),
            ("status", "status"),
            ("timestamp", "timestamp"),
            ("message", "message"),
            ("external_object_url", "externalObjectUrl"),
            ("comment", "comment"),
            ("reference_number", "referenceNumber"),
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
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(VoucherStatusType, v)
            )
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(VoucherStatusStatus, v)
            )
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.message
            o.message = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_message.get(v)) is not None
                else enum_value(VoucherStatusMessage, v)
            )
            v = s.external_object_url
            o.external_object_url = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.reference_number
            o.reference_number = u if v is None else v
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
