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
    from ..models.csp_report_body import CspReportBody


T = TypeVar("T", bound="CspReport")


@_attrs_define
class CspReport(Model):
    """
    Attributes:
        type_ (str | Unset):
        url (str | Unset):
        user_agent (str | Unset):
        age (int | Unset):
        body (CspReportBody | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    age: int | Unset = UNSET
    body: CspReportBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.user_agent
        if _v is not UNSET and not _in_request:
            field_dict["user_agent"] = _v
        _v = self.age
        if _v is not UNSET and not _in_request:
            field_dict["age"] = _v
        _v = self.body
        if _v is not UNSET:
            field_dict["body"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CspReport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CspReport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.csp_report_body import CspReportBody  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "type",
                "url",
                "user_agent",
                "age",
                "body",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("user_agent")
                if v is None:
                    o.user_agent = u
                    if "user_agent" not in d:
                        m += 1
                else:
                    o.user_agent = v
                v = g("age")
                if v is None:
                    o.age = u
                    if "age" not in d:
                        m += 1
                else:
                    o.age = v
                k = "body"
                v = g("body")
                if v is None:
                    o.body = u
                    if "body" not in d:
                        m += 1
                else:
                    o.body = CspReportBody._tx_parse(v)
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
            ("type_", "type"),
            ("url", "url"),
            ("user_agent", "user_agent"),
            ("age", "age"),
            ("body", "body"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = u if v is None else v
            v = s.url
            o.url = u if v is None else v
            v = s.user_agent
            o.user_agent = u if v is None else v
            v = s.age
            o.age = u if v is None else v
            v = s.body
            o.body = u if v is None or v is u else CspReportBody._tx_parse(v)
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
