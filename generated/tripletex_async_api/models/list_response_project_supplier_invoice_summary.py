from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.project_supplier_invoice_summary import ProjectSupplierInvoiceSummary


T = TypeVar("T", bound="ListResponseProjectSupplierInvoiceSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("values", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ListResponseProjectSupplierInvoiceSummary(LazyModel):
    """
    Attributes:
        full_result_size (int | Unset): [read-only] Indicates whether there are more values available. Note: The value
            is not exact
        from_ (int | Unset): [read-only]
        count (int | Unset): [read-only]
        version_digest (str | Unset): [read-only] Used to know if the paginated list has changed.
        values (list[ProjectSupplierInvoiceSummary] | Unset): [read-only]
    """

    full_result_size: int | Unset = UNSET
    from_: int | Unset = UNSET
    count: int | Unset = UNSET
    version_digest: str | Unset = UNSET
    values: list[ProjectSupplierInvoiceSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        full_result_size = self.full_result_size

        from_ = self.from_

        count = self.count

        version_digest = self.version_digest

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_result_size is not UNSET and not _in_request:
            field_dict["fullResultSize"] = full_result_size
        if from_ is not UNSET and not _in_request:
            field_dict["from"] = from_
        if count is not UNSET and not _in_request:
            field_dict["count"] = count
        if version_digest is not UNSET and not _in_request:
            field_dict["versionDigest"] = version_digest
        if values is not UNSET and not _in_request:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ListResponseProjectSupplierInvoiceSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_supplier_invoice_summary import ProjectSupplierInvoiceSummary  # noqa: PLC0415

        def _p_values(_tx_v: Any) -> list[ProjectSupplierInvoiceSummary] | Unset:
            _values = _tx_v
            values: list[ProjectSupplierInvoiceSummary] | Unset = UNSET
            if _values is not UNSET:
                values = []
                for values_item_data in _values:
                    if values_item_data is None:
                        continue
                    values_item = ProjectSupplierInvoiceSummary._tx_from_json(values_item_data)

                    values.append(values_item)

            return values

        _tx_known: frozenset[str] = frozenset(
            (
                "fullResultSize",
                "from",
                "count",
                "versionDigest",
                "values",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "full_result_size": ("fullResultSize", None),
            "from_": ("from", None),
            "count": ("count", None),
            "version_digest": ("versionDigest", None),
            "values": ("values", _p_values),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
