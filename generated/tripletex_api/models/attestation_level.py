from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.attestation import Attestation
    from ..models.attestation_approver import AttestationApprover
    from ..models.change import Change


T = TypeVar("T", bound="AttestationLevel")


@_attrs_define
class AttestationLevel:
    """Levels tied to this Attestation.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        attestation (Attestation | Unset): Attestation associated with the attestation object
        sequence (int | Unset):
        required_approver_count (int | Unset):
        min_amount (float | Unset):
        attestation_approvers (list[AttestationApprover] | Unset): Approvers tied to this Attestation Level.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    attestation: Attestation | Unset = UNSET
    sequence: int | Unset = UNSET
    required_approver_count: int | Unset = UNSET
    min_amount: float | Unset = UNSET
    attestation_approvers: list[AttestationApprover] | Unset = UNSET
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

        attestation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attestation, Unset):
            attestation = self.attestation.to_dict()

        sequence = self.sequence

        required_approver_count = self.required_approver_count

        min_amount = self.min_amount

        attestation_approvers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attestation_approvers, Unset):
            attestation_approvers = []
            for attestation_approvers_item_data in self.attestation_approvers:
                attestation_approvers_item = attestation_approvers_item_data.to_dict()
                attestation_approvers.append(attestation_approvers_item)

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
        if attestation is not UNSET:
            field_dict["attestation"] = attestation
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if required_approver_count is not UNSET:
            field_dict["requiredApproverCount"] = required_approver_count
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if attestation_approvers is not UNSET:
            field_dict["attestationApprovers"] = attestation_approvers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.attestation import Attestation  # noqa: PLC0415
        from ..models.attestation_approver import AttestationApprover  # noqa: PLC0415
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

        _attestation = d.pop("attestation", UNSET)
        attestation: Attestation | Unset
        if isinstance(_attestation, Unset):
            attestation = UNSET
        else:
            attestation = Attestation.from_dict(_attestation)

        sequence = d.pop("sequence", UNSET)

        required_approver_count = d.pop("requiredApproverCount", UNSET)

        min_amount = d.pop("minAmount", UNSET)

        _attestation_approvers = d.pop("attestationApprovers", UNSET)
        attestation_approvers: list[AttestationApprover] | Unset = UNSET
        if _attestation_approvers is not UNSET:
            attestation_approvers = []
            for attestation_approvers_item_data in _attestation_approvers:
                if attestation_approvers_item_data is None:
                    continue
                attestation_approvers_item = AttestationApprover.from_dict(attestation_approvers_item_data)

                attestation_approvers.append(attestation_approvers_item)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            attestation=attestation,
            sequence=sequence,
            required_approver_count=required_approver_count,
            min_amount=min_amount,
            attestation_approvers=attestation_approvers,
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
