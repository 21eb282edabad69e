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
    from ..models.change import Change
    from ..models.customer_import import CustomerImport
    from ..models.customer_import_field import CustomerImportField


T = TypeVar("T", bound="CustomerImportHeader")


@_attrs_define
class CustomerImportHeader(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        import_component (CustomerImport | Unset):
        order_of_column (int | Unset):
        name (str | Unset):
        sample_value (str | Unset):
        suggested_column_field (CustomerImportField | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    import_component: CustomerImport | Unset = UNSET
    order_of_column: int | Unset = UNSET
    name: str | Unset = UNSET
    sample_value: str | Unset = UNSET
    suggested_column_field: CustomerImportField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.import_component
        if _v is not UNSET:
            field_dict["importComponent"] = _v.to_dict()
        _v = self.order_of_column
        if _v is not UNSET:
            field_dict["orderOfColumn"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.sample_value
        if _v is not UNSET:
            field_dict["sampleValue"] = _v
        _v = self.suggested_column_field
        if _v is not UNSET:
            field_dict["suggestedColumnField"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerImportHeader from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CustomerImportHeader.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer_import import CustomerImport  # noqa: PLC0415
        from ..models.customer_import_field import CustomerImportField  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "importComponent",
                "orderOfColumn",
                "name",
                "sampleValue",
                "suggestedColumnField",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "orderOfColumn": "order_of_column",
            "name": "name",
            "sampleValue": "sample_value",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.import_component = o.order_of_column = o.name = (
                        o.sample_value
                    ) = o.suggested_column_field = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.import_component = o.order_of_column = o.name = (
                        o.sample_value
                    ) = o.suggested_column_field = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "importComponent"
                v = g("importComponent")
                if v is None:
                    o.import_component = u
                    if "importComponent" not in d:
                        m += 1
                else:
                    o.import_component = CustomerImport._tx_parse(v)
                v = g("orderOfColumn")
                if v is None:
                    o.order_of_column = u
                    if "orderOfColumn" not in d:
                        m += 1
                else:
                    o.order_of_column = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("sampleValue")
                if v is None:
                    o.sample_value = u
                    if "sampleValue" not in d:
                        m += 1
                else:
                    o.sample_value = v
                k = "suggestedColumnField"
                v = g("suggestedColumnField")
                if v is None:
                    o.suggested_column_field = u
                    if "suggestedColumnField" not in d:
                        m += 1
                else:
                    o.suggested_column_field = CustomerImportField._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("import_component", "importComponent"),
            ("order_of_column", "orderOfColumn"),
            ("name", "name"),
            ("sample_value", "sampleValue"),
            ("suggested_column_field", "suggestedColumnField"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.import_component
            o.import_component = u if v is None or v is u else CustomerImport._tx_parse(v)
            v = s.order_of_column
            o.order_of_column = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.sample_value
            o.sample_value = u if v is None else v
            v = s.suggested_column_field
            o.suggested_column_field = u if v is None or v is u else CustomerImportField._tx_parse(v)
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
