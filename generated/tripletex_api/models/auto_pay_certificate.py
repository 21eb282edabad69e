from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_pay_certificate_algorithm import AutoPayCertificateAlgorithm
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AutoPayCertificate")


@_attrs_define
class AutoPayCertificate:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        certificate_chain = cast(list[str], d.pop("certificateChain", UNSET))

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: AutoPayCertificateAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = AutoPayCertificateAlgorithm(_algorithm)

        _obj = cls(
            id=id,
            certificate_chain=certificate_chain,
            algorithm=algorithm,
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
