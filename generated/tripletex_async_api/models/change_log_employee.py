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

T = TypeVar("T", bound="ChangeLogEmployee")


@_attrs_define
class ChangeLogEmployee(Model):
    """
    Attributes:
        id (int | Unset):
        url (str | Unset):
        picture_id (int | Unset):
        name (str | Unset):
        number (str | Unset):
        actual_employee (ChangeLogEmployee | Unset):
    """

    id: int | Unset = UNSET
    url: str | Unset = UNSET
    picture_id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    actual_employee: ChangeLogEmployee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.picture_id
        if _v is not UNSET and not _in_request:
            field_dict["pictureId"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.actual_employee
        if _v is not UNSET:
            field_dict["actualEmployee"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChangeLogEmployee from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ChangeLogEmployee.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "url",
                "pictureId",
                "name",
                "number",
                "actualEmployee",
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
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("pictureId")
                if v is None:
                    o.picture_id = u
                    if "pictureId" not in d:
                        m += 1
                else:
                    o.picture_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                k = "actualEmployee"
                v = g("actualEmployee")
                if v is None:
                    o.actual_employee = u
                    if "actualEmployee" not in d:
                        m += 1
                else:
                    o.actual_employee = ChangeLogEmployee._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("url", "url"),
            ("picture_id", "pictureId"),
            ("name", "name"),
            ("number", "number"),
            ("actual_employee", "actualEmployee"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.url
            o.url = u if v is None else v
            v = s.picture_id
            o.picture_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.actual_employee
            o.actual_employee = u if v is None or v is u else ChangeLogEmployee._tx_parse(v)
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
