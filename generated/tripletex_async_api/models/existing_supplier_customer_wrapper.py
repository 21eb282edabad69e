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
    from ..models.supplier_customer import SupplierCustomer


T = TypeVar("T", bound="ExistingSupplierCustomerWrapper")


@_attrs_define
class ExistingSupplierCustomerWrapper(Model):
    """
    Attributes:
        found_by_number (bool | Unset):
        found_by_name (bool | Unset):
        supplier_customer (SupplierCustomer | Unset):
    """

    found_by_number: bool | Unset = UNSET
    found_by_name: bool | Unset = UNSET
    supplier_customer: SupplierCustomer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.found_by_number
        if _v is not UNSET and not _in_request:
            field_dict["foundByNumber"] = _v
        _v = self.found_by_name
        if _v is not UNSET and not _in_request:
            field_dict["foundByName"] = _v
        _v = self.supplier_customer
        if _v is not UNSET:
            field_dict["supplierCustomer"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExistingSupplierCustomerWrapper from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ExistingSupplierCustomerWrapper.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.supplier_customer import SupplierCustomer  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "foundByNumber",
                "foundByName",
                "supplierCustomer",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("foundByNumber")
                if v is None:
                    o.found_by_number = u
                    if "foundByNumber" not in d:
                        m += 1
                else:
                    o.found_by_number = v
                v = g("foundByName")
                if v is None:
                    o.found_by_name = u
                    if "foundByName" not in d:
                        m += 1
                else:
                    o.found_by_name = v
                k = "supplierCustomer"
                v = g("supplierCustomer")
                if v is None:
                    o.supplier_customer = u
                    if "supplierCustomer" not in d:
                        m += 1
                else:
                    o.supplier_customer = SupplierCustomer._tx_parse(v)
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
            ("found_by_number", "foundByNumber"),
            ("found_by_name", "foundByName"),
            ("supplier_customer", "supplierCustomer"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.found_by_number
            o.found_by_number = u if v is None else v
            v = s.found_by_name
            o.found_by_name = u if v is None else v
            v = s.supplier_customer
            o.supplier_customer = u if v is None or v is u else SupplierCustomer._tx_parse(v)
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
