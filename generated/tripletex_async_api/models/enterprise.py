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

T = TypeVar("T", bound="Enterprise")


@_attrs_define
class Enterprise(Model):
    """
    Attributes:
        name (str | Unset):
        org_number (str | Unset):
        registration_date (str | Unset):
        municipality (str | Unset):
        start_date_municipality (str | Unset):
    """

    name: str | Unset = UNSET
    org_number: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    municipality: str | Unset = UNSET
    start_date_municipality: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.org_number
        if _v is not UNSET and not _in_request:
            field_dict["orgNumber"] = _v
        _v = self.registration_date
        if _v is not UNSET and not _in_request:
            field_dict["registrationDate"] = _v
        _v = self.municipality
        if _v is not UNSET and not _in_request:
            field_dict["municipality"] = _v
        _v = self.start_date_municipality
        if _v is not UNSET and not _in_request:
            field_dict["startDateMunicipality"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Enterprise from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Enterprise.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "name",
                "orgNumber",
                "registrationDate",
                "municipality",
                "startDateMunicipality",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("orgNumber")
                if v is None:
                    o.org_number = u
                    if "orgNumber" not in d:
                        m += 1
                else:
                    o.org_number = v
                v = g("registrationDate")
                if v is None:
                    o.registration_date = u
                    if "registrationDate" not in d:
                        m += 1
                else:
                    o.registration_date = v
                v = g("municipality")
                if v is None:
                    o.municipality = u
                    if "municipality" not in d:
                        m += 1
                else:
                    o.municipality = v
                v = g("startDateMunicipality")
                if v is None:
                    o.start_date_municipality = u
                    if "startDateMunicipality" not in d:
                        m += 1
                else:
                    o.start_date_municipality = v
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
            ("name", "name"),
            ("org_number", "orgNumber"),
            ("registration_date", "registrationDate"),
            ("municipality", "municipality"),
            ("start_date_municipality", "startDateMunicipality"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.org_number
            o.org_number = u if v is None else v
            v = s.registration_date
            o.registration_date = u if v is None else v
            v = s.municipality
            o.municipality = u if v is None else v
            v = s.start_date_municipality
            o.start_date_municipality = u if v is None else v
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
