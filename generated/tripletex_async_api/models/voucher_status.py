from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_status_message import VoucherStatusMessage
from ..models.voucher_status_status import VoucherStatusStatus
from ..models.voucher_status_type import VoucherStatusType
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
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VoucherStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("voucher", dict, False),
    ("type", str, False),
    ("status", str, False),
    ("message", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VoucherStatus(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        voucher (Voucher | Unset):
        type_ (VoucherStatusType | Unset): [read-only] The type of process
        status (VoucherStatusStatus | Unset): Process status
        timestamp (str | Unset): [read-only] Time of last update
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

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        timestamp = self.timestamp

        message: str | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.value

        external_object_url = self.external_object_url

        comment = self.comment

        reference_number = self.reference_number

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
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if message is not UNSET:
            field_dict["message"] = message
        if external_object_url is not UNSET:
            field_dict["externalObjectUrl"] = external_object_url
        if comment is not UNSET:
            field_dict["comment"] = comment
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_type_(_tx_v: Any) -> VoucherStatusType | Unset:
            _type_ = _tx_v
            type_: VoucherStatusType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = VoucherStatusType(_type_)

            return type_

        def _p_status(_tx_v: Any) -> VoucherStatusStatus | Unset:
            _status = _tx_v
            status: VoucherStatusStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = VoucherStatusStatus(_status)

            return status

        def _p_message(_tx_v: Any) -> VoucherStatusMessage | Unset:
            _message = _tx_v
            message: VoucherStatusMessage | Unset
            if isinstance(_message, Unset):
                message = UNSET
            else:
                message = VoucherStatusMessage(_message)

            return message

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "voucher": ("voucher", _p_voucher),
            "type_": ("type", _p_type_),
            "status": ("status", _p_status),
            "timestamp": ("timestamp", None),
            "message": ("message", _p_message),
            "external_object_url": ("externalObjectUrl", None),
            "comment": ("comment", None),
            "reference_number": ("referenceNumber", None),
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
