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
    from ..models.csp_report_body import CspReportBody


T = TypeVar("T", bound="CspReport")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("body", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class CspReport(LazyModel):
    """
    Attributes:
        type_ (str | Unset): [read-only]
        url (str | Unset): [read-only]
        user_agent (str | Unset): [read-only]
        age (int | Unset): [read-only]
        body (CspReportBody | Unset):
    """

    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    age: int | Unset = UNSET
    body: CspReportBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_ = self.type_

        url = self.url

        user_agent = self.user_agent

        age = self.age

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if user_agent is not UNSET and not _in_request:
            field_dict["user_agent"] = user_agent
        if age is not UNSET and not _in_request:
            field_dict["age"] = age
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CspReport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.csp_report_body import CspReportBody  # noqa: PLC0415

        def _p_body(_tx_v: Any) -> CspReportBody | Unset:
            _body = _tx_v
            body: CspReportBody | Unset
            if isinstance(_body, Unset):
                body = UNSET
            else:
                body = CspReportBody._tx_from_json(_body)

            return body

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "url",
                "user_agent",
                "age",
                "body",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", None),
            "url": ("url", None),
            "user_agent": ("user_agent", None),
            "age": ("age", None),
            "body": ("body", _p_body),
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
