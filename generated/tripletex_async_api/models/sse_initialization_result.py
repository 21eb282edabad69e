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
    serializing_request_body,
)

T = TypeVar("T", bound="SseInitializationResult")


@_attrs_define
class SseInitializationResult(Model):
    """
    Attributes:
        context_id (int | Unset): The contextId of the employee
        employee_id (int | Unset): The companyId of the employee
        current_hidden_cursor (int | Unset): The current hidden cursor
        current_read_cursor (int | Unset): The current read cursor
    """

    context_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    current_hidden_cursor: int | Unset = UNSET
    current_read_cursor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.context_id
        if _v is not UNSET and not _in_request:
            field_dict["contextId"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.current_hidden_cursor
        if _v is not UNSET and not _in_request:
            field_dict["currentHiddenCursor"] = _v
        _v = self.current_read_cursor
        if _v is not UNSET and not _in_request:
            field_dict["currentReadCursor"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SseInitializationResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SseInitializationResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "contextId",
                "employeeId",
                "currentHiddenCursor",
                "currentReadCursor",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("contextId")
                if v is None:
                    o.context_id = u
                    if "contextId" not in d:
                        m += 1
                else:
                    o.context_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("currentHiddenCursor")
                if v is None:
                    o.current_hidden_cursor = u
                    if "currentHiddenCursor" not in d:
                        m += 1
                else:
                    o.current_hidden_cursor = v
                v = g("currentReadCursor")
                if v is None:
                    o.current_read_cursor = u
                    if "currentReadCursor" not in d:
                        m += 1
                else:
                    o.current_read_cursor = v
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
            ("context_id", "contextId"),
            ("employee_id", "employeeId"),
            ("current_hidden_cursor", "currentHiddenCursor"),
            ("current_read_cursor", "currentReadCursor"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.context_id
            o.context_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.current_hidden_cursor
            o.current_hidden_cursor = u if v is None else v
            v = s.current_read_cursor
            o.current_read_cursor = u if v is None else v
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
