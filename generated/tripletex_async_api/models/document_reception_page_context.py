from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="DocumentReceptionPageContext")


@_attrs_define
class DocumentReceptionPageContext(Model):
    """
    Attributes:
        document_reception_email (str | Unset): document reception email
        auth_all_employees (bool | Unset): Can see all receivers
        auth_voucher_reception (bool | Unset): Auth Voucher Reception
        max_file_size (int | Unset): Max file size allowed
    """

    document_reception_email: str | Unset = UNSET
    auth_all_employees: bool | Unset = UNSET
    auth_voucher_reception: bool | Unset = UNSET
    max_file_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.document_reception_email
        if _v is not UNSET and not _in_request:
            field_dict["documentReceptionEmail"] = _v
        _v = self.auth_all_employees
        if _v is not UNSET and not _in_request:
            field_dict["authAllEmployees"] = _v
        _v = self.auth_voucher_reception
        if _v is not UNSET and not _in_request:
            field_dict["authVoucherReception"] = _v
        _v = self.max_file_size
        if _v is not UNSET and not _in_request:
            field_dict["maxFileSize"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DocumentReceptionPageContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DocumentReceptionPageContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "documentReceptionEmail",
                "authAllEmployees",
                "authVoucherReception",
                "maxFileSize",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("documentReceptionEmail")
                if v is None:
                    o.document_reception_email = u
                    if "documentReceptionEmail" not in d:
                        m += 1
                else:
                    o.document_reception_email = v
                v = g("authAllEmployees")
                if v is None:
                    o.auth_all_employees = u
                    if "authAllEmployees" not in d:
                        m += 1
                else:
                    o.auth_all_employees = v
                v = g("authVoucherReception")
                if v is None:
                    o.auth_voucher_reception = u
                    if "authVoucherReception" not in d:
                        m += 1
                else:
                    o.auth_voucher_reception = v
                v = g("maxFileSize")
                if v is None:
                    o.max_file_size = u
                    if "maxFileSize" not in d:
                        m += 1
                else:
                    o.max_file_size = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("document_reception_email", "documentReceptionEmail"),
            ("auth_all_employees", "authAllEmployees"),
            ("auth_voucher_reception", "authVoucherReception"),
            ("max_file_size", "maxFileSize"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.document_reception_email
            o.document_reception_email = u if v is None else v
            v = s.auth_all_employees
            o.auth_all_employees = u if v is None else v
            v = s.auth_voucher_reception
            o.auth_voucher_reception = u if v is None else v
            v = s.max_file_size
            o.max_file_size = u if v is None else v
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
