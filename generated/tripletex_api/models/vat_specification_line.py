from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_specification_line_expected_sign import VatSpecificationLineExpectedSign
from ..models.vat_specification_line_specification_type import VatSpecificationLineSpecificationType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.vat_returns_2022 import VatReturns2022
    from ..models.vat_type import VatType


T = TypeVar("T", bound="VatSpecificationLine")


@_attrs_define
class VatSpecificationLine:
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
        from ..models.vat_returns_2022 import VatReturns2022  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _vat_returns_2022dto = d.pop("vatReturns2022DTO", UNSET)
        vat_returns_2022dto: VatReturns2022 | Unset
        if isinstance(_vat_returns_2022dto, Unset):
            vat_returns_2022dto = UNSET
        else:
            vat_returns_2022dto = VatReturns2022.from_dict(_vat_returns_2022dto)

        id = d.pop("id", UNSET)

        standard_code = d.pop("standardCode", UNSET)

        user_comment = d.pop("userComment", UNSET)

        structured_comment = d.pop("structuredComment", UNSET)

        rate = d.pop("rate", UNSET)

        basis = d.pop("basis", UNSET)

        vat_amount = d.pop("vatAmount", UNSET)

        is_reversable = d.pop("isReversable", UNSET)

        _expected_sign = d.pop("expectedSign", UNSET)
        expected_sign: VatSpecificationLineExpectedSign | Unset
        if isinstance(_expected_sign, Unset):
            expected_sign = UNSET
        else:
            expected_sign = VatSpecificationLineExpectedSign(_expected_sign)

        _specification_type = d.pop("specificationType", UNSET)
        specification_type: VatSpecificationLineSpecificationType | Unset
        if isinstance(_specification_type, Unset):
            specification_type = UNSET
        else:
            specification_type = VatSpecificationLineSpecificationType(_specification_type)

        _vat_type = d.pop("vatType", UNSET)
        vat_type: VatType | Unset
        if isinstance(_vat_type, Unset):
            vat_type = UNSET
        else:
            vat_type = VatType.from_dict(_vat_type)

        _obj = cls(
            vat_returns_2022dto=vat_returns_2022dto,
            id=id,
            standard_code=standard_code,
            user_comment=user_comment,
            structured_comment=structured_comment,
            rate=rate,
            basis=basis,
            vat_amount=vat_amount,
            is_reversable=is_reversable,
            expected_sign=expected_sign,
            specification_type=specification_type,
            vat_type=vat_type,
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
