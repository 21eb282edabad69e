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
)

if TYPE_CHECKING:
    from ..models.api_validation_message import ApiValidationMessage


T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError(Model):
    """
    Attributes:
        status (int | Unset):
        code (int | Unset):
        message (str | Unset):
        link (str | Unset):
        developer_message (str | Unset):
        validation_messages (list[ApiValidationMessage] | Unset):
        request_id (str | Unset):
    """

    status: int | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    link: str | Unset = UNSET
    developer_message: str | Unset = UNSET
    validation_messages: list[ApiValidationMessage] | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.code
        if _v is not UNSET:
            field_dict["code"] = _v
        _v = self.message
        if _v is not UNSET:
            field_dict["message"] = _v
        _v = self.link
        if _v is not UNSET:
            field_dict["link"] = _v
        _v = self.developer_message
        if _v is not UNSET:
            field_dict["developerMessage"] = _v
        _v = self.validation_messages
        if _v is not UNSET:
            field_dict["validationMessages"] = [_e.to_dict() for _e in _v]
        _v = self.request_id
        if _v is not UNSET:
            field_dict["requestId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ApiError from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ApiError.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "status",
                "code",
                "message",
                "link",
                "developerMessage",
                "validationMessages",
                "requestId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = v
                v = g("code")
                if v is None:
                    o.code = u
                    if "code" not in d:
                        m += 1
                else:
                    o.code = v
                v = g("message")
                if v is None:
                    o.message = u
                    if "message" not in d:
                        m += 1
                else:
                    o.message = v
                v = g("link")
                if v is None:
                    o.link = u
                    if "link" not in d:
                        m += 1
                else:
                    o.link = v
                v = g("developerMessage")
                if v is None:
                    o.developer_message = u
                    if "developerMessage" not in d:
                        m += 1
                else:
                    o.developer_message = v
                k = "validationMessages"
                v = g("validationMessages")
                if v is None:
                    o.validation_messages = u
                    if "validationMessages" not in d:
                        m += 1
                else:
                    o.validation_messages = (
                        ([ApiValidationMessage._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("requestId")
                if v is None:
                    o.request_id = u
                    if "requestId" not in d:
                        m += 1
                else:
                    o.request_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("status", "status"),
            ("code", "code"),
            ("message", "message"),
            ("link", "link"),
            ("developer_message", "developerMessage"),
            ("validation_messages", "validationMessages"),
            ("request_id", "requestId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.status
            o.status = u if v is None else v
            v = s.code
            o.code = u if v is None else v
            v = s.message
            o.message = u if v is None else v
            v = s.link
            o.link = u if v is None else v
            v = s.developer_message
            o.developer_message = u if v is None else v
            v = s.validation_messages
            o.validation_messages = (
                u
                if v is None or v is u
                else ([ApiValidationMessage._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.request_id
            o.request_id = u if v is None else v
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
