from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.attestation import Attestation
    from ..models.attestation_approver import AttestationApprover
    from ..models.change import Change


T = TypeVar("T", bound="AttestationLevel")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("attestation", dict, False),
    ("attestationApprovers", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationLevel(LazyModel):
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
        """A AttestationLevel from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.attestation import Attestation  # noqa: PLC0415
        from ..models.attestation_approver import AttestationApprover  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        def _p_attestation(_tx_v: Any) -> Attestation | Unset:
            _attestation = _tx_v
            attestation: Attestation | Unset
            if isinstance(_attestation, Unset):
                attestation = UNSET
            else:
                attestation = Attestation._tx_from_json(_attestation)

            return attestation

        def _p_attestation_approvers(_tx_v: Any) -> list[AttestationApprover] | Unset:
            _attestation_approvers = _tx_v
            attestation_approvers: list[AttestationApprover] | Unset = UNSET
            if _attestation_approvers is not UNSET:
                attestation_approvers = []
                for attestation_approvers_item_data in _attestation_approvers:
                    if attestation_approvers_item_data is None:
                        continue
                    attestation_approvers_item = AttestationApprover._tx_from_json(attestation_approvers_item_data)

                    attestation_approvers.append(attestation_approvers_item)

            return attestation_approvers

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "attestation",
                "sequence",
                "requiredApproverCount",
                "minAmount",
                "attestationApprovers",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "attestation": ("attestation", _p_attestation),
            "sequence": ("sequence", None),
            "required_approver_count": ("requiredApproverCount", None),
            "min_amount": ("minAmount", None),
            "attestation_approvers": ("attestationApprovers", _p_attestation_approvers),
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
