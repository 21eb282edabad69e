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
    from ..models.related_invoices_dto import RelatedInvoicesDTO


T = TypeVar("T", bound="InfoDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("relatedInvoices", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class InfoDTO(LazyModel):
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
        self._tx_load()
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
        """A InfoDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.related_invoices_dto import RelatedInvoicesDTO  # noqa: PLC0415

        def _p_related_invoices(_tx_v: Any) -> list[RelatedInvoicesDTO] | Unset:
            _related_invoices = _tx_v
            related_invoices: list[RelatedInvoicesDTO] | Unset = UNSET
            if _related_invoices is not UNSET:
                related_invoices = []
                for related_invoices_item_data in _related_invoices:
                    if related_invoices_item_data is None:
                        continue
                    related_invoices_item = RelatedInvoicesDTO._tx_from_json(related_invoices_item_data)

                    related_invoices.append(related_invoices_item)

            return related_invoices

        _tx_known: frozenset[str] = frozenset(
            (
                "internalComment",
                "postponedReminderDate",
                "relatedInvoices",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "internal_comment": ("internalComment", None),
            "postponed_reminder_date": ("postponedReminderDate", None),
            "related_invoices": ("relatedInvoices", _p_related_invoices),
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
