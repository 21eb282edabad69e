from __future__ import annotations

from collections.abc import Mapping as _Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, serializing_request_body

T = TypeVar("T", bound="LedgerVoucherImportGbat10ImportGbat10Body")


@_attrs_define
class LedgerVoucherImportGbat10ImportGbat10Body:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        generate_vat_postings = d.pop("generateVatPostings")

        file = File(payload=BytesIO(d.pop("file")))

        encoding = d.pop("encoding", UNSET)

        _obj = cls(
            generate_vat_postings=generate_vat_postings,
            file=file,
            encoding=encoding,
        )

        _obj.additional_properties = d
        return _obj

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
