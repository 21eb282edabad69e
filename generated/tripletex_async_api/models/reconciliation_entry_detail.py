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
    from ..models.container_tag_div_tag import ContainerTagDivTag


T = TypeVar("T", bound="ReconciliationEntryDetail")


@_attrs_define
class ReconciliationEntryDetail(Model):
    """The details of the posting or transaction

    Attributes:
        key (str | Unset): The key
        value (str | Unset): The value
        value_for_xlsx (str | Unset):
        value_for_pdf (ContainerTagDivTag | Unset):
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    value_for_xlsx: str | Unset = UNSET
    value_for_pdf: ContainerTagDivTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.key
        if _v is not UNSET and not _in_request:
            field_dict["key"] = _v
        _v = self.value
        if _v is not UNSET and not _in_request:
            field_dict["value"] = _v
        _v = self.value_for_xlsx
        if _v is not UNSET:
            field_dict["valueForXLSX"] = _v
        _v = self.value_for_pdf
        if _v is not UNSET:
            field_dict["valueForPDF"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationEntryDetail from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationEntryDetail.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.container_tag_div_tag import ContainerTagDivTag  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "key",
                "value",
                "valueForXLSX",
                "valueForPDF",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("key")
                if v is None:
                    o.key = u
                    if "key" not in d:
                        m += 1
                else:
                    o.key = v
                v = g("value")
                if v is None:
                    o.value = u
                    if "value" not in d:
                        m += 1
                else:
                    o.value = v
                v = g("valueForXLSX")
                if v is None:
                    o.value_for_xlsx = u
                    if "valueForXLSX" not in d:
                        m += 1
                else:
                    o.value_for_xlsx = v
                k = "valueForPDF"
                v = g("valueForPDF")
                if v is None:
                    o.value_for_pdf = u
                    if "valueForPDF" not in d:
                        m += 1
                else:
                    o.value_for_pdf = ContainerTagDivTag._tx_parse(v)
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
            ("key", "key"),
            ("value", "value"),
            ("value_for_xlsx", "valueForXLSX"),
            ("value_for_pdf", "valueForPDF"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.key
            o.key = u if v is None else v
            v = s.value
            o.value = u if v is None else v
            v = s.value_for_xlsx
            o.value_for_xlsx = u if v is None else v
            v = s.value_for_pdf
            o.value_for_pdf = u if v is None or v is u else ContainerTagDivTag._tx_parse(v)
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
