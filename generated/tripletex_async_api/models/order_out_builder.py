from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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
)

T = TypeVar("T", bound="OrderOutBuilder")


@_attrs_define
class OrderOutBuilder(Model):
    """
    Attributes:
        project_id (int | Unset):
        company_id (int | Unset):
        number (str | Unset):
        invoice_comment (str | Unset):
        type_ (int | Unset):
    """

    project_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    number: str | Unset = UNSET
    invoice_comment: str | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.project_id
        if _v is not UNSET:
            field_dict["projectId"] = _v
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.invoice_comment
        if _v is not UNSET:
            field_dict["invoiceComment"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OrderOutBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OrderOutBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "projectId",
                "companyId",
                "number",
                "invoiceComment",
                "type",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("invoiceComment")
                if v is None:
                    o.invoice_comment = u
                    if "invoiceComment" not in d:
                        m += 1
                else:
                    o.invoice_comment = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("project_id", "projectId"),
            ("company_id", "companyId"),
            ("number", "number"),
            ("invoice_comment", "invoiceComment"),
            ("type_", "type"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.invoice_comment
            o.invoice_comment = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
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
