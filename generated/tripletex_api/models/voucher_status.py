from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_status_message import VoucherStatusMessage
from ..models.voucher_status_status import VoucherStatusStatus
from ..models.voucher_status_type import VoucherStatusType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.voucher import Voucher


T = TypeVar("T", bound="VoucherStatus")


@_attrs_define
class VoucherStatus:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        _type_ = d.pop("type", UNSET)
        type_: VoucherStatusType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VoucherStatusType(_type_)

        _status = d.pop("status", UNSET)
        status: VoucherStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VoucherStatusStatus(_status)

        timestamp = d.pop("timestamp", UNSET)

        _message = d.pop("message", UNSET)
        message: VoucherStatusMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = VoucherStatusMessage(_message)

        external_object_url = d.pop("externalObjectUrl", UNSET)

        comment = d.pop("comment", UNSET)

        reference_number = d.pop("referenceNumber", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            voucher=voucher,
            type_=type_,
            status=status,
            timestamp=timestamp,
            message=message,
            external_object_url=external_object_url,
            comment=comment,
            reference_number=reference_number,
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
