from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.altinn_2_reception_receipt_message_severity import Altinn2ReceptionReceiptMessageSeverity
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.altinn_2_reception_receipt_message_deviation_info import Altinn2ReceptionReceiptMessageDeviationInfo
    from ..models.altinn_2_reception_receipt_message_position_info import Altinn2ReceptionReceiptMessagePositionInfo


T = TypeVar("T", bound="Altinn2ReceptionReceiptMessage")


@_attrs_define
class Altinn2ReceptionReceiptMessage(Model):
    """
    Attributes:
        severity (Altinn2ReceptionReceiptMessageSeverity | Unset):
        subject (str | Unset):
        description (str | Unset):
        field_name (str | Unset):
        deviation_info (Altinn2ReceptionReceiptMessageDeviationInfo | Unset):
        position_info (Altinn2ReceptionReceiptMessagePositionInfo | Unset):
        raw (str | Unset):
        xpath (str | Unset):
    """

    severity: Altinn2ReceptionReceiptMessageSeverity | Unset = UNSET
    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    field_name: str | Unset = UNSET
    deviation_info: Altinn2ReceptionReceiptMessageDeviationInfo | Unset = UNSET
    position_info: Altinn2ReceptionReceiptMessagePositionInfo | Unset = UNSET
    raw: str | Unset = UNSET
    xpath: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.severity
        if _v is not UNSET and not _in_request:
            field_dict["severity"] = _v._value_
        _v = self.subject
        if _v is not UNSET and not _in_request:
            field_dict["subject"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.field_name
        if _v is not UNSET and not _in_request:
            field_dict["fieldName"] = _v
        _v = self.deviation_info
        if _v is not UNSET:
            field_dict["deviationInfo"] = _v.to_dict()
        _v = self.position_info
        if _v is not UNSET:
            field_dict["positionInfo"] = _v.to_dict()
        _v = self.raw
        if _v is not UNSET and not _in_request:
            field_dict["raw"] = _v
        _v = self.xpath
        if _v is not UNSET and not _in_request:
            field_dict["xpath"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Altinn2ReceptionReceiptMessage from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Altinn2ReceptionReceiptMessage.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.altinn_2_reception_receipt_message_deviation_info import (
            Altinn2ReceptionReceiptMessageDeviationInfo,  # noqa: PLC0415
        )
        from ..models.altinn_2_reception_receipt_message_position_info import Altinn2ReceptionReceiptMessagePositionInfo  # noqa: PLC0415

        _new = object.__new__
        _e_severity: dict[Any, Any] = enum_members(Altinn2ReceptionReceiptMessageSeverity)
        _known: frozenset[str] = frozenset(
            (
                "severity",
                "subject",
                "description",
                "fieldName",
                "deviationInfo",
                "positionInfo",
                "raw",
                "xpath",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "subject": "subject",
            "description": "description",
            "fieldName": "field_name",
            "raw": "raw",
            "xpath": "xpath",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.severity = o.subject = o.description = o.field_name = o.deviation_info = o.position_info = (
                        o.raw
                    ) = o.xpath = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "severity"
                v = g("severity")
                if v is None:
                    o.severity = u
                    if "severity" not in d:
                        m += 1
                else:
                    o.severity = (
                        e_
                        if (e_ := _e_severity.get(v)) is not None
                        else enum_value(Altinn2ReceptionReceiptMessageSeverity, v)
                    )
                v = g("subject")
                if v is None:
                    o.subject = u
                    if "subject" not in d:
                        m += 1
                else:
                    o.subject = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("fieldName")
                if v is None:
                    o.field_name = u
                    if "fieldName" not in d:
                        m += 1
                else:
                    o.field_name = v
                k = "deviationInfo"
                v = g("deviationInfo")
                if v is None:
                    o.deviation_info = u
                    if "deviationInfo" not in d:
                        m += 1
                else:
                    o.deviation_info = Altinn2ReceptionReceiptMessageDeviationInfo._tx_parse(v)
                k = "positionInfo"
                v = g("positionInfo")
                if v is None:
                    o.position_info = u
                    if "positionInfo" not in d:
                        m += 1
                else:
                    o.position_info = Altinn2ReceptionReceiptMessagePositionInfo._tx_parse(v)
                v = g("raw")
                if v is None:
                    o.raw = u
                    if "raw" not in d:
                        m += 1
                else:
                    o.raw = v
                v = g("xpath")
                if v is None:
                    o.xpath = u
                    if "xpath" not in d:
                        m += 1
                else:
                    o.xpath = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("severity", "severity"),
            ("subject", "subject"),
            ("description", "description"),
            ("field_name", "fieldName"),
            ("deviation_info", "deviationInfo"),
            ("position_info", "positionInfo"),
            ("raw", "raw"),
            ("xpath", "xpath"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.severity
            o.severity = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_severity.get(v)) is not None
                else enum_value(Altinn2ReceptionReceiptMessageSeverity, v)
            )
            v = s.subject
            o.subject = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.field_name
            o.field_name = u if v is None else v
            v = s.deviation_info
            o.deviation_info = u if v is None or v is u else Altinn2ReceptionReceiptMessageDeviationInfo._tx_parse(v)
            v = s.position_info
            o.position_info = u if v is None or v is u else Altinn2ReceptionReceiptMessagePositionInfo._tx_parse(v)
            v = s.raw
            o.raw = u if v is None else v
            v = s.xpath
            o.xpath = u if v is None else v
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
