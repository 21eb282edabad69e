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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="RoleAssignment")


@_attrs_define
class RoleAssignment(Model):
    """
    Attributes:
        id (int | Unset): Role identifier
        display_name (str | Unset): Role display name
        subject (Employee | Unset):
        context (Company | Unset): Vendor of the product
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    subject: Employee | Unset = UNSET
    context: Company | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.subject
        if _v is not UNSET:
            field_dict["subject"] = _v.to_dict()
        _v = self.context
        if _v is not UNSET:
            field_dict["context"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleAssignment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RoleAssignment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "subject",
                "context",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                k = "subject"
                v = g("subject")
                if v is None:
                    o.subject = u
                    if "subject" not in d:
                        m += 1
                else:
                    o.subject = Employee._tx_parse(v)
                k = "context"
                v = g("context")
                if v is None:
                    o.context = u
                    if "context" not in d:
                        m += 1
                else:
                    o.context = Company._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("display_name", "displayName"),
            ("subject", "subject"),
            ("context", "context"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.subject
            o.subject = u if v is None or v is u else Employee._tx_parse(v)
            v = s.context
            o.context = u if v is None or v is u else Company._tx_parse(v)
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
