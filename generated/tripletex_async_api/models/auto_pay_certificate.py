from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_pay_certificate_algorithm import AutoPayCertificateAlgorithm
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="AutoPayCertificate")


@_attrs_define
class AutoPayCertificate(Model):
    """
    Attributes:
        id (str | Unset): Certificate id used for Platform Agnostic
        certificate_chain (list[str] | Unset): Certificate value used for Platform Agnostic
        algorithm (AutoPayCertificateAlgorithm | Unset): Signature algorithm used for Platform Agnostic
    """

    id: str | Unset = UNSET
    certificate_chain: list[str] | Unset = UNSET
    algorithm: AutoPayCertificateAlgorithm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.certificate_chain
        if _v is not UNSET and not _in_request:
            field_dict["certificateChain"] = _v
        _v = self.algorithm
        if _v is not UNSET and not _in_request:
            field_dict["algorithm"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPayCertificate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutoPayCertificate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_algorithm: dict[Any, Any] = enum_members(AutoPayCertificateAlgorithm)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "certificateChain",
                "algorithm",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "certificateChain"
                v = g("certificateChain")
                if v is None:
                    o.certificate_chain = u
                    if "certificateChain" not in d:
                        m += 1
                else:
                    o.certificate_chain = v
                k = "algorithm"
                v = g("algorithm")
                if v is None:
                    o.algorithm = u
                    if "algorithm" not in d:
                        m += 1
                else:
                    o.algorithm = (
                        e_ if (e_ := _e_algorithm.get(v)) is not None else enum_value(AutoPayCertificateAlgorithm, v)
                    )
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
            ("id", "id"),
            ("certificate_chain", "certificateChain"),
            ("algorithm", "algorithm"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.certificate_chain
            o.certificate_chain = u if v is None or v is u else v
            v = s.algorithm
            o.algorithm = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_algorithm.get(v)) is not None
                else enum_value(AutoPayCertificateAlgorithm, v)
            )
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
