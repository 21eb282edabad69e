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
    FileTypes,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="SalaryTransactionAttachmentListUploadAttachmentsBody")


@_attrs_define
class SalaryTransactionAttachmentListUploadAttachmentsBody(Model):
    """
    Attributes:
        file (list[File] | Unset):
    """

    file: list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        file: list[FileTypes] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = []
            for file_item_data in self.file:
                file_item = file_item_data.to_tuple()

                file.append(file_item)

        if file is not UNSET:
            field_dict["file"] = file
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            for file_item_element in self.file:
                files.append(("file", file_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryTransactionAttachmentListUploadAttachmentsBody from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryTransactionAttachmentListUploadAttachmentsBody.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__

        def _c_file(_tx_v: Any) -> Any:
            _file = _tx_v
            file: list[File] | Unset = UNSET
            if _file is not UNSET:
                file = []
                for file_item_data in _file:
                    if file_item_data is None:
                        continue
                    file_item = File(payload=BytesIO(file_item_data))

                    file.append(file_item)

            return file

        _known: frozenset[str] = frozenset(("file",))

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
                    o.file = u
                    if "file" not in d:
                        m += 1
                else:
                    o.file = _c_file(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 1 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (("file", "file"),)

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.file
            o.file = u if v is None or v is u else _c_file(v)
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
