from __future__ import annotations

from collections.abc import Mapping as _Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    Model,
    ModelParsers,
    Unset,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="LedgerVoucherImportGbat10ImportGbat10Body")


@_attrs_define
class LedgerVoucherImportGbat10ImportGbat10Body(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.generate_vat_postings
        field_dict["generateVatPostings"] = _v
        file = self.file.to_tuple()

        field_dict["file"] = file
        _v = self.encoding
        if _v is not UNSET:
            field_dict["encoding"] = _v
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
        """A LedgerVoucherImportGbat10ImportGbat10Body from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LedgerVoucherImportGbat10ImportGbat10Body.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__

        def _c_file(_tx_v: Any) -> Any:
            file = File(payload=BytesIO(_tx_v))

            return file

        _known: frozenset[str] = frozenset(
            (
                "generateVatPostings",
                "file",
                "encoding",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "generateVatPostings"
                v = g("generateVatPostings")
                if v is None:
                    o.generate_vat_postings = None
                else:
                    o.generate_vat_postings = v
                k = "file"
                v = g("file")
                if v is None:
                    o.file = None
                else:
                    o.file = _c_file(v)
                v = g("encoding")
                if v is None:
                    o.encoding = u
                    if "encoding" not in d:
                        m += 1
                else:
                    o.encoding = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        return ModelParsers(parse, None)

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
