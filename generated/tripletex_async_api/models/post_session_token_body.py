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
    secret_repr,
)

T = TypeVar("T", bound="PostSessionTokenBody")


@_attrs_define
class PostSessionTokenBody(Model):
    """
    Attributes:
        employee_token (str | Unset): Token of the API consumer
        consumer_token (str | Unset): The employee's token
        expiration_date (str | Unset): Expiration date for the combined token
    """

    employee_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    consumer_token: str | Unset = _attrs_field(default=UNSET, repr=secret_repr)
    expiration_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.employee_token
        if _v is not UNSET:
            field_dict["employeeToken"] = _v
        _v = self.consumer_token
        if _v is not UNSET:
            field_dict["consumerToken"] = _v
        _v = self.expiration_date
        if _v is not UNSET:
            field_dict["expirationDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PostSessionTokenBody from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PostSessionTokenBody.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeToken",
                "consumerToken",
                "expirationDate",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employeeToken")
                if v is None:
                    o.employee_token = u
                    if "employeeToken" not in d:
                        m += 1
                else:
                    o.employee_token = v
                v = g("consumerToken")
                if v is None:
                    o.consumer_token = u
                    if "consumerToken" not in d:
                        m += 1
                else:
                    o.consumer_token = v
                v = g("expirationDate")
                if v is None:
                    o.expiration_date = u
                    if "expirationDate" not in d:
                        m += 1
                else:
                    o.expiration_date = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee_token", "employeeToken"),
            ("consumer_token", "consumerToken"),
            ("expiration_date", "expirationDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_token
            o.employee_token = u if v is None else v
            v = s.consumer_token
            o.consumer_token = u if v is None else v
            v = s.expiration_date
            o.expiration_date = u if v is None else v
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
