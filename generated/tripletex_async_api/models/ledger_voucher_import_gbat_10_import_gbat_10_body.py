from __future__ import annotations

from collections.abc import Mapping as _Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    File,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="LedgerVoucherImportGbat10ImportGbat10Body")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("generateVatPostings", None, True),
    ("file", None, True),
)


@_attrs_define(on_setattr=mark_assigned)
class LedgerVoucherImportGbat10ImportGbat10Body(LazyModel):
    """
    Attributes:
        generate_vat_postings (bool): If the import should generate VAT postings
        file (File): The file
        encoding (str | Unset): The file encoding Default: 'utf-8'.
    """

    generate_vat_postings: bool
    file: File
    encoding: str | Unset = "utf-8"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        generate_vat_postings = self.generate_vat_postings

        file = self.file.to_tuple()

        encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generateVatPostings": generate_vat_postings,
                "file": file,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("generateVatPostings", (None, str(self.generate_vat_postings).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.encoding, Unset):
            files.append(("encoding", (None, str(self.encoding).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LedgerVoucherImportGbat10ImportGbat10Body from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_generate_vat_postings(_tx_v: Any) -> bool:
            return _tx_v

        def _p_file(_tx_v: Any) -> File:
            file = File(payload=BytesIO(_tx_v))

            return file

        _tx_known: frozenset[str] = frozenset(
            (
                "generateVatPostings",
                "file",
                "encoding",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "generate_vat_postings": ("generateVatPostings", _p_generate_vat_postings),
            "file": ("file", _p_file),
            "encoding": ("encoding", None),
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
