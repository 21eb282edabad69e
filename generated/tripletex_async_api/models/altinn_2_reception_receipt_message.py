from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.altinn_2_reception_receipt_message_severity import Altinn2ReceptionReceiptMessageSeverity
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
    from ..models.altinn_2_reception_receipt_message_deviation_info import Altinn2ReceptionReceiptMessageDeviationInfo
    from ..models.altinn_2_reception_receipt_message_position_info import Altinn2ReceptionReceiptMessagePositionInfo


T = TypeVar("T", bound="Altinn2ReceptionReceiptMessage")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("severity", str, False),
    ("deviationInfo", dict, False),
    ("positionInfo", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Altinn2ReceptionReceiptMessage(LazyModel):
    """
    Attributes:
        severity (Altinn2ReceptionReceiptMessageSeverity | Unset): [read-only]
        subject (str | Unset): [read-only]
        description (str | Unset): [read-only]
        field_name (str | Unset): [read-only]
        deviation_info (Altinn2ReceptionReceiptMessageDeviationInfo | Unset):
        position_info (Altinn2ReceptionReceiptMessagePositionInfo | Unset):
        raw (str | Unset): [read-only]
        xpath (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        subject = self.subject

        description = self.description

        field_name = self.field_name

        deviation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deviation_info, Unset):
            deviation_info = self.deviation_info.to_dict()

        position_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position_info, Unset):
            position_info = self.position_info.to_dict()

        raw = self.raw

        xpath = self.xpath

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if severity is not UNSET and not _in_request:
            field_dict["severity"] = severity
        if subject is not UNSET and not _in_request:
            field_dict["subject"] = subject
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if field_name is not UNSET and not _in_request:
            field_dict["fieldName"] = field_name
        if deviation_info is not UNSET:
            field_dict["deviationInfo"] = deviation_info
        if position_info is not UNSET:
            field_dict["positionInfo"] = position_info
        if raw is not UNSET and not _in_request:
            field_dict["raw"] = raw
        if xpath is not UNSET and not _in_request:
            field_dict["xpath"] = xpath

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Altinn2ReceptionReceiptMessage from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.altinn_2_reception_receipt_message_deviation_info import (
            Altinn2ReceptionReceiptMessageDeviationInfo,  # noqa: PLC0415
        )
        from ..models.altinn_2_reception_receipt_message_position_info import Altinn2ReceptionReceiptMessagePositionInfo  # noqa: PLC0415

        def _p_severity(_tx_v: Any) -> Altinn2ReceptionReceiptMessageSeverity | Unset:
            _severity = _tx_v
            severity: Altinn2ReceptionReceiptMessageSeverity | Unset
            if isinstance(_severity, Unset):
                severity = UNSET
            else:
                severity = Altinn2ReceptionReceiptMessageSeverity(_severity)

            return severity

        def _p_deviation_info(_tx_v: Any) -> Altinn2ReceptionReceiptMessageDeviationInfo | Unset:
            _deviation_info = _tx_v
            deviation_info: Altinn2ReceptionReceiptMessageDeviationInfo | Unset
            if isinstance(_deviation_info, Unset):
                deviation_info = UNSET
            else:
                deviation_info = Altinn2ReceptionReceiptMessageDeviationInfo._tx_from_json(_deviation_info)

            return deviation_info

        def _p_position_info(_tx_v: Any) -> Altinn2ReceptionReceiptMessagePositionInfo | Unset:
            _position_info = _tx_v
            position_info: Altinn2ReceptionReceiptMessagePositionInfo | Unset
            if isinstance(_position_info, Unset):
                position_info = UNSET
            else:
                position_info = Altinn2ReceptionReceiptMessagePositionInfo._tx_from_json(_position_info)

            return position_info

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "severity": ("severity", _p_severity),
            "subject": ("subject", None),
            "description": ("description", None),
            "field_name": ("fieldName", None),
            "deviation_info": ("deviationInfo", _p_deviation_info),
            "position_info": ("positionInfo", _p_position_info),
            "raw": ("raw", None),
            "xpath": ("xpath", None),
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
