from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.electronic_support_dto import ElectronicSupportDTO


T = TypeVar("T", bound="ResponseWrapperElectronicSupportDTO")


@_attrs_define
class ResponseWrapperElectronicSupportDTO(Model):
    """
    Attributes:
        value (ElectronicSupportDTO | None):
    """

    value: ElectronicSupportDTO | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.electronic_support_dto import ElectronicSupportDTO  # noqa: PLC0415

        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        value: dict[str, Any] | None
        if isinstance(self.value, ElectronicSupportDTO):
            value = self.value.to_dict()
        else:
            value = self.value
        field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResponseWrapperElectronicSupportDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResponseWrapperElectronicSupportDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.electronic_support_dto import ElectronicSupportDTO  # noqa: PLC0415

        _new = object.__new__

        def _c_value(_tx_v: Any) -> Any:
            def _parse_value(data: object) -> ElectronicSupportDTO | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    value_type_1 = ElectronicSupportDTO._tx_parse(data)

                    return value_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ElectronicSupportDTO | None, data)

            value = _parse_value(_tx_v)

            return value

        _known: frozenset[str] = frozenset(("value",))

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "value"
                v = g("value")
                if v is None:
                    o.value = None
                else:
                    o.value = ElectronicSupportDTO._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 1 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        return ModelParsers(parse, None)

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
