from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.incoming_invoice_page_options_data_additional_property import (
        IncomingInvoicePageOptionsDataAdditionalProperty,
    )


T = TypeVar("T", bound="IncomingInvoicePageOptionsData")


@_attrs_define
class IncomingInvoicePageOptionsData(Model):
    """The actual options as a JSON blob"""

    additional_properties: dict[str, IncomingInvoicePageOptionsDataAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePageOptionsData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoicePageOptionsData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.incoming_invoice_page_options_data_additional_property import (
            IncomingInvoicePageOptionsDataAdditionalProperty,  # noqa: PLC0415
        )

        _new = object.__new__
        _known: frozenset[str] = frozenset(())

        def _c_additional_properties(_tx_d: Any) -> dict[str, IncomingInvoicePageOptionsDataAdditionalProperty]:
            additional_properties: dict[str, IncomingInvoicePageOptionsDataAdditionalProperty] = {}
            for prop_name, prop_dict in _tx_d.items():
                if prop_dict is None or prop_name in _known:
                    continue
                additional_property = IncomingInvoicePageOptionsDataAdditionalProperty._tx_parse(prop_dict)

                additional_properties[prop_name] = additional_property
            return additional_properties

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = None
                o.additional_properties = {} if len(d) + m <= 0 else _c_additional_properties(d)
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        return ModelParsers(parse, None)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> IncomingInvoicePageOptionsDataAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: IncomingInvoicePageOptionsDataAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
