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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.tax_admin_physical_address import TaxAdminPhysicalAddress
    from ..models.tax_admin_property import TaxAdminProperty


T = TypeVar("T", bound="TaxAdminSearchResponse")


@_attrs_define
class TaxAdminSearchResponse(Model):
    """
    Attributes:
        result_size (int | Unset):
        properties (list[TaxAdminProperty] | Unset):
        physical_addresses (list[TaxAdminPhysicalAddress] | Unset):
        search_start (str | Unset):
        search_end (str | Unset):
    """

    result_size: int | Unset = UNSET
    properties: list[TaxAdminProperty] | Unset = UNSET
    physical_addresses: list[TaxAdminPhysicalAddress] | Unset = UNSET
    search_start: str | Unset = UNSET
    search_end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.result_size
        if _v is not UNSET and not _in_request:
            field_dict["resultSize"] = _v
        _v = self.properties
        if _v is not UNSET and not _in_request:
            field_dict["properties"] = [_e.to_dict() for _e in _v]
        _v = self.physical_addresses
        if _v is not UNSET and not _in_request:
            field_dict["physicalAddresses"] = [_e.to_dict() for _e in _v]
        _v = self.search_start
        if _v is not UNSET and not _in_request:
            field_dict["searchStart"] = _v
        _v = self.search_end
        if _v is not UNSET and not _in_request:
            field_dict["searchEnd"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAdminSearchResponse from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAdminSearchResponse.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tax_admin_physical_address import TaxAdminPhysicalAddress  # noqa: PLC0415
        from ..models.tax_admin_property import TaxAdminProperty  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "resultSize",
                "properties",
                "physicalAddresses",
                "searchStart",
                "searchEnd",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("resultSize")
                if v is None:
                    o.result_size = u
                    if "resultSize" not in d:
                        m += 1
                else:
                    o.result_size = v
                k = "properties"
                v = g("properties")
                if v is None:
                    o.properties = u
                    if "properties" not in d:
                        m += 1
                else:
                    o.properties = (
                        ([TaxAdminProperty._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "physicalAddresses"
                v = g("physicalAddresses")
                if v is None:
                    o.physical_addresses = u
                    if "physicalAddresses" not in d:
                        m += 1
                else:
                    o.physical_addresses = (
                        ([TaxAdminPhysicalAddress._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("searchStart")
                if v is None:
                    o.search_start = u
                    if "searchStart" not in d:
                        m += 1
                else:
                    o.search_start = v
                v = g("searchEnd")
                if v is None:
                    o.search_end = u
                    if "searchEnd" not in d:
                        m += 1
                else:
                    o.search_end = v
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
            ("result_size", "resultSize"),
            ("properties", "properties"),
            ("physical_addresses", "physicalAddresses"),
            ("search_start", "searchStart"),
            ("search_end", "searchEnd"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.result_size
            o.result_size = u if v is None else v
            v = s.properties
            o.properties = (
                u
                if v is None or v is u
                else ([TaxAdminProperty._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.physical_addresses
            o.physical_addresses = (
                u
                if v is None or v is u
                else ([TaxAdminPhysicalAddress._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.search_start
            o.search_start = u if v is None else v
            v = s.search_end
            o.search_end = u if v is None else v
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
