"""File uploads and downloads: `File` holds the bytes and the name and type httpx sends with them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, BinaryIO

from attrs import define

__all__ = ["File", "FileContent", "FileTypes", "RequestFiles"]

# The types that `httpx.AsyncClient(files=)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload, or a binary answer (PDF, CSV) downloaded from the service."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for one part of a multipart/form-data body."""
        return self.file_name, self.payload, self.mime_type
