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
    from ..models.change import Change


T = TypeVar("T", bound="SalaryV2Voucher")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("reverseVoucher", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Voucher(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        date (str | Unset):
        number (int | Unset): [read-only] System generated number that cannot be changed.
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

        date = self.date

        number = self.number

        reverse_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reverse_voucher, Unset):
            reverse_voucher = self.reverse_voucher.to_dict()

        number_as_string = self.number_as_string

        url_details = self.url_details

        deletable = self.deletable

        reversible = self.reversible

        ztl_or_auto_pay_in_progress = self.ztl_or_auto_pay_in_progress

        not_deletable_message = self.not_deletable_message

        description = self.description

        attachment_id = self.attachment_id

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
        if date is not UNSET:
            field_dict["date"] = date
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if reverse_voucher is not UNSET:
            field_dict["reverseVoucher"] = reverse_voucher
        if number_as_string is not UNSET:
            field_dict["numberAsString"] = number_as_string
        if url_details is not UNSET:
            field_dict["urlDetails"] = url_details
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if reversible is not UNSET:
            field_dict["reversible"] = reversible
        if ztl_or_auto_pay_in_progress is not UNSET:
            field_dict["ztlOrAutoPayInProgress"] = ztl_or_auto_pay_in_progress
        if not_deletable_message is not UNSET:
            field_dict["notDeletableMessage"] = not_deletable_message
        if description is not UNSET:
            field_dict["description"] = description
        if attachment_id is not UNSET:
            field_dict["attachmentId"] = attachment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Voucher from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_reverse_voucher(_tx_v: Any) -> SalaryV2Voucher | Unset:
            _reverse_voucher = _tx_v
            reverse_voucher: SalaryV2Voucher | Unset
            if isinstance(_reverse_voucher, Unset):
                reverse_voucher = UNSET
            else:
                reverse_voucher = SalaryV2Voucher._tx_from_json(_reverse_voucher)

            return reverse_voucher

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "date": ("date", None),
            "number": ("number", None),
            "reverse_voucher": ("reverseVoucher", _p_reverse_voucher),
            "number_as_string": ("numberAsString", None),
            "url_details": ("urlDetails", None),
            "deletable": ("deletable", None),
            "reversible": ("reversible", None),
            "ztl_or_auto_pay_in_progress": ("ztlOrAutoPayInProgress", None),
            "not_deletable_message": ("notDeletableMessage", None),
            "description": ("description", None),
            "attachment_id": ("attachmentId", None),
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
