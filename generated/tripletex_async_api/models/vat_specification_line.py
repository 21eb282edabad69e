from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_specification_line_expected_sign import VatSpecificationLineExpectedSign
from ..models.vat_specification_line_specification_type import VatSpecificationLineSpecificationType
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

if TYPE_CHECKING:
    from ..models.vat_returns_2022 import VatReturns2022
    from ..models.vat_type import VatType


T = TypeVar("T", bound="VatSpecificationLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("vatReturns2022DTO", dict, False),
    ("expectedSign", str, False),
    ("specificationType", str, False),
    ("vatType", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatSpecificationLine(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        vat_returns_2022dto: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_returns_2022dto, Unset):
            vat_returns_2022dto = self.vat_returns_2022dto.to_dict()

        id = self.id

        standard_code = self.standard_code

        user_comment = self.user_comment

        structured_comment = self.structured_comment

        rate = self.rate

        basis = self.basis

        vat_amount = self.vat_amount

        is_reversable = self.is_reversable

        expected_sign: str | Unset = UNSET
        if not isinstance(self.expected_sign, Unset):
            expected_sign = self.expected_sign.value

        specification_type: str | Unset = UNSET
        if not isinstance(self.specification_type, Unset):
            specification_type = self.specification_type.value

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vat_returns_2022dto is not UNSET:
            field_dict["vatReturns2022DTO"] = vat_returns_2022dto
        if id is not UNSET:
            field_dict["id"] = id
        if standard_code is not UNSET:
            field_dict["standardCode"] = standard_code
        if user_comment is not UNSET:
            field_dict["userComment"] = user_comment
        if structured_comment is not UNSET:
            field_dict["structuredComment"] = structured_comment
        if rate is not UNSET:
            field_dict["rate"] = rate
        if basis is not UNSET:
            field_dict["basis"] = basis
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if is_reversable is not UNSET:
            field_dict["isReversable"] = is_reversable
        if expected_sign is not UNSET:
            field_dict["expectedSign"] = expected_sign
        if specification_type is not UNSET:
            field_dict["specificationType"] = specification_type
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatSpecificationLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.vat_returns_2022 import VatReturns2022  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        def _p_vat_returns_2022dto(_tx_v: Any) -> VatReturns2022 | Unset:
            _vat_returns_2022dto = _tx_v
            vat_returns_2022dto: VatReturns2022 | Unset
            if isinstance(_vat_returns_2022dto, Unset):
                vat_returns_2022dto = UNSET
            else:
                vat_returns_2022dto = VatReturns2022._tx_from_json(_vat_returns_2022dto)

            return vat_returns_2022dto

        def _p_expected_sign(_tx_v: Any) -> VatSpecificationLineExpectedSign | Unset:
            _expected_sign = _tx_v
            expected_sign: VatSpecificationLineExpectedSign | Unset
            if isinstance(_expected_sign, Unset):
                expected_sign = UNSET
            else:
                expected_sign = VatSpecificationLineExpectedSign(_expected_sign)

            return expected_sign

        def _p_specification_type(_tx_v: Any) -> VatSpecificationLineSpecificationType | Unset:
            _specification_type = _tx_v
            specification_type: VatSpecificationLineSpecificationType | Unset
            if isinstance(_specification_type, Unset):
                specification_type = UNSET
            else:
                specification_type = VatSpecificationLineSpecificationType(_specification_type)

            return specification_type

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vat_returns_2022dto": ("vatReturns2022DTO", _p_vat_returns_2022dto),
            "id": ("id", None),
            "standard_code": ("standardCode", None),
            "user_comment": ("userComment", None),
            "structured_comment": ("structuredComment", None),
            "rate": ("rate", None),
            "basis": ("basis", None),
            "vat_amount": ("vatAmount", None),
            "is_reversable": ("isReversable", None),
            "expected_sign": ("expectedSign", _p_expected_sign),
            "specification_type": ("specificationType", _p_specification_type),
            "vat_type": ("vatType", _p_vat_type),
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
