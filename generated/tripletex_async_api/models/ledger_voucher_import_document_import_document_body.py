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

T = TypeVar("T", bound="LedgerVoucherImportDocumentImportDocumentBody")


@_attrs_define
class LedgerVoucherImportDocumentImportDocumentBody(Model):
    """
    Attributes:
        file (File): The file
        description (str | Unset): Optional description to use for the voucher(s). If omitted the file name will be
            used.
    """

    file: File
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        file = self.file.to_tuple()

        field_dict["file"] = file
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LedgerVoucherImportDocumentImportDocumentBody from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LedgerVoucherImportDocumentImportDocumentBody.property``, if it does not fit)."""
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
                "file",
                "description",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "file"
                v = g("file")
                if v is None:
                    o.file = None
                else:
                    o.file = _c_file(v)
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
