from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_specification_line_expected_sign import VatSpecificationLineExpectedSign
from ..models.vat_specification_line_specification_type import VatSpecificationLineSpecificationType
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
)

if TYPE_CHECKING:
    from ..models.vat_returns_2022 import VatReturns2022
    from ..models.vat_type import VatType


T = TypeVar("T", bound="VatSpecificationLine")


@_attrs_define
class VatSpecificationLine(Model):
    """The vat lines

    Attributes:
        vat_returns_2022dto (VatReturns2022 | Unset):
        id (int | Unset):
        standard_code (int | Unset): The SAF-T code
        user_comment (str | Unset): User comment
        structured_comment (str | Unset): Pre-generated structured comment
        rate (float | Unset): Rate
        basis (float | Unset): Basis
        vat_amount (float | Unset): Vat amount
        is_reversable (bool | Unset): Is Reversable
        expected_sign (VatSpecificationLineExpectedSign | Unset): Expected delivery sign
        specification_type (VatSpecificationLineSpecificationType | Unset): Vat specificationType
        vat_type (VatType | Unset): The default vat type for this account.
    """

    vat_returns_2022dto: VatReturns2022 | Unset = UNSET
    id: int | Unset = UNSET
    standard_code: int | Unset = UNSET
    user_comment: str | Unset = UNSET
    structured_comment: str | Unset = UNSET
    rate: float | Unset = UNSET
    basis: float | Unset = UNSET
    vat_amount: float | Unset = UNSET
    is_reversable: bool | Unset = UNSET
    expected_sign: VatSpecificationLineExpectedSign | Unset = UNSET
    specification_type: VatSpecificationLineSpecificationType | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.vat_returns_2022dto
        if _v is not UNSET:
            field_dict["vatReturns2022DTO"] = _v.to_dict()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.standard_code
        if _v is not UNSET:
            field_dict["standardCode"] = _v
        _v = self.user_comment
        if _v is not UNSET:
            field_dict["userComment"] = _v
        _v = self.structured_comment
        if _v is not UNSET:
            field_dict["structuredComment"] = _v
        _v = self.rate
        if _v is not UNSET:
            field_dict["rate"] = _v
        _v = self.basis
        if _v is not UNSET:
            field_dict["basis"] = _v
        _v = self.vat_amount
        if _v is not UNSET:
            field_dict["vatAmount"] = _v
        _v = self.is_reversable
        if _v is not UNSET:
            field_dict["isReversable"] = _v
        _v = self.expected_sign
        if _v is not UNSET:
            field_dict["expectedSign"] = _v._value_
        _v = self.specification_type
        if _v is not UNSET:
            field_dict["specificationType"] = _v._value_
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatSpecificationLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatSpecificationLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.vat_returns_2022 import VatReturns2022  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _e_expected_sign: dict[Any, Any] = enum_members(VatSpecificationLineExpectedSign)
        _e_specification_type: dict[Any, Any] = enum_members(VatSpecificationLineSpecificationType)
        _known: frozenset[str] = frozenset(
            (
                "vatReturns2022DTO",
                "id",
                "standardCode",
                "userComment",
                "structuredComment",
                "rate",
                "basis",
                "vatAmount",
                "isReversable",
                "expectedSign",
                "specificationType",
                "vatType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "standardCode": "standard_code",
            "userComment": "user_comment",
            "structuredComment": "structured_comment",
            "rate": "rate",
            "basis": "basis",
            "vatAmount": "vat_amount",
            "isReversable": "is_reversable",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.vat_returns_2022dto = o.id = o.standard_code = o.user_comment = o.structured_comment = o.rate = (
                        o.basis
                    ) = o.vat_amount = o.is_reversable = o.expected_sign = o.specification_type = o.vat_type = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "vatReturns2022DTO"
                v = g("vatReturns2022DTO")
                if v is None:
                    o.vat_returns_2022dto = u
                    if "vatReturns2022DTO" not in d:
                        m += 1
                else:
                    o.vat_returns_2022dto = VatReturns2022._tx_parse(v)
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("standardCode")
                if v is None:
                    o.standard_code = u
                    if "standardCode" not in d:
                        m += 1
                else:
                    o.standard_code = v
                v = g("userComment")
                if v is None:
                    o.user_comment = u
                    if "userComment" not in d:
                        m += 1
                else:
                    o.user_comment = v
                v = g("structuredComment")
                if v is None:
                    o.structured_comment = u
                    if "structuredComment" not in d:
                        m += 1
                else:
                    o.structured_comment = v
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("basis")
                if v is None:
                    o.basis = u
                    if "basis" not in d:
                        m += 1
                else:
                    o.basis = v
                v = g("vatAmount")
                if v is None:
                    o.vat_amount = u
                    if "vatAmount" not in d:
                        m += 1
                else:
                    o.vat_amount = v
                v = g("isReversable")
                if v is None:
                    o.is_reversable = u
                    if "isReversable" not in d:
                        m += 1
                else:
                    o.is_reversable = v
                k = "expectedSign"
                v = g("expectedSign")
                if v is None:
                    o.expected_sign = u
                    if "expectedSign" not in d:
                        m += 1
                else:
                    o.expected_sign = (
                        e_
                        if (e_ := _e_expected_sign.get(v)) is not None
                        else enum_value(VatSpecificationLineExpectedSign, v)
                    )
                k = "specificationType"
                v = g("specificationType")
                if v is None:
                    o.specification_type = u
                    if "specificationType" not in d:
                        m += 1
                else:
                    o.specification_type = (
                        e_
                        if (e_ := _e_specification_type.get(v)) is not None
                        else enum_value(VatSpecificationLineSpecificationType, v)
                    )
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vat_returns_2022dto", "vatReturns2022DTO"),
            ("id", "id"),
            ("standard_code", "standardCode"),
            ("user_comment", "userComment"),
            ("structured_comment", "structuredComment"),
            ("rate", "rate"),
            ("basis", "basis"),
            ("vat_amount", "vatAmount"),
            ("is_reversable", "isReversable"),
            ("expected_sign", "expectedSign"),
            ("specification_type", "specificationType"),
            ("vat_type", "vatType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vat_returns_2022dto
            o.vat_returns_2022dto = u if v is None or v is u else VatReturns2022._tx_parse(v)
            v = s.id
            o.id = u if v is None else v
            v = s.standard_code
            o.standard_code = u if v is None else v
            v = s.user_comment
            o.user_comment = u if v is None else v
            v = s.structured_comment
            o.structured_comment = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.basis
            o.basis = u if v is None else v
            v = s.vat_amount
            o.vat_amount = u if v is None else v
            v = s.is_reversable
            o.is_reversable = u if v is None else v
            v = s.expected_sign
            o.expected_sign = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_expected_sign.get(v)) is not None
                else enum_value(VatSpecificationLineExpectedSign, v)
            )
            v = s.specification_type
            o.specification_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_specification_type.get(v)) is not None
                else enum_value(VatSpecificationLineSpecificationType, v)
            )
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
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
