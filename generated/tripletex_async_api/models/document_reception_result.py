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

T = TypeVar("T", bound="DocumentReceptionResult")


@_attrs_define
class DocumentReceptionResult(Model):
    """
    Attributes:
        message_id (int | Unset):
        document_id (int | Unset):
        is_valid (bool | Unset):
        validation_messages (list[str] | Unset):
    """

    message_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    is_valid: bool | Unset = UNSET
    validation_messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.message_id
        if _v is not UNSET:
            field_dict["messageId"] = _v
        _v = self.document_id
        if _v is not UNSET:
            field_dict["documentId"] = _v
        _v = self.is_valid
        if _v is not UNSET:
            field_dict["isValid"] = _v
        _v = self.validation_messages
        if _v is not UNSET:
            field_dict["validationMessages"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DocumentReceptionResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DocumentReceptionResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "messageId",
                "documentId",
                "isValid",
                "validationMessages",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("messageId")
                if v is None:
                    o.message_id = u
                    if "messageId" not in d:
                        m += 1
                else:
                    o.message_id = v
                v = g("documentId")
                if v is None:
                    o.document_id = u
                    if "documentId" not in d:
                        m += 1
                else:
                    o.document_id = v
                v = g("isValid")
                if v is None:
                    o.is_valid = u
                    if "isValid" not in d:
                        m += 1
                else:
                    o.is_valid = v
                k = "validationMessages"
                v = g("validationMessages")
                if v is None:
                    o.validation_messages = u
                    if "validationMessages" not in d:
                        m += 1
                else:
                    o.validation_messages = v
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
            ("message_id", "messageId"),
            ("document_id", "documentId"),
            ("is_valid", "isValid"),
            ("validation_messages", "validationMessages"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.message_id
            o.message_id = u if v is None else v
            v = s.document_id
            o.document_id = u if v is None else v
            v = s.is_valid
            o.is_valid = u if v is None else v
            v = s.validation_messages
            o.validation_messages = u if v is None or v is u else v
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
