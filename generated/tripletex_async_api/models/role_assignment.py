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
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="RoleAssignment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("subject", dict, False),
    ("context", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class RoleAssignment(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only] Role identifier
        display_name (str | Unset): [read-only] Role display name
        subject (Employee | Unset):
        context (Company | Unset): Vendor of the product
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    subject: Employee | Unset = UNSET
    context: Company | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleAssignment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_subject(_tx_v: Any) -> Employee | Unset:
            _subject = _tx_v
            subject: Employee | Unset
            if isinstance(_subject, Unset):
                subject = UNSET
            else:
                subject = Employee._tx_from_json(_subject)

            return subject

        def _p_context(_tx_v: Any) -> Company | Unset:
            _context = _tx_v
            context: Company | Unset
            if isinstance(_context, Unset):
                context = UNSET
            else:
                context = Company._tx_from_json(_context)

            return context

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "subject",
                "context",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "display_name": ("displayName", None),
            "subject": ("subject", _p_subject),
            "context": ("context", _p_context),
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
