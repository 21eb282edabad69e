from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.related_invoices_dto import RelatedInvoicesDTO


T = TypeVar("T", bound="InfoDTO")


@_attrs_define
class InfoDTO:
    """
    Attributes:
        internal_comment (str | Unset): [read-only]
        postponed_reminder_date (str | Unset): [read-only]
        related_invoices (list[RelatedInvoicesDTO] | Unset): [read-only]
    """

    internal_comment: str | Unset = UNSET
    postponed_reminder_date: str | Unset = UNSET
    related_invoices: list[RelatedInvoicesDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        internal_comment = self.internal_comment

        postponed_reminder_date = self.postponed_reminder_date

        related_invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_invoices, Unset):
            related_invoices = []
            for related_invoices_item_data in self.related_invoices:
                related_invoices_item = related_invoices_item_data.to_dict()
                related_invoices.append(related_invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_comment is not UNSET and not _in_request:
            field_dict["internalComment"] = internal_comment
        if postponed_reminder_date is not UNSET and not _in_request:
            field_dict["postponedReminderDate"] = postponed_reminder_date
        if related_invoices is not UNSET and not _in_request:
            field_dict["relatedInvoices"] = related_invoices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.related_invoices_dto import RelatedInvoicesDTO  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        internal_comment = d.pop("internalComment", UNSET)

        postponed_reminder_date = d.pop("postponedReminderDate", UNSET)

        _related_invoices = d.pop("relatedInvoices", UNSET)
        related_invoices: list[RelatedInvoicesDTO] | Unset = UNSET
        if _related_invoices is not UNSET:
            related_invoices = []
            for related_invoices_item_data in _related_invoices:
                if related_invoices_item_data is None:
                    continue
                related_invoices_item = RelatedInvoicesDTO.from_dict(related_invoices_item_data)

                related_invoices.append(related_invoices_item)

        _obj = cls(
            internal_comment=internal_comment,
            postponed_reminder_date=postponed_reminder_date,
            related_invoices=related_invoices,
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
