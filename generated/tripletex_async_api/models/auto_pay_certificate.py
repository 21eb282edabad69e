from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_pay_certificate_algorithm import AutoPayCertificateAlgorithm
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

T = TypeVar("T", bound="AutoPayCertificate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("certificateChain", list, False),
    ("algorithm", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AutoPayCertificate(LazyModel):
    """
    Attributes:
        id (str | Unset): [read-only] Certificate id used for Platform Agnostic
        certificate_chain (list[str] | Unset): [read-only] Certificate value used for Platform Agnostic
        algorithm (AutoPayCertificateAlgorithm | Unset): [read-only] Signature algorithm used for Platform Agnostic
    """

    id: str | Unset = UNSET
    certificate_chain: list[str] | Unset = UNSET
    algorithm: AutoPayCertificateAlgorithm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        certificate_chain: list[str] | Unset = UNSET
        if not isinstance(self.certificate_chain, Unset):
            certificate_chain = self.certificate_chain

        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if certificate_chain is not UNSET and not _in_request:
            field_dict["certificateChain"] = certificate_chain
        if algorithm is not UNSET and not _in_request:
            field_dict["algorithm"] = algorithm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPayCertificate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_certificate_chain(_tx_v: Any) -> list[str] | Unset:
            certificate_chain = cast(list[str], _tx_v)

            return certificate_chain

        def _p_algorithm(_tx_v: Any) -> AutoPayCertificateAlgorithm | Unset:
            _algorithm = _tx_v
            algorithm: AutoPayCertificateAlgorithm | Unset
            if isinstance(_algorithm, Unset):
                algorithm = UNSET
            else:
                algorithm = AutoPayCertificateAlgorithm(_algorithm)

            return algorithm

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "certificateChain",
                "algorithm",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "certificate_chain": ("certificateChain", _p_certificate_chain),
            "algorithm": ("algorithm", _p_algorithm),
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
