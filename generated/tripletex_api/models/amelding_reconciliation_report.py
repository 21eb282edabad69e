from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.a07_details import A07Details
    from ..models.change import Change


T = TypeVar("T", bound="AmeldingReconciliationReport")


@_attrs_define
class AmeldingReconciliationReport:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        archive_reference (str | Unset): [read-only]
        reconciliation_timestamp (str | Unset): [read-only]
        from_ (str | Unset): [read-only]
        to (str | Unset): [read-only]
        details (A07Details | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    archive_reference: str | Unset = UNSET
    reconciliation_timestamp: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    details: A07Details | Unset = UNSET
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

        archive_reference = self.archive_reference

        reconciliation_timestamp = self.reconciliation_timestamp

        from_ = self.from_

        to = self.to

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

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
        if archive_reference is not UNSET and not _in_request:
            field_dict["archiveReference"] = archive_reference
        if reconciliation_timestamp is not UNSET and not _in_request:
            field_dict["reconciliationTimestamp"] = reconciliation_timestamp
        if from_ is not UNSET and not _in_request:
            field_dict["from"] = from_
        if to is not UNSET and not _in_request:
            field_dict["to"] = to
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.a07_details import A07Details  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        archive_reference = d.pop("archiveReference", UNSET)

        reconciliation_timestamp = d.pop("reconciliationTimestamp", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _details = d.pop("details", UNSET)
        details: A07Details | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = A07Details.from_dict(_details)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            archive_reference=archive_reference,
            reconciliation_timestamp=reconciliation_timestamp,
            from_=from_,
            to=to,
            details=details,
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
