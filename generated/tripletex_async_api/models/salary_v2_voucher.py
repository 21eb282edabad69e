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


T = TypeVar("T", bound="SalaryV2Voucher")


@_attrs_define
class SalaryV2Voucher(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        date (str | Unset):
        number (int | Unset): System generated number that cannot be changed.
        reverse_voucher (SalaryV2Voucher | Unset):
        number_as_string (str | Unset):
        url_details (str | Unset):
        deletable (bool | Unset):
        reversible (bool | Unset):
        ztl_or_auto_pay_in_progress (bool | Unset):
        not_deletable_message (str | Unset):
        description (str | Unset):
        attachment_id (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    date: str | Unset = UNSET
    number: int | Unset = UNSET
    reverse_voucher: SalaryV2Voucher | Unset = UNSET
    number_as_string: str | Unset = UNSET
    url_details: str | Unset = UNSET
    deletable: bool | Unset = UNSET
    reversible: bool | Unset = UNSET
    ztl_or_auto_pay_in_progress: bool | Unset = UNSET
    not_deletable_message: str | Unset = UNSET
    description: str | Unset = UNSET
    attachment_id: int | Unset = UNSET
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
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.reverse_voucher
        if _v is not UNSET:
            field_dict["reverseVoucher"] = _v.to_dict()
        _v = self.number_as_string
        if _v is not UNSET:
            field_dict["numberAsString"] = _v
        _v = self.url_details
        if _v is not UNSET:
            field_dict["urlDetails"] = _v
        _v = self.deletable
        if _v is not UNSET:
            field_dict["deletable"] = _v
        _v = self.reversible
        if _v is not UNSET:
            field_dict["reversible"] = _v
        _v = self.ztl_or_auto_pay_in_progress
        if _v is not UNSET:
            field_dict["ztlOrAutoPayInProgress"] = _v
        _v = self.not_deletable_message
        if _v is not UNSET:
            field_dict["notDeletableMessage"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.attachment_id
        if _v is not UNSET:
            field_dict["attachmentId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Voucher from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Voucher.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "date",
                "number",
                "reverseVoucher",
                "numberAsString",
                "urlDetails",
                "deletable",
                "reversible",
                "ztlOrAutoPayInProgress",
                "notDeletableMessage",
                "description",
                "attachmentId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "number": "number",
            "numberAsString": "number_as_string",
            "urlDetails": "url_details",
            "deletable": "deletable",
            "reversible": "reversible",
            "ztlOrAutoPayInProgress": "ztl_or_auto_pay_in_progress",
            "notDeletableMessage": "not_deletable_message",
            "description": "description",
            "attachmentId": "attachment_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.date = o.number = o.reverse_voucher = (
                        o.number_as_string
                    ) = o.url_details = o.deletable = o.reversible = o.ztl_or_auto_pay_in_progress = (
                        o.not_deletable_message
                    ) = o.description = o.attachment_id = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.date = o.number = o.reverse_voucher = (
                        o.number_as_string
                    ) = o.url_details = o.deletable = o.reversible = o.ztl_or_auto_pay_in_progress = (
                        o.not_deletable_message
                    ) = o.description = o.attachment_id = UNSET
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
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                k = "reverseVoucher"
                v = g("reverseVoucher")
                if v is None:
                    o.reverse_voucher = u
                    if "reverseVoucher" not in d:
                        m += 1
                else:
                    o.reverse_voucher = SalaryV2Voucher._tx_parse(v)
                v = g("numberAsString")
                if v is None:
                    o.number_as_string = u
                    if "numberAsString" not in d:
                        m += 1
                else:
                    o.number_as_string = v
                v = g("urlDetails")
                if v is None:
                    o.url_details = u
                    if "urlDetails" not in d:
                        m += 1
                else:
                    o.url_details = v
                v = g("deletable")
                if v is None:
                    o.deletable = u
                    if "deletable" not in d:
                        m += 1
                else:
                    o.deletable = v
                v = g("reversible")
                if v is None:
                    o.reversible = u
                    if "reversible" not in d:
                        m += 1
                else:
                    o.reversible = v
                v = g("ztlOrAutoPayInProgress")
                if v is None:
                    o.ztl_or_auto_pay_in_progress = u
                    if "ztlOrAutoPayInProgress" not in d:
                        m += 1
                else:
                    o.ztl_or_auto_pay_in_progress = v
                v = g("notDeletableMessage")
                if v is None:
                    o.not_deletable_message = u
                    if "notDeletableMessage" not in d:
                        m += 1
                else:
                    o.not_deletable_message = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("attachmentId")
                if v is None:
                    o.attachment_id = u
                    if "attachmentId" not in d:
                        m += 1
                else:
                    o.attachment_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("date", "date"),
            ("number", "number"),
            ("reverse_voucher", "reverseVoucher"),
            ("number_as_string", "numberAsString"),
            ("url_details", "urlDetails"),
            ("deletable", "deletable"),
            ("reversible", "reversible"),
            ("ztl_or_auto_pay_in_progress", "ztlOrAutoPayInProgress"),
            ("not_deletable_message", "notDeletableMessage"),
            ("description", "description"),
            ("attachment_id", "attachmentId"),
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
            v = s.date
            o.date = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.reverse_voucher
            o.reverse_voucher = u if v is None or v is u else SalaryV2Voucher._tx_parse(v)
            v = s.number_as_string
            o.number_as_string = u if v is None else v
            v = s.url_details
            o.url_details = u if v is None else v
            v = s.deletable
            o.deletable = u if v is None else v
            v = s.reversible
            o.reversible = u if v is None else v
            v = s.ztl_or_auto_pay_in_progress
            o.ztl_or_auto_pay_in_progress = u if v is None else v
            v = s.not_deletable_message
            o.not_deletable_message = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.attachment_id
            o.attachment_id = u if v is None else v
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
