from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.csp_report_body import CspReportBody


T = TypeVar("T", bound="CspReport")


@_attrs_define
class CspReport:
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
        from ..models.csp_report_body import CspReportBody  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        age = d.pop("age", UNSET)

        _body = d.pop("body", UNSET)
        body: CspReportBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = CspReportBody.from_dict(_body)

        _obj = cls(
            type_=type_,
            url=url,
            user_agent=user_agent,
            age=age,
            body=body,
        )

        _obj.additional_properties = d
        return _obj

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
