from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.company_representative import CompanyRepresentative


T = TypeVar("T", bound="SignatureCombination")


@_attrs_define
class SignatureCombination(Model):
    """
    Attributes:
        signature_combination_description (str | Unset):
        unique_key (str | Unset):
        company_representative_dto_list (list[CompanyRepresentative] | Unset):
    """

    signature_combination_description: str | Unset = UNSET
    unique_key: str | Unset = UNSET
    company_representative_dto_list: list[CompanyRepresentative] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.signature_combination_description
        if _v is not UNSET and not _in_request:
            field_dict["signatureCombinationDescription"] = _v
        _v = self.unique_key
        if _v is not UNSET and not _in_request:
            field_dict["uniqueKey"] = _v
        _v = self.company_representative_dto_list
        if _v is not UNSET and not _in_request:
            field_dict["companyRepresentativeDTOList"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SignatureCombination from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SignatureCombination.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company_representative import CompanyRepresentative  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "signatureCombinationDescription",
                "uniqueKey",
                "companyRepresentativeDTOList",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("signatureCombinationDescription")
                if v is None:
                    o.signature_combination_description = u
                    if "signatureCombinationDescription" not in d:
                        m += 1
                else:
                    o.signature_combination_description = v
                v = g("uniqueKey")
                if v is None:
                    o.unique_key = u
                    if "uniqueKey" not in d:
                        m += 1
                else:
                    o.unique_key = v
                k = "companyRepresentativeDTOList"
                v = g("companyRepresentativeDTOList")
                if v is None:
                    o.company_representative_dto_list = u
                    if "companyRepresentativeDTOList" not in d:
                        m += 1
                else:
                    o.company_representative_dto_list = (
                        ([CompanyRepresentative._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
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
            ("signature_combination_description", "signatureCombinationDescription"),
            ("unique_key", "uniqueKey"),
            ("company_representative_dto_list", "companyRepresentativeDTOList"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.signature_combination_description
            o.signature_combination_description = u if v is None else v
            v = s.unique_key
            o.unique_key = u if v is None else v
            v = s.company_representative_dto_list
            o.company_representative_dto_list = (
                u
                if v is None or v is u
                else ([CompanyRepresentative._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
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
