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
    secret_repr,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.wootric_properties_dto import WootricPropertiesDTO


T = TypeVar("T", bound="WootricDTO")


@_attrs_define
class WootricDTO(Model):
    """
    Attributes:
        email (str | Unset):
        external_id (str | Unset):
        created_at (int | Unset):
        product_name (str | Unset):
        ces_token (str | Unset):
        nps_token (str | Unset):
        language (str | Unset):
        properties (WootricPropertiesDTO | Unset):
        thank_you_message_main (str | Unset):
        thank_you_message_setup (str | Unset):
    """

    email: str | Unset = UNSET
    external_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    product_name: str | Unset = UNSET
    ces_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    nps_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    language: str | Unset = UNSET
    properties: WootricPropertiesDTO | Unset = UNSET
    thank_you_message_main: str | Unset = UNSET
    thank_you_message_setup: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.email
        if _v is not UNSET and not _in_request:
            field_dict["email"] = _v
        _v = self.external_id
        if _v is not UNSET and not _in_request:
            field_dict["external_id"] = _v
        _v = self.created_at
        if _v is not UNSET and not _in_request:
            field_dict["created_at"] = _v
        _v = self.product_name
        if _v is not UNSET and not _in_request:
            field_dict["product_name"] = _v
        _v = self.ces_token
        if _v is not UNSET and not _in_request:
            field_dict["cesToken"] = _v
        _v = self.nps_token
        if _v is not UNSET and not _in_request:
            field_dict["npsToken"] = _v
        _v = self.language
        if _v is not UNSET and not _in_request:
            field_dict["language"] = _v
        _v = self.properties
        if _v is not UNSET:
            field_dict["properties"] = _v.to_dict()
        _v = self.thank_you_message_main
        if _v is not UNSET and not _in_request:
            field_dict["thankYouMessageMain"] = _v
        _v = self.thank_you_message_setup
        if _v is not UNSET and not _in_request:
            field_dict["thankYouMessageSetup"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WootricDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WootricDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.wootric_properties_dto import WootricPropertiesDTO  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "email",
                "external_id",
                "created_at",
                "product_name",
                "cesToken",
                "npsToken",
                "language",
                "properties",
                "thankYouMessageMain",
                "thankYouMessageSetup",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "email": "email",
            "external_id": "external_id",
            "created_at": "created_at",
            "product_name": "product_name",
            "cesToken": "ces_token",
            "npsToken": "nps_token",
            "language": "language",
            "thankYouMessageMain": "thank_you_message_main",
            "thankYouMessageSetup": "thank_you_message_setup",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.email = o.external_id = o.created_at = o.product_name = o.ces_token = o.nps_token = o.language = (
                        o.properties
                    ) = o.thank_you_message_main = o.thank_you_message_setup = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("external_id")
                if v is None:
                    o.external_id = u
                    if "external_id" not in d:
                        m += 1
                else:
                    o.external_id = v
                v = g("created_at")
                if v is None:
                    o.created_at = u
                    if "created_at" not in d:
                        m += 1
                else:
                    o.created_at = v
                v = g("product_name")
                if v is None:
                    o.product_name = u
                    if "product_name" not in d:
                        m += 1
                else:
                    o.product_name = v
                v = g("cesToken")
                if v is None:
                    o.ces_token = u
                    if "cesToken" not in d:
                        m += 1
                else:
                    o.ces_token = v
                v = g("npsToken")
                if v is None:
                    o.nps_token = u
                    if "npsToken" not in d:
                        m += 1
                else:
                    o.nps_token = v
                v = g("language")
                if v is None:
                    o.language = u
                    if "language" not in d:
                        m += 1
                else:
                    o.language = v
                k = "properties"
                v = g("properties")
                if v is None:
                    o.properties = u
                    if "properties" not in d:
                        m += 1
                else:
                    o.properties = WootricPropertiesDTO._tx_parse(v)
                v = g("thankYouMessageMain")
                if v is None:
                    o.thank_you_message_main = u
                    if "thankYouMessageMain" not in d:
                        m += 1
                else:
                    o.thank_you_message_main = v
                v = g("thankYouMessageSetup")
                if v is None:
                    o.thank_you_message_setup = u
                    if "thankYouMessageSetup" not in d:
                        m += 1
                else:
                    o.thank_you_message_setup = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("email", "email"),
            ("external_id", "external_id"),
            ("created_at", "created_at"),
            ("product_name", "product_name"),
            ("ces_token", "cesToken"),
            ("nps_token", "npsToken"),
            ("language", "language"),
            ("properties", "properties"),
            ("thank_you_message_main", "thankYouMessageMain"),
            ("thank_you_message_setup", "thankYouMessageSetup"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.email
            o.email = u if v is None else v
            v = s.external_id
            o.external_id = u if v is None else v
            v = s.created_at
            o.created_at = u if v is None else v
            v = s.product_name
            o.product_name = u if v is None else v
            v = s.ces_token
            o.ces_token = u if v is None else v
            v = s.nps_token
            o.nps_token = u if v is None else v
            v = s.language
            o.language = u if v is None else v
            v = s.properties
            o.properties = u if v is None or v is u else WootricPropertiesDTO._tx_parse(v)
            v = s.thank_you_message_main
            o.thank_you_message_main = u if v is None else v
            v = s.thank_you_message_setup
            o.thank_you_message_setup = u if v is None else v
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
