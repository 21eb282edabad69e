from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.related_invoices_dto import RelatedInvoicesDTO


T = TypeVar("T", bound="InfoDTO")


@_attrs_define
class InfoDTO(Model):
    """
    Attributes:
        internal_comment (str | Unset):
        postponed_reminder_date (str | Unset):
        related_invoices (list[RelatedInvoicesDTO] | Unset):
    """

    internal_comment: str | Unset = UNSET
    postponed_reminder_date: str | Unset = UNSET
    related_invoices: list[RelatedInvoicesDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.internal_comment
        if _v is not UNSET and not _in_request:
            field_dict["internalComment"] = _v
        _v = self.postponed_reminder_date
        if _v is not UNSET and not _in_request:
            field_dict["postponedReminderDate"] = _v
        _v = self.related_invoices
        if _v is not UNSET and not _in_request:
            field_dict["relatedInvoices"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InfoDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InfoDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.related_invoices_dto import RelatedInvoicesDTO  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "internalComment",
                "postponedReminderDate",
                "relatedInvoices",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("internalComment")
                if v is None:
                    o.internal_comment = u
                    if "internalComment" not in d:
                        m += 1
                else:
                    o.internal_comment = v
                v = g("postponedReminderDate")
                if v is None:
                    o.postponed_reminder_date = u
                    if "postponedReminderDate" not in d:
                        m += 1
                else:
                    o.postponed_reminder_date = v
                k = "relatedInvoices"
                v = g("relatedInvoices")
                if v is None:
                    o.related_invoices = u
                    if "relatedInvoices" not in d:
                        m += 1
                else:
                    o.related_invoices = (
                        ([RelatedInvoicesDTO._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("internal_comment", "internalComment"),
            ("postponed_reminder_date", "postponedReminderDate"),
            ("related_invoices", "relatedInvoices"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.internal_comment
            o.internal_comment = u if v is None else v
            v = s.postponed_reminder_date
            o.postponed_reminder_date = u if v is None else v
            v = s.related_invoices
            o.related_invoices = (
                u
                if v is None or v is u
                else ([RelatedInvoicesDTO._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
